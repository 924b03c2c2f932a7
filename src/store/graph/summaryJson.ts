// The Summary column of a project row: JSON that anyone with write access may have edited by hand, so every value
// is checked rather than cast. It holds only the gate overrides (they exist nowhere else in the project row), written
// with the project row by the intents that change them; everything else is derived from the state rows into the
// Portfolio row on every tick. A project row written by an older version may hold a full summary: only its overrides
// are read.
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

/** The project row's Summary: the gate overrides alone (never progress figures that a tick would leave stale). */
export function projectSummaryJson(overrides: readonly GateOverride[]): string {
  // In time order, as the summary lists them: two writers' overrides stored in the order they landed read the same.
  return JSON.stringify({ gateOverrides: [...overrides].sort((a, b) => a.at.localeCompare(b.at)) });
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
