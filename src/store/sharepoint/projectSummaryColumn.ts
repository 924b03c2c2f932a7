// The Summary column of a project row: JSON that anyone with write access may have edited by hand, so every value
// is checked rather than cast. It holds what no other column of the row holds, written with the project row by the
// intents that change it: the gate overrides (with the requirements each left unmet), the phase history, the
// waiting limit, and who turned "Venter på deg" notices off. Everything else is derived from the state rows into the Portfolio row on every tick. Keeping these
// in the one JSON column, rather than new columns, means a project site provisioned by an older version needs no
// upgrade before it can be written. A row written by an older version may hold a full summary, or overrides alone:
// what is missing reads as empty (the history is then completed from PhaseEnteredAt, see domain/phaseHistory.ts).
import type { ProjectSummary } from '../../domain/summary';
import type { PhaseEntry } from '../../domain/phaseHistory';
import type { ProjectInfo } from '../../domain/types';
import { phaseKeyFromValue } from '../../domain/keys';
import { WAITING_LIMIT_DAYS } from '../../domain/textRules';

export type GateOverride = ProjectSummary['gateOverrides'][number];

/** What the Summary column holds. */
export interface ProjectRecord {
  gateOverrides: GateOverride[];
  phaseHistory: PhaseEntry[];
  /** Undefined: the project keeps the default. */
  waitingLimitDays?: number;
  /** Entra object ids of people who turned notices off for the project; absent when nobody has. */
  notificationsOff?: string[];
}

/** The record of a project: its own setting beside the overrides and history its writer keeps. */
export const projectRecord = (project: Pick<ProjectInfo, 'waitingLimitDays' | 'notificationsOff'>, gateOverrides: GateOverride[], phaseHistory: PhaseEntry[]): ProjectRecord => ({
  gateOverrides,
  phaseHistory,
  ...(project.waitingLimitDays !== undefined ? { waitingLimitDays: project.waitingLimitDays } : {}),
  ...(project.notificationsOff?.length ? { notificationsOff: project.notificationsOff } : {}),
});

const isText = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function overrideFrom(value: unknown): GateOverride | undefined {
  if (!isObject(value)) return undefined;
  const { from, to, reason, at, by, missing } = value;
  if (!isText(from) || !isText(to) || !isText(at)) return undefined;
  const keys = Array.isArray(missing) ? missing.filter(isText) : undefined;
  return { from: phaseKeyFromValue(from), to: phaseKeyFromValue(to), reason: isText(reason) ? reason : '', at, by: isText(by) ? by : '', ...(keys ? { missing: keys } : {}) };
}

function entryFrom(value: unknown): PhaseEntry | undefined {
  if (!isObject(value) || !isText(value.phase) || !isText(value.at) || Number.isNaN(Date.parse(value.at))) return undefined;
  return { phase: phaseKeyFromValue(value.phase), at: value.at };
}

function limitFrom(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= WAITING_LIMIT_DAYS.min && value <= WAITING_LIMIT_DAYS.max ? value : undefined;
}

/** The project row's Summary (never progress figures that a tick would leave stale). */
export function projectSummaryJson(record: ProjectRecord): string {
  // In time order, as the summary lists them: two writers' overrides stored in the order they landed read the same.
  return JSON.stringify({
    gateOverrides: [...record.gateOverrides].sort((a, b) => a.at.localeCompare(b.at)),
    phaseHistory: record.phaseHistory,
    ...(record.waitingLimitDays !== undefined ? { waitingLimitDays: record.waitingLimitDays } : {}),
    ...(record.notificationsOff?.length ? { notificationsOff: record.notificationsOff } : {}),
  });
}

/** What a Summary JSON holds; entries that are not well-formed are left out, a broken column reads as empty. */
export function readProjectRecord(summary: string | null | undefined): ProjectRecord {
  let parsed: unknown;
  try {
    parsed = summary ? JSON.parse(summary) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!isObject(parsed)) return { gateOverrides: [], phaseHistory: [] };
  const list = <T>(value: unknown, read: (entry: unknown) => T | undefined): T[] => (Array.isArray(value) ? value.map(read).filter((x): x is T => x !== undefined) : []);
  const waitingLimitDays = limitFrom(parsed.waitingLimitDays);
  const notificationsOff = list(parsed.notificationsOff, (entry) => (isText(entry) && entry !== '' ? entry : undefined));
  return {
    gateOverrides: list(parsed.gateOverrides, overrideFrom),
    phaseHistory: list(parsed.phaseHistory, entryFrom),
    ...(waitingLimitDays !== undefined ? { waitingLimitDays } : {}),
    ...(notificationsOff.length > 0 ? { notificationsOff } : {}),
  };
}

/** The gate overrides a Summary JSON holds. */
export const readGateOverrides = (summary: string | null | undefined): GateOverride[] => readProjectRecord(summary).gateOverrides;
