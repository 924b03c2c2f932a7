// The adapter's copy of one open project: the rows it read (by id, duplicates kept), the row each item is written
// to, and the state they merge into. Pure: no Graph here, so the merge rules are tested without an emulator.
import type { ItemKey, PhaseModel } from '../../model/types';
import { normalizeState } from '../../domain/normalizeState';
import type { Anomaly, ItemState, Participant, ProjectState } from '../../domain/types';
import type { ProjectLocation, ProjectModel } from '../ChecklistStore';
import { readProjectRecord } from '../sharepoint/projectSummaryColumn';
import type { GateOverride } from '../sharepoint/projectSummaryColumn';
import type { PhaseEntry } from '../../domain/phaseHistory';
import { CHANGE_SIGNAL_ITEM, itemFromRow, mergeDuplicateRows, participantFromRow, projectFromRow, projectRowAnomalies } from '../sharepoint/rows';
import type { ChecklistRow, ParticipantRow, ProjectRow, SpItem } from '../sharepoint/rows';

export interface RowRef {
  id: string;
  etag?: string;
}

export interface ProjectCache {
  location: ProjectLocation;
  state: ProjectState;
  projectRow?: RowRef;
  /** The row each item is written to (the newest, when duplicates exist). */
  itemRows: Map<ItemKey, RowRef & { modified: string }>;
  /** Row id → item key, so a delta deletion can be placed. */
  rowItems: Map<string, ItemKey>;
  /** All rows read, by id, so duplicates are merged again after a change. */
  rows: Map<string, ItemState>;
  /** What could not be read in each row (unknown status…), shown, never overwritten. */
  rowAnomalies: Map<string, Anomaly[]>;
  projectAnomalies: Anomaly[];
  participants: Map<string, Participant>;
  participantRows: Map<string, string>;
  gateOverrides: GateOverride[];
  /** When the project entered each phase, as its row records (see domain/phaseHistory.ts). */
  phaseHistory: PhaseEntry[];
  /** Portfolio row: undefined = not looked up, null = absent; its eTag for conditional writes. */
  portfolioRow?: RowRef | null;
  /** The change signal's row id (see CHANGE_SIGNAL_ITEM), once it exists. */
  signalRow?: string;
  /** The model the project runs on (its recorded version); undefined: the store's one built-in model. */
  model?: ProjectModel;
}

export const etagOf = (item: SpItem<unknown>): string | undefined => item.fields?.['@odata.etag'] ?? item.eTag;

export function emptyCache(location: ProjectLocation, projectRow: SpItem<ProjectRow>): ProjectCache {
  const fields = projectRow.fields ?? {};
  const cache: ProjectCache = {
    location,
    state: { project: projectFromRow(fields), items: {}, anomalies: [] },
    itemRows: new Map(),
    rowItems: new Map(),
    rows: new Map(),
    rowAnomalies: new Map(),
    projectAnomalies: [],
    participants: new Map(),
    participantRows: new Map(),
    gateOverrides: [],
    phaseHistory: [],
  };
  rememberProjectRow(cache, projectRow);
  return cache;
}

export function buildCache(model: PhaseModel, location: ProjectLocation, projectRow: SpItem<ProjectRow>, itemRows: SpItem<ChecklistRow>[], participantRows: SpItem<ParticipantRow>[]): ProjectCache {
  const cache = emptyCache(location, projectRow);
  for (const row of itemRows) rememberItemRow(cache, row);
  for (const row of participantRows) rememberParticipantRow(cache, row);
  rebuildState(model, cache);
  return cache;
}

