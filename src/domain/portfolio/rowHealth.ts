// Is a project's Portfolio row still what the project says? Rows are derived data: a tab that finds its row
// behind (or edited by hand) rewrites it. Pure, so the check and its tests agree on what "stale" means.
import type { ProjectSummary } from '../summary';
import type { PortfolioRow } from './types';

export type PortfolioRowHealth = 'current' | 'stale' | 'missing' | 'unreachable';

/** JSON with sorted keys, so two equal summaries compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/**
 * The summary without `lastActivityAt`: the writer derives it from the state it is about to write (intent times),
 * the tab from the state Graph confirmed (server times), so it differs by seconds in every healthy row. Whether the
 * row is behind in time is what RowUpdatedAt vs the project's UpdatedAt tells.
 */
function comparable(summary: unknown): unknown {
  if (summary === null || typeof summary !== 'object' || Array.isArray(summary)) return summary;
  const { lastActivityAt: _ignored, ...rest } = summary as Record<string, unknown>;
  return rest;
}

/** The row, marked `knownStale` when the project it describes changed after the row was written. */
export function withProjectTime(row: PortfolioRow, projectUpdatedAt: string | undefined): PortfolioRow {
  const rowTime = row.rowUpdatedAt ? Date.parse(row.rowUpdatedAt) : Number.NaN;
  const older = Number.isNaN(rowTime) || (projectUpdatedAt !== undefined && rowTime < Date.parse(projectUpdatedAt));
  return older && !row.knownStale ? { ...row, knownStale: true } : row;
}

/**
 * Why the row differs from the project (empty when it is current): older than the project's last change, or
 * any summary value differs from `expected`.
 */
export function portfolioRowStaleness(row: PortfolioRow, expected: ProjectSummary, projectUpdatedAt?: string): string[] {
  const reasons: string[] = [];
  const rowTime = row.rowUpdatedAt ? Date.parse(row.rowUpdatedAt) : Number.NaN;
  if (Number.isNaN(rowTime)) reasons.push('RowUpdatedAt missing');
  else if (projectUpdatedAt && rowTime < Date.parse(projectUpdatedAt)) reasons.push('RowUpdatedAt older than the project');
  if (row.anomalies.length > 0) reasons.push('row has values the app cannot read');
  if (row.summary !== undefined && canonical(comparable(row.summary)) !== canonical(comparable(expected))) reasons.push('SummaryJson differs');
  if (row.summary === undefined) reasons.push('SummaryJson missing');
  if (row.currentPhase !== expected.currentPhase) reasons.push('CurrentPhase differs');
  for (const [phaseKey, ratio] of Object.entries(expected.progress)) {
    if ((row.progress[phaseKey] ?? 0) !== Math.round(ratio * 100)) reasons.push(`progress of ${phaseKey} differs`);
  }
  if (!sameSet(row.missingRequirements.map((m) => m.itemKey), expected.missingInPassedPhases)) reasons.push('MissingRequirements differ');
  if (row.openInCurrentPhase !== expected.openInCurrentPhase) reasons.push('OpenInCurrentPhase differs');
  if (row.openDualConfirmations !== expected.openDualConfirmations) reasons.push('OpenDualConfirmations differ');
  if (row.gateOverrides.length !== expected.gateOverrides.length) reasons.push('GateOverrides differ');
  return reasons;
}
