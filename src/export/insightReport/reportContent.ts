// What the FSU/SSU report says, as structured text (headings, paragraphs, bullet lists, tables) in the coordinator's
// language with Norwegian dates and numbers: pure, so a test checks it without Word, and the .docx writer only lays
// it out.
import type { FeedbackKind } from '../../domain/feedback';
import type { Insight, InsightProject } from '../../domain/insight/types';
import { itemsWaitingFor } from '../../domain/evidence/waiting';
import { daysSince, isRowStalled } from '../../domain/portfolio/stall';
import { findEntry, findItem, findPhase } from '../../model/lookup';
import type { Language, PhaseModel } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { languageTag } from '../../i18n/language';
import { reportStrings } from './strings';

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface ReportContent {
  title: string;
  blocks: ReportBlock[];
}

export interface ReportOptions {
  reference: PhaseModel;
  language: Language;
  now: Date;
  /** Quiet this many days or more: stalled (Oversikt's default). */
  stalledAfterDays?: number;
  /** The requirements most often marked not relevant: this many. */
  topNotRelevant?: number;
}

const KIND_KEY: Record<FeedbackKind, 'kindUnclear' | 'kindDoesNotFit' | 'kindUseful' | 'kindSuggestion'> = { unclear: 'kindUnclear', doesNotFit: 'kindDoesNotFit', useful: 'kindUseful', suggestion: 'kindSuggestion' };

export function reportContent(insight: Insight, projects: readonly InsightProject[], options: ReportOptions): ReportContent {
  const { language, reference, now } = options;
  const t = translator(reportStrings, language);
  const locale = language === 'nn' ? [languageTag('nn'), languageTag('nb')] : [languageTag(language)];
  const number = (value: number | undefined) => (value === undefined ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value));
  const date = (iso: string | Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(typeof iso === 'string' ? new Date(iso) : iso);
  const phaseName = (key: string | undefined) => (key ? findPhase(reference, key)?.label[language] ?? key : '–');
  const requirement = (key: string) => findItem(reference, key)?.label[language] ?? key;
  const stalledAfter = options.stalledAfterDays ?? 30;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t('made', { date: date(now), projects: number(insight.coverage.projects), withData: number(insight.coverage.withEvidence) }) }];

  // Projects by phase: the chart as a table with a bar of blocks, readable in any Word.
  const max = Math.max(1, ...insight.phases.map((p) => p.projectsNow.length));
  blocks.push({ kind: 'heading', text: t('phasesHeading') }, {
    kind: 'table',
    header: [t('phase'), t('projects'), t('chart')],
    rows: insight.phases.map((p) => [phaseName(p.phaseKey), number(p.projectsNow.length), '█'.repeat(Math.round((p.projectsNow.length / max) * 20))]),
  });

  const stalled = projects.filter((p) => isRowStalled(p.row, now, stalledAfter));
  blocks.push({ kind: 'heading', text: t('stalledHeading') }, { kind: 'paragraph', text: t('stalledIntro', { days: stalledAfter }) });
  blocks.push(stalled.length === 0 ? { kind: 'paragraph', text: t('stalledNone') } : {
    kind: 'bullets',
    items: stalled.map((p) => {
      const parts = [t('stalledLine', { project: p.row.title, phase: phaseName(p.row.currentPhase), days: number(daysSince(p.row.lastActivityAt ?? p.row.phaseEnteredAt, now)) })];
      if (p.evidence) {
        const waiting = (side: 'kommune' | 'sykehus') => itemsWaitingFor(p.model, p.evidence!, side).map((w) => requirement(w.itemKey)).join('; ') || t('none');
        parts.push(t('stalledWaiting', { kommune: waiting('kommune'), sykehus: waiting('sykehus') }));
      }
      for (const o of p.row.gateOverrides) if (o.reason) parts.push(t('stalledOverride', { reason: o.reason }));
      return parts.join(' ');
    }),
  });

  const { waitsOn, firstBy } = insight.balance.overall;
  blocks.push({ kind: 'heading', text: t('balanceHeading') }, {
    kind: 'paragraph',
    text: t('balanceText', { kommune: number(waitsOn.kommune.count), kommuneDays: number(waitsOn.kommune.medianDays), sykehus: number(waitsOn.sykehus.count), sykehusDays: number(waitsOn.sykehus.medianDays), kommuneFirst: number(firstBy.kommune), sykehusFirst: number(firstBy.sykehus) }),
  }, {
    kind: 'table',
    header: [t('phase'), t('waitsKommune'), t('medianDays'), t('waitsSykehus'), t('medianDays')],
    rows: insight.balance.byPhase.map((p) => [phaseName(p.phaseKey), number(p.figures.waitsOn.kommune.count), number(p.figures.waitsOn.kommune.medianDays), number(p.figures.waitsOn.sykehus.count), number(p.figures.waitsOn.sykehus.medianDays)]),
  });

  const skipped = insight.requirements.filter((r) => r.notRelevant.length > 0).sort((a, b) => b.notRelevant.length - a.notRelevant.length).slice(0, options.topNotRelevant ?? 10);
  blocks.push({ kind: 'heading', text: t('notRelevantHeading') });
  if (skipped.length === 0) blocks.push({ kind: 'paragraph', text: t('notRelevantNone') });
  for (const r of skipped) {
    blocks.push({ kind: 'paragraph', text: t('notRelevantLine', { requirement: requirement(r.itemKey), count: number(r.notRelevant.length) }) });
    blocks.push({ kind: 'bullets', items: r.notRelevant.map((n) => t('reasonLine', { project: n.project.title, reason: n.reason })) });
  }

  blocks.push({ kind: 'heading', text: t('feedbackHeading') });
  blocks.push(insight.openFeedback.length === 0 ? { kind: 'paragraph', text: t('feedbackNone') } : {
    kind: 'bullets',
    items: insight.openFeedback.map((f) => t('feedbackLine', {
      kind: t(KIND_KEY[f.kind]),
      target: (f.target.kind === 'requirement' ? findItem(reference, f.target.key) : findEntry(reference, f.target.key))?.label[language] ?? f.target.key,
      author: f.author.name,
      project: f.projectKey ? t('feedbackProject', { project: projects.find((p) => p.row.projectKey === f.projectKey)?.row.title ?? '' }) : '',
      date: date(f.at),
      text: f.text,
    })),
  });
  return { title: t('title'), blocks };
}
