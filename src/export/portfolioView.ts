// What one portfolio row shows on screen and in an export (presentation, so it lives here and not in the domain):
// keys resolved to the labels of the model version the row's project runs on (row.model), in one language,
// progress in model order, days since activity and the stalled flag. Keys the model does not know are shown as they
// are (a hand-edited row stays readable) and the row's anomalies say so.
import type { Language, PhaseModel, PhaseKey } from '../model/types';
import { phasesInOrder } from '../model/lookup';
import type { LifecycleStatus } from '../domain/types';
import type { PortfolioRow } from '../domain/portfolio/types';
import { daysSince, isRowStalled, lastSignOfLife } from '../domain/portfolio/stall';
import { overallProgress, phaseOrderOf } from '../domain/portfolio/portfolioOrder';

export interface PhaseProgressView {
  phaseKey: PhaseKey;
  label: string;
  percent: number;
}

export interface PortfolioViewRow {
  row: PortfolioRow;
  projectKey: string;
  title: string;
  municipalities: string[];
  hospitalUnit: string;
  targetGroupLabels: string[];
  phaseKey?: PhaseKey;
  /** The model's label, or the raw key (never empty) when the row's phase is unknown. */
  phaseLabel: string;
  phaseOrder?: number;
  phaseEnteredAt?: string;
  daysInPhase?: number;
  progress: PhaseProgressView[];
  overallProgress: number;
  missingRequirementLabels: string[];
  missingCount: number;
  /** Not met in phases the project has left (the row's own figure, else `missingCount`). */
  missingInPassedPhases: number;
  /** Still open in the current phase; undefined when the row does not say. */
  openInCurrentPhase?: number;
  knownStale: boolean;
  openDualConfirmations: number;
  gateOverrides: { phaseLabel: string; reason: string; at?: string }[];
  lastActivityAt?: string;
  daysSinceActivity?: number;
  stalled: boolean;
  lifecycleStatus?: LifecycleStatus;
  /** The model version the project follows, as stored ('1.0.0'); undefined when the row does not say. */
  modelVersion?: string;
  /** The project's version could not be read: the row is shown against this one (the newest known) instead. */
  readAgainstVersion?: string;
  link?: string;
  hasAnomalies: boolean;
}

export function phaseLabelOf(model: PhaseModel, phaseKey: PhaseKey | undefined, language: Language): string | undefined {
  return phaseKey === undefined ? undefined : model.phases.find((p) => p.key === phaseKey)?.label[language];
}

function itemLabel(model: PhaseModel, itemKey: string, language: Language): string {
  for (const phase of model.phases) {
    const item = phase.checklist.find((i) => i.key === itemKey);
    if (item) return `${phase.shortLabel[language]}: ${item.label[language]}`;
  }
  return itemKey;
}

export interface PortfolioViewOptions {
  language: Language;
  now: Date;
  stalledAfterDays: number;
}

export function toPortfolioViewRow(row: PortfolioRow, options: PortfolioViewOptions): PortfolioViewRow {
  const { language, now } = options;
  const { model } = row;
  const groupLabel = (key: string) => model.priorityGroups.find((g) => g.key === key)?.label[language] ?? key;
  const view: PortfolioViewRow = {
    row,
    projectKey: row.projectKey,
    title: row.title,
    municipalities: row.municipalities,
    hospitalUnit: row.hospitalUnit,
    targetGroupLabels: row.targetGroups.map(groupLabel),
    phaseLabel: phaseLabelOf(model, row.currentPhase, language) ?? row.rawPhase ?? '–',
    progress: phasesInOrder(model).map((phase) => ({ phaseKey: phase.key, label: phase.shortLabel[language], percent: row.progress[phase.key] ?? 0 })),
    overallProgress: overallProgress(row),
    missingRequirementLabels: row.missingRequirements.map((m) => itemLabel(model, m.itemKey, language)),
    missingCount: row.missingCount,
    missingInPassedPhases: row.missingInPassedPhases ?? row.missingCount,
    knownStale: row.knownStale === true,
    openDualConfirmations: row.openDualConfirmations,
    gateOverrides: row.gateOverrides.map((o) => ({
      phaseLabel: phaseLabelOf(model, o.phaseKey, language) ?? o.phaseKey ?? '',
      reason: o.reason,
      ...(o.at ? { at: o.at } : {}),
    })),
    stalled: isRowStalled(row, now, options.stalledAfterDays),
    hasAnomalies: row.anomalies.length > 0,
  };
  if (row.currentPhase !== undefined) view.phaseKey = row.currentPhase;
  const order = phaseOrderOf(model, row.currentPhase);
  if (order !== undefined) view.phaseOrder = order;
  if (row.phaseEnteredAt) view.phaseEnteredAt = row.phaseEnteredAt;
  const inPhase = daysSince(row.phaseEnteredAt, now);
  if (inPhase !== undefined) view.daysInPhase = inPhase;
  if (row.lastActivityAt) view.lastActivityAt = row.lastActivityAt;
  const quiet = daysSince(lastSignOfLife(row), now);
  if (quiet !== undefined) view.daysSinceActivity = quiet;
  if (row.openInCurrentPhase !== undefined) view.openInCurrentPhase = row.openInCurrentPhase;
  if (row.lifecycleStatus) view.lifecycleStatus = row.lifecycleStatus;
  if (row.modelVersion) view.modelVersion = row.modelVersion;
  if (row.modelMissing) view.readAgainstVersion = model.version;
  const link = row.tabUrl ?? row.siteUrl;
  if (link) view.link = link;
  return view;
}

export function toPortfolioViewRows(rows: readonly PortfolioRow[], options: PortfolioViewOptions): PortfolioViewRow[] {
  return rows.map((row) => toPortfolioViewRow(row, options));
}
