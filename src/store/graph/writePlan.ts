// One intent, one $batch. The plan is pure (cache + intent → batch parts), so what a tick writes is tested without
// Graph; applying the answers updates the cache. Order inside the batch: the state row (If-Match) first; the Events
// rows, the change signal and the Portfolio row (If-Match) depend on it. A tick does not touch the project row (6 RU:
// state, Events, Portfolio); the project row's Summary holds only what no state row gives, the gate overrides, and
// is written with the project row by the intents that change them (see derivedRows.ts for why this converges).
import type { ItemKey, PhaseModel } from '../../model/types';
import { phaseOf } from '../../model/lookup';
import { applyIntent } from '../../domain/applyIntent';
import { eventsForIntent } from '../../domain/events';
import { phaseKeyFromValue } from '../../domain/keys';
import { summarizeProject } from '../../domain/summary';
import type { ProjectSummary } from '../../domain/summary';
import type { Intent, ItemState, ProjectEvent, ProjectState } from '../../domain/types';
import { StoreError } from '../ChecklistStore';
import { fieldEquals } from '../sharepoint/odata';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { isConflict, portfolioWrites } from './derivedRows';
import type { PortfolioFields } from './derivedRows';
import { itemFieldsPath, itemsPath, itemsWhere, listRef, projectItems } from '../sharepoint/listPaths';
import { readAllPages, readRemainingPages } from '../sharepoint/paging';
import { forgetItemRow, rebuildState, rememberItemRow, rememberProjectRow, replaceItemRows } from './projectCache';
import type { ProjectCache } from './projectCache';
import { CHANGE_SIGNAL_ITEM, changeSignalRow, eventToRow, itemToRow, projectFromRow, projectToRow, stateKey } from '../sharepoint/rows';
import type { ChecklistRow, ProjectRow, SpItem } from '../sharepoint/rows';
import { projectRecord, projectSummaryJson } from '../sharepoint/projectSummaryColumn';
import type { GateOverride } from '../sharepoint/projectSummaryColumn';
import { phaseHistoryAfter } from '../../domain/phaseHistory';
import type { PhaseEntry } from '../../domain/phaseHistory';
import { unmetGatesOnTheWay } from '../../domain/gate';
import type { PortfolioTarget } from './siteLocator';
import { storeErrorFor } from '../graphClient/storeErrors';

export interface WritePlan {
  parts: BatchPart[];
  after: ProjectState;
  events: ProjectEvent[];
  overrides: GateOverride[];
  phaseHistory: PhaseEntry[];
}

function toOverride(event: ProjectEvent): GateOverride {
  return { from: phaseKeyFromValue(event.from ?? ''), to: phaseKeyFromValue(event.to ?? ''), reason: event.reason ?? '', at: event.at, by: event.actor.name };
}

/**
 * The gate overrides after an intent: a move past unmet gates adds one, naming the requirements it leaves unmet
 * (`missing`); the undo of that move takes it away again.
 */
export function overridesAfter(before: GateOverride[], intent: Intent, events: ProjectEvent[], missing: string[] = []): GateOverride[] {
  const added = events.filter((e) => e.kind === 'gateOverride').map((event) => ({ ...toOverride(event), missing }));
  if (intent.kind !== 'changePhase' || !intent.undoes) return [...before, ...added];
  const { from, to } = intent.undoes;
  const last = before.map((o) => o.from === from && o.to === to).lastIndexOf(true);
  return [...before.filter((_o, i) => i !== last), ...added];
}

/** Moves the project's change signal (a blind write: any writer's signal is as good as ours). */
export function signalPart(cache: ProjectCache, intentId: string): BatchPart {
  const checklist = listRef(cache.location, 'checklist');
  const fields = changeSignalRow(cache.state.project.projectKey, intentId);
  return cache.signalRow
    ? { id: 'signal', method: 'PATCH', url: itemFieldsPath(checklist, cache.signalRow), body: fields, dependsOn: ['state'] }
    : { id: 'signal', method: 'POST', url: itemsPath(checklist), body: { fields }, dependsOn: ['state'] };
}

/** A lost signal write only delays others' view of a project change until their next slow poll: never an error. */
export function noteSignal(cache: ProjectCache, answer: BatchAnswer | undefined): void {
  if (answer?.status === 201) cache.signalRow = (answer.body as SpItem<unknown>).id;
  else if (answer?.status === 404) delete cache.signalRow;
}

