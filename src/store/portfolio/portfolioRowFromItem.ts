// Raw Portfolio item → PortfolioRow. Rows are derived data that people may still edit by hand in SharePoint, so
// every value is checked: what cannot be understood becomes an Anomaly on the row and a safe default, never a crash.
import type { PhaseModel } from '../../model/types';
import type { Anomaly, LifecycleStatus } from '../../domain/types';
import type { GateOverrideRecord, MissingRequirement, PortfolioRow } from '../../domain/portfolio/types';
import { findPhase, phaseOf } from '../../model/lookup';
import { phaseKeyFromValue } from '../../domain/keys';
import { splitKeys } from '../sharepoint/rows';
import { LIFECYCLE_CHOICES, PROGRESS_COLUMNS } from '../sharepoint/schema';
import type { PortfolioSPItem } from './PortfolioSPItem';
import { readEvidence } from './evidenceJson';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const optionalText = (value: unknown): string | undefined => text(value) || undefined;
/** `;`-separated keys (a line break is accepted too: MissingRequirements is a multi-line column). */
const keyList = (value: unknown): string[] => splitKeys(text(value).replace(/\r?\n/g, ';'));
const bareKey = phaseKeyFromValue;

/** A stored value in a message: at most this many characters (a hand-edited cell may hold anything). */
const VALUE_SHOWN = 80;
const shown = (value: unknown): string => {
  const raw = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return raw.length > VALUE_SHOWN ? `${raw.slice(0, VALUE_SHOWN - 1)}…` : raw;
};

class RowReader {
  readonly anomalies: Anomaly[] = [];

  flag(kind: Anomaly['kind'], column: string, detail: string, value: unknown, itemKey?: string): void {
    this.anomalies.push({ kind, detail: `${column}: ${detail}`, column, value: shown(value), ...(itemKey !== undefined ? { itemKey } : {}) });
  }

  number(column: string, value: unknown, range?: [number, number]): number | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(',', '.')) : Number.NaN;
    if (!Number.isFinite(n)) {
      this.flag('invalidValue', column, `not a number: ${JSON.stringify(value)}`, value);
      return undefined;
    }
    if (range && (n < range[0] || n > range[1])) {
      this.flag('invalidValue', column, `${n} is outside ${range[0]}–${range[1]}`, value);
      return Math.min(range[1], Math.max(range[0], n));
    }
    return n;
  }

  date(column: string, value: unknown): string | undefined {
    const raw = text(value);
    if (raw === '') return undefined;
    if (Number.isNaN(Date.parse(raw))) {
      this.flag('invalidValue', column, `not a date: ${JSON.stringify(raw)}`, raw);
      return undefined;
    }
    return new Date(raw).toISOString();
  }

  json(column: string, value: unknown): unknown {
    const raw = text(value);
    if (raw === '') return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      this.flag('invalidValue', column, 'not valid JSON', raw);
      return undefined;
    }
  }
}

function gateOverridesOf(reader: RowReader, raw: unknown, model: PhaseModel): GateOverrideRecord[] {
  const parsed = reader.json('GateOverrides', raw);
  if (parsed === undefined) return [];
  if (!Array.isArray(parsed)) {
    reader.flag('invalidValue', 'GateOverrides', 'not a JSON array', parsed);
    return [];
  }
  const overrides: GateOverrideRecord[] = [];
  for (const entry of parsed as unknown[]) {
    if (typeof entry !== 'object' || entry === null) {
      reader.flag('invalidValue', 'GateOverrides', `entry is not an object: ${JSON.stringify(entry)}`, entry);
      continue;
    }
    const e = entry as Record<string, unknown>;
    const record: GateOverrideRecord = { reason: text(e.reason) };
    const from = optionalText(e.phaseKey ?? e.from ?? e.phase);
    const to = optionalText(e.to);
    for (const [name, key] of [['from', from], ['to', to]] as const) {
      if (key !== undefined && !findPhase(model, bareKey(key))) reader.flag('unknownPhase', 'GateOverrides', `unknown phase '${key}' (${name})`, key, key);
    }
    if (from !== undefined) record.phaseKey = bareKey(from);
    if (to !== undefined) record.to = bareKey(to);
    const at = optionalText(e.at);
    if (at !== undefined) record.at = at;
    const by = optionalText(e.byName ?? e.by);
    if (by !== undefined) record.by = by;
    if (Array.isArray(e.missing)) record.missing = e.missing.filter((key): key is string => typeof key === 'string');
    overrides.push(record);
  }
  return overrides;
}

/**
 * What the row itself tells about its age: written for another model version, by a version of the app that did not
 * write every figure, without a write time, or with columns that disagree with the summary written beside them.
 */
function knownOlderThanItsProject(row: PortfolioRow, summary: unknown, readAgainst: string): boolean {
  if (!row.rowUpdatedAt || summary === null || typeof summary !== 'object') return true;
  const s = summary as Record<string, unknown>;
  if (s.modelVersion !== readAgainst || typeof s.openInCurrentPhase !== 'number') return true;
  const missing = Array.isArray(s.missingInPassedPhases) ? s.missingInPassedPhases.length : -1;
  return s.currentPhase !== row.currentPhase || missing !== row.missingCount || s.openInCurrentPhase !== row.openInCurrentPhase || s.openDualConfirmations !== row.openDualConfirmations;
}

export interface RowReadOptions {
  /** The version the project runs on, when it could not be read and `model` is another one (the newest known). */
  modelMissing?: string;
}

