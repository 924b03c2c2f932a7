// The meeting summary's text: only what happened since the meeting surface opened, grouped, in the reader's language.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { ProjectEvent } from '../../../src/domain/types';
import { formatMeetingSummary, meetingSummaryFileName } from '../../../src/ui/meeting/meetingSummary';
import { ingrid, kari } from '../../../testkit/people';

const forankring = DEFAULT_MODEL.phases.find((phase) => phase.key === 'forankring')!;
const both = forankring.checklist.find((def) => def.requiresBothSides)!;
const single = forankring.checklist.find((def) => !def.requiresBothSides)!;

const event = (id: string, at: string, change: Partial<ProjectEvent>): ProjectEvent => ({ intentId: id, projectKey: 'p', at, actor: kari, kind: 'status', ...change });

// Newest first, as store.history gives them; one from before the meeting.
const EVENTS: ProjectEvent[] = [
  event('e5', '2026-12-01T09:40:00Z', { kind: 'comment', itemKey: single.key, actor: ingrid, side: 'sykehus' }),
  event('e4', '2026-12-01T09:35:00Z', { kind: 'status', itemKey: single.key, from: 'open', to: 'notRelevant', reason: 'Dekkes av avtalen fra 2024' }),
  event('e3', '2026-12-01T09:30:00Z', { kind: 'confirm', itemKey: both.key, actor: ingrid, side: 'sykehus' }),
  event('e2', '2026-12-01T09:20:00Z', { kind: 'status', itemKey: single.key, from: 'open', to: 'done' }),
  event('e1', '2026-12-01T08:00:00Z', { kind: 'confirm', itemKey: both.key, side: 'kommune' }),
];

const summary = (language: 'nb' | 'nn' | 'en', events = EVENTS) =>
  formatMeetingSummary({ model: DEFAULT_MODEL, projectTitle: 'Lungepasienter', events, since: '2026-12-01T09:15:00Z', language, timeZone: 'Europe/Oslo' });

describe('formatMeetingSummary', () => {
  it('lists what was confirmed, done, marked not relevant and otherwise changed since the meeting opened, in bokmål', () => {
    expect(summary('nb')).toBe(
      [
        '## Møtereferat: Lungepasienter',
        'Endringer siden møtet startet 1. des. 2026, 10:15',
        '',
        '### Bekreftet (1)',
        `- «${both.label.nb}» for sykehuset: Ingrid Hansen, 10:30`,
        '',
        '### Fullført (1)',
        `- «${single.label.nb}»: Kari Nordmann, 10:20`,
        '',
        '### Merket som ikke relevant (1)',
        `- «${single.label.nb}»: Kari Nordmann, 10:35. Begrunnelse: Dekkes av avtalen fra 2024`,
        '',
        '### Andre endringer (1)',
        `- Ingrid Hansen endret kommentaren til «${single.label.nb}», 10:40`,
        '',
      ].join('\n'),
    );
  });

  it('leaves out what happened before the meeting', () => {
    expect(summary('nb')).not.toContain('for kommunen');
  });

  it('says so when nothing changed', () => {
    expect(summary('nb', [EVENTS[4]!])).toContain('Ingen endringer siden møtet startet.');
  });

  it('speaks nynorsk and English with the model’s labels', () => {
    const nn = summary('nn');
    expect(nn).toContain('### Stadfesta (1)');
    expect(nn).toContain(`«${both.label.nn}» for sjukehuset: Ingrid Hansen`);
    expect(nn).toContain('Grunngiving: Dekkes av avtalen fra 2024');
    const en = summary('en');
    expect(en).toContain('## Meeting summary: Lungepasienter');
    expect(en).toContain(`- “${single.label.en}”: Kari Nordmann`);
  });

  it('names the download by date', () => {
    expect(meetingSummaryFileName(new Date(2026, 11, 1, 10, 0))).toBe('motereferat-2026-12-01.md');
  });
});