export function planWrite(model: PhaseModel, cache: ProjectCache, intent: Intent, portfolio: PortfolioTarget | undefined, fieldsFor: (cache: ProjectCache, summary: ProjectSummary) => PortfolioFields): WritePlan {
  const { location } = cache;
  const before = cache.state;
  const after = applyIntent(before, intent, (itemKey: ItemKey) => phaseOf(model, itemKey));
  const events = eventsForIntent(before, intent, model);
  const unmet = intent.kind === 'changePhase' ? unmetGatesOnTheWay(model, before, intent.to).flatMap((gate) => [...gate.missing, ...gate.awaitingOtherSide].map((def) => def.key)) : [];
  const overrides = overridesAfter(cache.gateOverrides, intent, events, unmet);
  const phaseHistory = phaseHistoryAfter(cache.phaseHistory, before.project, intent);
  const summary = summarizeProject(model, after, overrides);
  const parts: BatchPart[] = [];
  const projectId = cache.projectRow?.id;
  if (!projectId) throw new StoreError('projectNotFound', 'The project row is unknown');
  if ('itemKey' in intent) {
    const item = after.items[intent.itemKey] as ItemState;
    const checklist = listRef(location, 'checklist');
    const row = cache.itemRows.get(intent.itemKey);
    const fields = itemToRow(intent.projectKey, item);
    // A status the app does not understand (hand edit, newer version) is shown as open, and kept in the row
    // unless the user deliberately sets the status.
    if (row && intent.kind !== 'setStatus' && cache.rowAnomalies.get(row.id)?.some((a) => a.kind === 'unknownStatus')) {
      delete fields.Status;
      delete fields.NotRelevantReason;
    }
    // A row's key never changes; rewriting it into a duplicate row (hand-made, another StateKey) would break uniqueness.
    const { StateKey: _key, ...patch } = fields;
    parts.push(row
      ? { id: 'state', method: 'PATCH', url: itemFieldsPath(checklist, row.id), headers: row.etag ? { 'If-Match': row.etag } : {}, body: patch }
      : { id: 'state', method: 'POST', url: itemsPath(checklist), body: { fields } });
  } else {
    parts.push({
      id: 'state', method: 'PATCH', url: itemFieldsPath(listRef(location, 'projects'), projectId),
      headers: cache.projectRow?.etag ? { 'If-Match': cache.projectRow.etag } : {},
      body: { ...projectToRow(after.project), Summary: projectSummaryJson(projectRecord(after.project, overrides, phaseHistory)) },
    });
    parts.push(signalPart(cache, intent.id));
  }
  events.forEach((event, i) => {
    parts.push({ id: `event${i}`, method: 'POST', url: itemsPath(listRef(location, 'events')), body: { fields: eventToRow(event, i) }, dependsOn: ['state'] });
  });
  // A project write is conditional on the project row already, so it orders a Portfolio row's creation by itself.
  if (portfolio) parts.push(...portfolioWrites(cache, { ...portfolio, key: 'portfolio' }, fieldsFor({ ...cache, state: after, phaseHistory }, summary), { after: ['state'], ordered: !('itemKey' in intent), at: intent.at }));
  return { parts, after, events, overrides, phaseHistory };
}

export interface WriteContext {
  graph: GraphConnection;
  model: PhaseModel;
  cache: ProjectCache;
  intent: Intent;
  target: PortfolioTarget | undefined;
  fieldsFor: (cache: ProjectCache, summary: ProjectSummary) => PortfolioFields;
}

export type WriteResult =
  | { outcome: 'done'; answers: Map<string, BatchAnswer> }
  | { outcome: 'stale'; reread: () => Promise<void> };

