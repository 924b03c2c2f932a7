// "Stalled" for a portfolio row: the same rule as one project's screen (domain/stalled.ts), applied to the row's
// activity columns.
import type { PortfolioRow } from './types';
import { isStalled } from '../stalled';

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from an ISO time to `now`; undefined when the time is missing or unreadable. */
export function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (!iso) return undefined;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.floor((now.getTime() - at) / dayMs));
}

/** The last sign of life of a project: its last activity, else when it entered its phase. */
export function lastSignOfLife(row: PortfolioRow): string | undefined {
  return row.lastActivityAt ?? row.phaseEnteredAt;
}

/** Only running projects stall: paused, completed and stopped ones are quiet on purpose. */
export function isRowStalled(row: PortfolioRow, now: Date, stalledAfterDays: number): boolean {
  if (row.lifecycleStatus !== undefined && row.lifecycleStatus !== 'active') return false;
  const since = lastSignOfLife(row);
  return since !== undefined && isStalled(since, now, stalledAfterDays);
}
