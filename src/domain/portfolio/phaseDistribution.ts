// How the projects spread over the phases, and where they stall: the picture a coordinator reports to FSU/SSU.
import type { Language, PhaseKey, PhaseModel } from '../../model/types';
import type { PortfolioRow } from './types';
import { unknownPhaseKey } from './types';
import { daysSince, isRowStalled } from './stall';
import { phasesInOrder } from '../../model/lookup';

export interface PhaseBucket {
  /** A model phase key, or `unknownPhaseKey` for rows whose phase could not be read. */
  phaseKey: PhaseKey;
  label: string;
  count: number;
  /** Running projects in this phase with no activity for `stalledAfterDays` or more. */
  stalled: number;
  /** Median whole days since the projects entered this phase; undefined when none has a date. */
  medianDaysInPhase?: number;
}

export interface PhaseDistribution {
  buckets: PhaseBucket[];
  total: number;
  stalledTotal: number;
  /** The phase with the most stalled projects (ties: the earlier phase); undefined when nothing stalls. */
  mostStalledPhase?: PhaseKey;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/**
 * One bucket per model phase in model order (empty phases included, so the chart's axis is stable), plus an
 * "unknown" bucket only when some row's phase is unreadable. `unknownLabel` names that bucket.
 */
export function phaseDistribution(
  rows: readonly PortfolioRow[],
  model: PhaseModel,
  options: { language: Language; now: Date; stalledAfterDays: number; unknownLabel: string },
): PhaseDistribution {
  const phases = phasesInOrder(model);
  const known = new Set(phases.map((p) => p.key));
  const groups = new Map<PhaseKey, PortfolioRow[]>();
  for (const row of rows) {
    const key = row.currentPhase !== undefined && known.has(row.currentPhase) ? row.currentPhase : unknownPhaseKey;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const bucket = (phaseKey: PhaseKey, label: string): PhaseBucket => {
    const members = groups.get(phaseKey) ?? [];
    const days = members.map((r) => daysSince(r.phaseEnteredAt, options.now)).filter((d): d is number => d !== undefined);
    const result: PhaseBucket = {
      phaseKey,
      label,
      count: members.length,
      stalled: members.filter((r) => isRowStalled(r, options.now, options.stalledAfterDays)).length,
    };
    const med = median(days);
    if (med !== undefined) result.medianDaysInPhase = med;
    return result;
  };
  const buckets = phases.map((p) => bucket(p.key, p.shortLabel[options.language]));
  if (groups.has(unknownPhaseKey)) buckets.push(bucket(unknownPhaseKey, options.unknownLabel));
  const stalledTotal = buckets.reduce((n, b) => n + b.stalled, 0);
  const distribution: PhaseDistribution = { buckets, total: rows.length, stalledTotal };
  const worst = buckets.reduce<PhaseBucket | undefined>((best, b) => (b.stalled > (best?.stalled ?? 0) ? b : best), undefined);
  if (worst) distribution.mostStalledPhase = worst.phaseKey;
  return distribution;
}