/** Sends the plan once. 'stale' when the state write met a 412/409 (or its row was deleted): re-read and re-apply. */
export async function writeIntentOnce(ctx: WriteContext): Promise<WriteResult> {
  const { cache, intent } = ctx;
  const plan = planWrite(ctx.model, cache, intent, ctx.target, ctx.fieldsFor);
  const answers = await sendBatch(ctx.graph, plan.parts);
  const state = answers.get('state');
  const reread = () => ('itemKey' in intent ? rereadItem(ctx.graph, ctx.model, cache, intent.itemKey) : rereadProject(ctx.graph, ctx.model, cache));
  if (isConflict(state)) return { outcome: 'stale', reread };
  // The item's row was deleted (by hand) since we read it: forget it; the next round re-reads and creates a new one.
  const deletedRow = 'itemKey' in intent && state?.status === 404 ? cache.itemRows.get(intent.itemKey) : undefined;
  if (deletedRow) {
    forgetItemRow(cache, deletedRow.id);
    rebuildState(ctx.model, cache);
    return { outcome: 'stale', reread };
  }
  if (!isOk(state)) throw storeErrorFor(state?.status ?? 0, state?.body, `Saving ${intent.kind}`, 'projectNotFound');
  // The Events row: a refusal of a duplicate IntentId means this intent was applied before (a replay): success.
  for (let i = 0; i < plan.events.length; i += 1) {
    const answer = answers.get(`event${i}`);
    if (!isOk(answer) && answer?.status !== 409) throw storeErrorFor(answer?.status ?? 0, answer?.body, 'Logging the change', 'listsMissing');
  }
  confirmWrite(ctx.model, cache, intent, plan.after, state as BatchAnswer);
  noteSignal(cache, answers.get('signal'));
  cache.gateOverrides = plan.overrides;
  cache.phaseHistory = plan.phaseHistory;
  return { outcome: 'done', answers };
}

function confirmWrite(model: PhaseModel, cache: ProjectCache, intent: Intent, after: ProjectState, state: BatchAnswer): void {
  if ('itemKey' in intent) {
    const body = state.body as SpItem<ChecklistRow> | (ChecklistRow & { '@odata.etag'?: string });
    const row: SpItem<ChecklistRow> = 'fields' in body && body.fields ? (body as SpItem<ChecklistRow>) : { id: cache.itemRows.get(intent.itemKey)?.id ?? '', fields: body as ChecklistRow };
    rememberItemRow(cache, { ...row, fields: { ...row.fields, Modified: row.fields?.Modified ?? intent.at } });
    cache.state = { ...cache.state, project: { ...cache.state.project, updatedAt: intent.at } };
    rebuildState(model, cache);
  } else {
    const fields = state.body as ProjectRow & { '@odata.etag'?: string };
    cache.state = { ...cache.state, project: fields?.ProjectKey ? projectFromRow(fields) : after.project };
    if (cache.projectRow) cache.projectRow = { ...cache.projectRow, ...(fields?.['@odata.etag'] ? { etag: fields['@odata.etag'] } : {}) };
  }
}

async function rereadItem(graph: GraphConnection, model: PhaseModel, cache: ProjectCache, itemKey: ItemKey): Promise<void> {
  const checklist = listRef(cache.location, 'checklist');
  const rows = await readAllPages<SpItem<ChecklistRow>>(graph, itemsWhere(checklist, fieldEquals('checklist', 'StateKey', stateKey(cache.state.project.projectKey, itemKey))));
  for (const row of rows) if (row.fields?.ItemKey !== CHANGE_SIGNAL_ITEM) rememberItemRow(cache, row);
  rebuildState(model, cache);
}

/** The project row, then every item (read after it): the summary a project write carries is computed from both. */
async function rereadProject(graph: GraphConnection, model: PhaseModel, cache: ProjectCache): Promise<void> {
  const projectKey = cache.state.project.projectKey;
  const answers = await sendBatch(graph, [
    { id: 'project', method: 'GET', url: projectItems(listRef(cache.location, 'projects'), projectKey) },
    { id: 'items', method: 'GET', url: projectItems(listRef(cache.location, 'checklist'), projectKey), dependsOn: ['project'] },
  ]);
  for (const id of ['project', 'items']) {
    const answer = answers.get(id);
    if (!isOk(answer)) throw storeErrorFor(answer?.status ?? 0, answer?.body, 'Reading the project again', 'projectNotFound');
  }
  const row = (answers.get('project')?.body as { value?: SpItem<ProjectRow>[] }).value?.[0];
  if (!row?.fields) throw new StoreError('projectNotFound', 'The project row is gone');
  rememberProjectRow(cache, row);
  const items = await readRemainingPages(graph, answers.get('items')?.body as { value?: SpItem<ChecklistRow>[] }, 'listsMissing');
  replaceItemRows(model, cache, items.items);
}
