// The meeting summary: only what happened since the meeting started, each item's status and each side's confirmation
// told once as it ended, every comment with its words, grouped, in the reader's language; Markdown (escaped) and plain
// text for copying.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { ProjectEvent } from '../../../src/domain/types';
import { meetingSummary, meetingSummaryFileName, meetingSummaryMarkdown, meetingSummaryText } from '../../../src/ui/meeting/meetingSummary';

const forankring = DEFAULT_MODEL.phases.find((phase) => phase.key === 'forankring')!;
const both = forankring.checklist.find((def) => def.requiresBothSides)!;
const [single, other] = forankring.checklist.filter((def) => !def.requiresBothSides) as [typeof forankring.checklist[number], typeof forankring.checklist[number]];
const kari = { id: 'kari', name: 'Kari Nordmann' };
const ingrid = { id: 'ingrid', name: 'Ingrid Hansen' };

const event = (id: string, at: string, change: Partial<ProjectEvent>): ProjectEvent => ({ intentId: id, projectKey: 'p', at, actor: kari, kind: 'status', ...change });

// Newest first, as store.history gives them; one from before the meeting.
const EVENTS: ProjectEvent[] = [
  event('e5', '2026-12-01T09:40:00Z', { kind: 'commentAdded', itemKey: single.key, actor: ingrid, side: 'sykehus', to: 'Avtalen ligger i kanalen' }),
  event('e4', '2026-12-01T09:35:00Z', { kind: 'status', itemKey: other.key, from: 'open', to: 'notRelevant', reason: 'Dekkes av avtalen fra 2024' }),
  event('e3', '2026-12-01T09:30:00Z', { kind: 'confirm', itemKey: both.key, actor: ingrid, side: 'sykehus' }),
  event('e2', '2026-12-01T09:20:00Z', { kind: 'status', itemKey: single.key, from: 'open', to: 'done' }),
  event('e1', '2026-12-01T08:00:00Z', { kind: 'confirm', itemKey: both.key, side: 'kommune' }),
];

const input = (language: 'nb' | 'nn' | 'en' = 'nb', events = EVENTS) => ({ model: DEFAULT_MODEL, projectTitle: 'Lungepasienter', events, since: '2026-12-01T09:15:00Z', language, timeZone: 'Europe/Oslo' });