/** The project row as read (load, delta, catch-up): its fields, eTag, overrides and the summary it holds. */
export function rememberProjectRow(cache: ProjectCache, row: SpItem<ProjectRow>): void {
  const fields = row.fields ?? {};
  cache.state = { ...cache.state, project: projectFromRow(fields) };
  const etag = etagOf(row);
  cache.projectRow = { id: row.id, ...(etag ? { etag } : {}) };
  const record = readProjectRecord(fields.Summary);
  cache.gateOverrides = record.gateOverrides;
  cache.phaseHistory = record.phaseHistory;
  cache.projectAnomalies = projectRowAnomalies(fields);
}

/** Replaces every item row with the rows just read (a catch-up read: rows deleted since are gone). */
export function replaceItemRows(model: PhaseModel, cache: ProjectCache, rows: SpItem<ChecklistRow>[]): void {
  cache.itemRows.clear();
  cache.rowItems.clear();
  cache.rows.clear();
  cache.rowAnomalies.clear();
  for (const row of rows) rememberItemRow(cache, row);
  rebuildState(model, cache);
}

export function rememberItemRow(cache: ProjectCache, row: SpItem<ChecklistRow>): void {
  if (!row.fields) return;
  if (row.fields.ItemKey === CHANGE_SIGNAL_ITEM) {
    cache.signalRow = row.id;
    return;
  }
  const { item, anomalies } = itemFromRow(row.fields);
  cache.rows.set(row.id, item);
  cache.rowAnomalies.set(row.id, anomalies);
  cache.rowItems.set(row.id, item.itemKey);
  const modified = row.fields.Modified ?? row.lastModifiedDateTime ?? '';
  const current = cache.itemRows.get(item.itemKey);
  // The newest row wins; on a tie (Modified has whole seconds) the later row, as mergeDuplicateRows shows it.
  if (!current || current.id === row.id || modified > current.modified || (modified === current.modified && Number(row.id) > Number(current.id))) {
    const etag = etagOf(row);
    cache.itemRows.set(item.itemKey, { id: row.id, modified, ...(etag ? { etag } : {}) });
  }
}

export function forgetItemRow(cache: ProjectCache, rowId: string): void {
  const itemKey = cache.rowItems.get(rowId);
  cache.rows.delete(rowId);
  cache.rowAnomalies.delete(rowId);
  cache.rowItems.delete(rowId);
  if (itemKey === undefined || cache.itemRows.get(itemKey)?.id !== rowId) return;
  cache.itemRows.delete(itemKey);
  // Another (duplicate) row for the item becomes the one we write to.
  for (const [id, key] of cache.rowItems) if (key === itemKey) cache.itemRows.set(key, { id, modified: '' });
}

export function rememberParticipantRow(cache: ProjectCache, row: SpItem<ParticipantRow>): void {
  const participant = row.fields ? participantFromRow(row.fields) : undefined;
  if (!participant) return;
  cache.participants.set(participant.person.id, participant);
  cache.participantRows.set(row.id, participant.person.id);
}

/** Merges all rows read (duplicates flagged, never deleted) into the state. */
export function rebuildState(model: PhaseModel, cache: ProjectCache): void {
  const { items, anomalies } = mergeDuplicateRows(cache.rows.values());
  const raw: ProjectState = { project: cache.state.project, items, anomalies: [...cache.projectAnomalies, ...[...cache.rowAnomalies.values()].flat(), ...anomalies] };
  cache.state = normalizeState(model, raw);
}

/** The project moved to another model version: its rows are merged again against that one. */
export function switchModel(cache: ProjectCache, model: ProjectModel): void {
  cache.model = model;
  rebuildState(model.model, cache);
}

/** Item keys whose state differs between two states (others' ticks, for a subtle highlight). */
export function changedKeys(before: ProjectState, after: ProjectState): string[] {
  const comparable = (item: ItemState | undefined): string => {
    if (!item) return '';
    const { updatedAt: _at, ...rest } = item;
    return JSON.stringify(rest);
  };
  const keys = new Set([...Object.keys(before.items), ...Object.keys(after.items)]);
  return [...keys].filter((k) => comparable(before.items[k]) !== comparable(after.items[k]));
}
