// The Summary column of a project row, read back: JSON that anyone with write access may have edited by hand, so
// every value is checked rather than cast. Only the gate overrides are read from it (they exist nowhere else in the
// project row); the rest is recomputed from the state rows.
import type { ProjectSummary } from '../../domain/summary';
import { phaseKeyFromValue } from '../../domain/keys';

export type GateOverride = ProjectSummary['gateOverrides'][number];

const isText = (value: unknown): value is string => typeof value === 'string';

function overrideFrom(value: unknown): GateOverride | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { from, to, reason, at, by } = value as Record<string, unknown>;
  if (!isText(from) || !isText(to) || !isText(at)) return undefined;
  return { from: phaseKeyFromValue(from), to: phaseKeyFromValue(to), reason: isText(reason) ? reason : '', at, by: isText(by) ? by : '' };
}

/** The gate overrides a Summary JSON holds; entries that are not well-formed overrides are left out. */
export function readGateOverrides(summary: string | null | undefined): GateOverride[] {
  if (!summary) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(summary);
  } catch {
    return [];
  }
  const overrides = (parsed as { gateOverrides?: unknown } | null)?.gateOverrides;
  if (!Array.isArray(overrides)) return [];
  return overrides.map(overrideFrom).filter((o): o is GateOverride => o !== undefined);
}
