// The meeting summary: what was confirmed, done, marked not relevant, commented on or otherwise changed since the
// meeting started, from the project's Events rows. Each item's status and each side's confirmation is told once, as
// it ended (an untick and a re-tick is one "done"); every comment still there is told with its words. Pure: the
// events, the start and the time zone come in; a document (for the screen), Markdown or plain text (for copying) out.
import type { Language, PhaseModel } from '../../model/types';
import { SIDES } from '../../model/types';
import type { ProjectEvent } from '../../domain/types';
import { historyEntries } from '../../domain/events';
import { localDay } from '../../store/sync/MeetingDayCache';
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
  /** When the meeting started (ISO 8601): earlier events are not part of it. */
  since: string;
  language: Language;
  /** IANA zone for the times shown; the device's when omitted. */
  timeZone?: string;
}

type Section = 'confirmed' | 'done' | 'notRelevant' | 'comments' | 'changed';

const SECTIONS: ReadonlyArray<[Section, MeetingMessageKey]> = [
  ['confirmed', 'sectionConfirmed'],
  ['done', 'sectionDone'],
  ['notRelevant', 'sectionNotRelevant'],
  ['comments', 'sectionComments'],
  ['changed', 'sectionChanged'],
];

export interface MeetingSummarySection {
  key: Section;
  heading: string;
  /** One per change; a comment's line may hold line breaks of its own. */
  lines: string[];
}

export interface MeetingSummaryDocument {
  title: string;
  intro: string;
  sections: MeetingSummarySection[];
  /** Said instead of the sections when nothing changed. */
  nothingChanged?: string;
}

/** One change as the summary tells it: the event it ended with, and for a phase, where the meeting found it. */
interface Change {
  section: Section;
  event: ProjectEvent;
  /** A phase move: the phase before the meeting's first move (the summary tells from there to the last). */
  from?: string;
}

/** What a change is about: later events on the same thing replace earlier ones, so each is told as it ended. */
function subjectOf(event: ProjectEvent): string {
  switch (event.kind) {
    case 'status':
    case 'comment':
      return `${event.kind}|${event.itemKey ?? ''}`;
    case 'confirm':
    case 'unconfirm':
      return `confirm|${event.itemKey ?? ''}|${event.side ?? ''}`;
    case 'commentAdded':
      return `comment:${event.intentId}`;
    case 'commentRemoved':
      return `comment:${event.to ?? ''}`;
    case 'phaseChange':
    case 'gateOverride':
      return 'phase';
    case 'projectUpdate':
      return `project:${event.intentId}`;
  }
}

function sectionOf(event: ProjectEvent): Section {
  if (event.kind === 'confirm') return 'confirmed';
  if (event.kind === 'status' && event.to === 'done') return 'done';
  if (event.kind === 'status' && event.to === 'notRelevant') return 'notRelevant';
  if (event.kind === 'commentAdded' || event.kind === 'comment') return 'comments';
  return 'changed';
}

/** The meeting's changes in the order they ended, each told once. */
function changesOf(events: readonly ProjectEvent[], since: number): Change[] {
  const changes = new Map<string, Change>();
  const inMeeting = historyEntries(events.filter((event) => Date.parse(event.at) >= since)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const event of inMeeting) {
    const subject = subjectOf(event);
    const before = changes.get(subject);
    changes.delete(subject);
    // A comment written and taken out again in the meeting leaves nothing to tell.
    if (event.kind === 'commentRemoved' && before?.event.kind === 'commentAdded') continue;
    changes.set(subject, { section: sectionOf(event), event, ...(event.kind === 'phaseChange' ? { from: before?.from ?? event.from ?? '' } : {}) });
  }
  return [...changes.values()];
}

// Chromium's ICU has no nynorsk: bokmål is the next best for dates and times.
const locales = (language: Language) => (language === 'nn' ? [languageTag('nn'), languageTag('nb')] : [languageTag(language)]);