describe('the meeting summary', () => {
  it('lists what was confirmed, done, marked not relevant, commented and otherwise changed since the meeting started, as Markdown', () => {
    expect(meetingSummaryMarkdown(input())).toBe(
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
        `- «${other.label.nb}»: Kari Nordmann, 10:35. Begrunnelse: Dekkes av avtalen fra 2024`,
        '',
        '### Kommentarer (1)',
        `- «${single.label.nb}»: Ingrid Hansen, 10:40: Avtalen ligger i kanalen`,
        '',
      ].join('\n'),
    );
  });

  it('is a document for the screen (headings and lines, no Markdown marks) and plain text for copying', () => {
    const document = meetingSummary(input());
    expect(document.title).toBe('Møtereferat: Lungepasienter');
    expect(document.sections.map((section) => section.heading)).toEqual(['Bekreftet (1)', 'Fullført (1)', 'Merket som ikke relevant (1)', 'Kommentarer (1)']);
    const text = meetingSummaryText(input());
    expect(text).not.toMatch(/^#|\n#|\n- /);
    expect(text).toContain(`Fullført (1)\n• «${single.label.nb}»: Kari Nordmann, 10:20`);
  });

  it('leaves out what happened before the meeting, and keeps what happened in the second it began (the Events list keeps whole seconds)', () => {
    expect(meetingSummaryMarkdown(input())).not.toContain('for kommunen');
    const sameSecond = [event('s1', '2026-12-01T09:15:00Z', { kind: 'status', itemKey: single.key, from: 'open', to: 'done' })];
    expect(meetingSummary({ ...input('nb', sameSecond), since: '2026-12-01T09:15:00.700Z' }).sections.map((section) => section.key)).toEqual(['done']);
  });

  it('tells an untick followed by a re-tick once, as the item ended', () => {
    const events = [
      event('t3', '2026-12-01T09:50:00Z', { kind: 'status', itemKey: single.key, from: 'open', to: 'done' }),
      event('t2', '2026-12-01T09:45:00Z', { kind: 'status', itemKey: single.key, from: 'done', to: 'open' }),
      event('t1', '2026-12-01T09:20:00Z', { kind: 'status', itemKey: single.key, from: 'open', to: 'done' }),
    ];
    const markdown = meetingSummaryMarkdown(input('nb', events));
    expect(markdown).toContain(`### Fullført (1)\n- «${single.label.nb}»: Kari Nordmann, 10:50\n`);
    expect(markdown).not.toContain('fjernet avkrysningen');
    // Unticked in the end: said once, among the other changes.
    const unticked = meetingSummaryMarkdown(input('nb', events.slice(1)));
    expect(unticked).not.toContain('Fullført');
    expect(unticked).toContain(`### Andre endringer (1)\n- Kari Nordmann fjernet avkrysningen for «${single.label.nb}», 10:45`);
  });

  it('tells each side\'s confirmation once, as it ended', () => {
    const events = [
      event('c3', '2026-12-01T09:50:00Z', { kind: 'confirm', itemKey: both.key, side: 'kommune' }),
      event('c2', '2026-12-01T09:40:00Z', { kind: 'unconfirm', itemKey: both.key, side: 'kommune' }),
      event('c1', '2026-12-01T09:30:00Z', { kind: 'confirm', itemKey: both.key, side: 'kommune' }),
      event('c0', '2026-12-01T09:31:00Z', { kind: 'confirm', itemKey: both.key, side: 'sykehus', actor: ingrid }),
    ];
    const document = meetingSummary(input('nb', events));
    expect(document.sections).toEqual([{ key: 'confirmed', heading: 'Bekreftet (2)', lines: [`«${both.label.nb}» for sykehuset: Ingrid Hansen, 10:31`, `«${both.label.nb}» for kommunen: Kari Nordmann, 10:50`] }]);
  });

  it('tells a comment written and taken out again in the meeting not at all, and an older one taken out with its words', () => {
    const events = [
      event('r2', '2026-12-01T09:50:00Z', { kind: 'commentRemoved', itemKey: single.key, from: 'Skrev feil', to: 'a1' }),
      event('a1', '2026-12-01T09:40:00Z', { kind: 'commentAdded', itemKey: single.key, to: 'Skrev feil' }),
      event('r1', '2026-12-01T09:45:00Z', { kind: 'commentRemoved', itemKey: other.key, from: 'Gammel merknad', to: 'old' }),
    ];
    const document = meetingSummary(input('nb', events));
    expect(document.sections).toEqual([{ key: 'changed', heading: 'Andre endringer (1)', lines: [`Kari Nordmann fjernet en kommentar til «${other.label.nb}» («Gammel merknad»), 10:45`] }]);
  });

  it('tells several phase moves in one meeting as one, from where it began to where it ended', () => {
    const events = [
      event('p2', '2026-12-01T09:50:00Z', { kind: 'phaseChange', from: 'phase:utforske', to: 'phase:definere' }),
      event('p1', '2026-12-01T09:40:00Z', { kind: 'phaseChange', from: 'phase:forankring', to: 'phase:utforske', reason: 'Besluttet i FSU' }),
    ];
    const lines = meetingSummary(input('nb', events)).sections.flatMap((section) => section.lines);
    expect(lines).toEqual(['Kari Nordmann flyttet prosjektet fra Forankring og oppstart til Definere, 10:50']);
  });

  it('shows what people wrote as written: Markdown\'s marks escaped, a comment\'s own lines kept in its entry', () => {
    const events = [event('m1', '2026-12-01T09:40:00Z', { kind: 'commentAdded', itemKey: single.key, to: '# Viktig\n*neste* møte [lenke](x)' })];
    const markdown = meetingSummaryMarkdown(input('nb', events));
    expect(markdown).toContain(`- «${single.label.nb}»: Kari Nordmann, 10:40: \\# Viktig\n  \\*neste\\* møte \\[lenke\\](x)\n`);
    expect(meetingSummary(input('nb', events)).sections[0]?.lines).toEqual([`«${single.label.nb}»: Kari Nordmann, 10:40: # Viktig\n*neste* møte [lenke](x)`]);
  });

  it('says so when nothing changed', () => {
    expect(meetingSummaryMarkdown(input('nb', [EVENTS[4]!]))).toContain('Ingen endringer siden møtet startet.');
    expect(meetingSummary(input('nb', [EVENTS[4]!])).sections).toEqual([]);
  });

  it('speaks nynorsk and English with the model’s labels', () => {
    const nn = meetingSummaryMarkdown(input('nn'));
    expect(nn).toContain('### Stadfesta (1)');
    expect(nn).toContain(`«${both.label.nn}» for sjukehuset: Ingrid Hansen`);
    expect(nn).toContain('Grunngiving: Dekkes av avtalen fra 2024');
    expect(nn).toContain('### Kommentarar (1)');
    const en = meetingSummaryMarkdown(input('en'));
    expect(en).toContain('## Meeting summary: Lungepasienter');
    expect(en).toContain(`- “${single.label.en}”: Kari Nordmann`);
    expect(en).toContain('### Comments (1)');
  });

  it('names the download by date', () => {
    expect(meetingSummaryFileName(new Date(2026, 11, 1, 10, 0))).toBe('motereferat-2026-12-01.md');
  });
});