/** The version a row's project runs on, as the row says: its ModelVersion column, else (older rows) its summary's. */
export function rowModelVersion(item: PortfolioSPItem): string | undefined {
  const f = item.fields ?? {};
  const column = text(f.ModelVersion);
  if (column) return column;
  try {
    const summary = JSON.parse(text(f.SummaryJson)) as { modelVersion?: unknown } | null;
    return typeof summary?.modelVersion === 'string' && summary.modelVersion !== '' ? summary.modelVersion : undefined;
  } catch {
    return undefined;
  }
}

/** The row read against `model`: the model version its project runs on (see PortfolioReader for how it is found). */
export function portfolioRowFromItem(item: PortfolioSPItem, model: PhaseModel, options: RowReadOptions = {}): PortfolioRow {
  const f = item.fields ?? {};
  const projectKey = text(f.ProjectKey);
  const reader = new RowReader();
  if (projectKey === '') reader.flag('invalidValue', 'ProjectKey', 'missing', '');

  const row: PortfolioRow = {
    itemId: item.id,
    projectKey: projectKey || `item:${item.id}`,
    title: text(f.Title) || projectKey || `#${item.id}`,
    municipalities: keyList(f.Municipalities),
    hospitalUnit: text(f.HospitalUnit),
    targetGroups: keyList(f.TargetGroups),
    progress: {},
    missingRequirements: [],
    missingInPassedPhases: 0,
    openInCurrentPhase: 0,
    missingCount: 0,
    openDualConfirmations: 0,
    gateOverrides: [],
    evidence: readEvidence(f.Evidence),
    anomalies: reader.anomalies,
    model,
  };
  if (options.modelMissing) row.modelMissing = options.modelMissing;
  const siteUrl = optionalText(f.SiteUrl);
  if (siteUrl) row.siteUrl = siteUrl;
  const tabUrl = optionalText(f.TabUrl);
  if (tabUrl) row.tabUrl = tabUrl;
  const teamGroupId = optionalText(f.TeamGroupId);
  if (teamGroupId) row.teamGroupId = teamGroupId;

  for (const key of row.targetGroups) {
    if (!model.priorityGroups.some((g) => g.key === key)) reader.flag('invalidValue', 'TargetGroups', `unknown priority group '${key}'`, key, key);
  }

  const phase = text(f.CurrentPhase);
  if (phase !== '') {
    if (findPhase(model, bareKey(phase))) row.currentPhase = bareKey(phase);
    else {
      row.rawPhase = phase;
      reader.flag('unknownPhase', 'CurrentPhase', `unknown phase '${phase}'`, phase, phase);
    }
  }
  const modelVersion = optionalText(f.ModelVersion);
  if (modelVersion) row.modelVersion = modelVersion;
  const phaseEnteredAt = reader.date('PhaseEnteredAt', f.PhaseEnteredAt);
  if (phaseEnteredAt) row.phaseEnteredAt = phaseEnteredAt;

  const lifecycle = text(f.LifecycleStatus);
  if ((LIFECYCLE_CHOICES as readonly string[]).includes(lifecycle)) row.lifecycleStatus = lifecycle as LifecycleStatus;
  else if (lifecycle !== '') reader.flag('invalidValue', 'LifecycleStatus', `unknown status '${lifecycle}'`, lifecycle);

  for (const phaseDef of model.phases) {
    const column = PROGRESS_COLUMNS[phaseDef.key];
    if (!column) continue;
    const percent = reader.number(column, f[column], [0, 100]);
    if (percent !== undefined) row.progress[phaseDef.key] = Math.round(percent);
  }

  row.missingRequirements = keyList(f.MissingRequirements).map((itemKey): MissingRequirement => {
    const phaseKey = phaseOf(model, itemKey);
    // Against another version than the project's, an item that version lacks proves nothing: the row says which.
    if (phaseKey === undefined && !options.modelMissing) reader.flag('unknownItem', 'MissingRequirements', `unknown checklist item '${itemKey}'`, itemKey, itemKey);
    return phaseKey === undefined ? { itemKey } : { itemKey, phaseKey };
  });
  row.missingCount = reader.number('MissingCount', f.MissingCount, [0, Number.MAX_SAFE_INTEGER]) ?? row.missingRequirements.length;
  row.missingInPassedPhases = row.missingCount;
  row.openInCurrentPhase = reader.number('OpenInCurrentPhase', f.OpenInCurrentPhase, [0, Number.MAX_SAFE_INTEGER]) ?? 0;
  row.openDualConfirmations = reader.number('OpenDualConfirmations', f.OpenDualConfirmations, [0, Number.MAX_SAFE_INTEGER]) ?? 0;
  row.gateOverrides = gateOverridesOf(reader, f.GateOverrides, model);

  const lastActivityAt = reader.date('LastActivityAt', f.LastActivityAt);
  if (lastActivityAt) row.lastActivityAt = lastActivityAt;
  const rowUpdatedAt = reader.date('RowUpdatedAt', f.RowUpdatedAt);
  if (rowUpdatedAt) row.rowUpdatedAt = rowUpdatedAt;
  const summary = reader.json('SummaryJson', f.SummaryJson);
  if (summary !== undefined) row.summary = summary;
  // A phase with no Progress column of its own (a model with other phase keys) is read from the summary.
  const summaryProgress = (summary as { progress?: Record<string, unknown> } | undefined)?.progress;
  for (const phaseDef of model.phases) {
    const ratio = summaryProgress?.[phaseDef.key];
    if (row.progress[phaseDef.key] === undefined && typeof ratio === 'number' && ratio >= 0 && ratio <= 1) row.progress[phaseDef.key] = Math.round(ratio * 100);
  }
  if (knownOlderThanItsProject(row, summary, options.modelMissing ?? model.version)) row.knownStale = true;
  return row;
}