/** Markdown's own characters in what people wrote (and labels) are shown as written, never as formatting. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');

function summaryDocument(input: MeetingSummaryInput, escape: (text: string) => string): MeetingSummaryDocument {
  const { model, language } = input;
  const t = translator(meetingStrings, language);
  const zone = input.timeZone ? { timeZone: input.timeZone } : {};
  const time = new Intl.DateTimeFormat(locales(language), { timeStyle: 'short', ...zone });
  const dateTime = new Intl.DateTimeFormat(locales(language), { dateStyle: 'medium', timeStyle: 'short', ...zone });
  // The Events list keeps whole seconds: a tick in the second the meeting began is part of it.
  const since = Math.floor(Date.parse(input.since) / 1000) * 1000;

  const line = ({ section, event, from }: Change): string => {
    const item = escape(event.itemKey ? (findItem(model, event.itemKey)?.label[language] ?? event.itemKey) : '');
    const side = event.side && SIDES.includes(event.side) ? sideName(event.side, language) : undefined;
    const values = { item, name: escape(event.actor.name), time: time.format(new Date(event.at)) };
    const reason = event.reason ? escape(event.reason) : undefined;
    switch (section) {
      case 'confirmed':
        return side ? t('lineConfirmed', { ...values, side }) : t('lineConfirmedNoSide', values);
      case 'done':
        return t('lineDone', values);
      case 'notRelevant':
        return reason ? t('lineNotRelevant', { ...values, reason }) : t('lineNotRelevantNoReason', values);
      case 'comments':
        return t('lineComment', { ...values, text: escape(event.to ?? '') });
      case 'changed': {
        // Several moves in one meeting are told as one, from where the meeting found the project to where it left it.
        const moved = event.kind === 'phaseChange' && from && from !== event.to ? { ...event, from } : event;
        const removed = event.kind === 'commentRemoved' && event.from ? t('lineRemovedText', { text: escape(event.from) }) : '';
        const what = escape(describeEvent(model, moved, language)) + removed;
        return t('lineChanged', { ...values, what }) + (reason ? t('lineReason', { reason }) : '');
      }
    }
  };

  const changes = changesOf(input.events, since);
  const document: MeetingSummaryDocument = {
    title: t('summaryTitle', { project: escape(input.projectTitle) }),
    intro: t('summaryIntro', { time: dateTime.format(new Date(since)) }),
    sections: SECTIONS.flatMap(([key, heading]) => {
      const lines = changes.filter((change) => change.section === key).map(line);
      return lines.length === 0 ? [] : [{ key, heading: `${t(heading)} (${lines.length})`, lines }];
    }),
  };
  return changes.length === 0 ? { ...document, nothingChanged: t('nothingChanged') } : document;
}

/** The summary as the screen shows it (headings and lists; React escapes the text). */
export function meetingSummary(input: MeetingSummaryInput): MeetingSummaryDocument {
  return summaryDocument(input, (text) => text);
}

/** A list entry; a comment's own line breaks stay inside it. */
const entry = (bullet: string, text: string): string => `${bullet}${text.replace(/\r?\n/g, `\n${' '.repeat(bullet.length)}`)}`;

function asText(document: MeetingSummaryDocument, marks: { title: string; heading: string; bullet: string }): string {
  const lines = [`${marks.title}${document.title}`, document.intro, ''];
  if (document.nothingChanged) return [...lines, document.nothingChanged, ''].join('\n');
  for (const section of document.sections) lines.push(`${marks.heading}${section.heading}`, ...section.lines.map((text) => entry(marks.bullet, text)), '');
  return lines.join('\n');
}

/** Markdown for a chat, a wiki or OneNote: what people wrote is escaped, so it reads as written. */
export function meetingSummaryMarkdown(input: MeetingSummaryInput): string {
  return asText(summaryDocument(input, escapeMarkdown), { title: '## ', heading: '### ', bullet: '- ' });
}

/** Plain text for wherever Markdown is not read (an e-mail, a document). */
export function meetingSummaryText(input: MeetingSummaryInput): string {
  return asText(meetingSummary(input), { title: '', heading: '', bullet: '• ' });
}

/** `motereferat-2026-12-01.md`: sorts by date and needs no quoting anywhere. */
export function meetingSummaryFileName(now: Date): string {
  return `motereferat-${localDay(now)}.md`;
}
