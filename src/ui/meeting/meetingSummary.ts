// The meeting summary as text (Markdown that also reads as plain text in a chat): what was confirmed, done, marked
// not relevant or otherwise changed since the meeting surface opened, from the project's Events rows. Pure: the
// events, the start and the time zone come in, a string goes out.
import type { Language, PhaseModel } from '../../model/types';
import { SIDES } from '../../model/types';
import type { ProjectEvent } from '../../domain/types';
import { findItem } from '../../model/lookup';
import { translator } from '../../i18n/defineMessages';
import { languageTag } from '../../i18n/language';
import { describeEvent } from '../base/history/describeEvent';
import { sideName } from '../base/sideNames';
import { meetingStrings } from './strings';
import type { MeetingMessageKey } from './strings';

export interface MeetingSummaryInput {
  model: PhaseModel;
  projectTitle: string;
  /** The project's Events rows, in any order (the store gives newest first). */
  events: readonly ProjectEvent[];
  /** When the meeting surface opened (ISO 8601): earlier events are not part of this meeting. */
  since: string;
  language: Language;
  /** IANA zone for the times shown; the device's when omitted. */
  timeZone?: string;
}

type Section = 'confirmed' | 'done' | 'notRelevant' | 'changed';

const SECTIONS: ReadonlyArray<[Section, MeetingMessageKey]> = [
  ['confirmed', 'sectionConfirmed'],
  ['done', 'sectionDone'],
  ['notRelevant', 'sectionNotRelevant'],
  ['changed', 'sectionChanged'],
];

function sectionOf(event: ProjectEvent): Section {
  if (event.kind === 'confirm') return 'confirmed';
  if (event.kind === 'status' && event.to === 'done') return 'done';
  if (event.kind === 'status' && event.to === 'notRelevant') return 'notRelevant';
  return 'changed';
}

// Chromium's ICU has no nynorsk: bokmål is the next best for dates and times.
const locales = (language: Language) => (language === 'nn' ? [languageTag('nn'), languageTag('nb')] : [languageTag(language)]);

export function formatMeetingSummary(input: MeetingSummaryInput): string {
  const { model, language } = input;
  const t = translator(meetingStrings, language);
  const zone = input.timeZone ? { timeZone: input.timeZone } : {};
  const time = new Intl.DateTimeFormat(locales(language), { timeStyle: 'short', ...zone });
  const dateTime = new Intl.DateTimeFormat(locales(language), { dateStyle: 'medium', timeStyle: 'short', ...zone });
  const since = Date.parse(input.since);
  const events = input.events
    .filter((event) => Date.parse(event.at) >= since)
    .slice()
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const line = (event: ProjectEvent): string => {
    const item = event.itemKey ? (findItem(model, event.itemKey)?.label[language] ?? event.itemKey) : '';
    const side = event.side && SIDES.includes(event.side) ? sideName(event.side, language) : undefined;
    const values = { item, name: event.actor.name, time: time.format(new Date(event.at)) };
    switch (sectionOf(event)) {
      case 'confirmed':
        return side ? t('lineConfirmed', { ...values, side }) : t('lineConfirmedNoSide', values);
      case 'done':
        return t('lineDone', values);
      case 'notRelevant':
        return event.reason ? t('lineNotRelevant', { ...values, reason: event.reason }) : t('lineNotRelevantNoReason', values);
      case 'changed':
        return t('lineChanged', { ...values, what: describeEvent(model, event, language) }) + (event.reason ? t('lineReason', { reason: event.reason }) : '');
    }
  };

  const lines = [`## ${t('summaryTitle', { project: input.projectTitle })}`, t('summaryIntro', { time: dateTime.format(new Date(since)) }), ''];
  if (events.length === 0) return [...lines, t('nothingChanged'), ''].join('\n');
  for (const [section, heading] of SECTIONS) {
    const entries = events.filter((event) => sectionOf(event) === section);
    if (entries.length === 0) continue;
    lines.push(`### ${t(heading)} (${entries.length})`, ...entries.map((event) => `- ${line(event)}`), '');
  }
  return lines.join('\n');
}

/** `motereferat-2026-12-01.md`: sorts by date and needs no quoting anywhere. */
export function meetingSummaryFileName(now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `motereferat-${day}.md`;
}
