// The derived row of a project, its Portfolio row, converges by construction: every write of a state row is followed,
// in the same $batch, by the Portfolio row's write with If-Match on the eTag the writer saw before its state write, so
// a writer whose copy of the project is stale gets a 412 instead of overwriting a newer row; it then catches up (reads
// the rows again, in an order that makes the read at least as new as the eTag) and recomputes. Whoever writes last
// has therefore seen every state write before its own. Creating the row (a POST, no eTag to match) is ordered through
// the project row instead: a conditional write of its UpdatedAt first, so of two writers creating it one gets a 412.
// The project row's Summary is no longer derived (summaryJson.ts): a tick costs 6 RU instead of 8.
import type { PhaseModel } from '../../model/types';
import { portfolioRowStaleness } from '../../domain/portfolio/rowHealth';
import { summarizeProject } from '../../domain/summary';
import type { ProjectSummary } from '../../domain/summary';
import { StoreError } from '../ChecklistStore';
import { fieldEquals } from '../sharepoint/odata';
import { portfolioRowFromItem } from '../portfolio/portfolioRowFromItem';
import type { PortfolioSPItem } from '../portfolio/PortfolioSPItem';
import { encodeEvidence, readEvidence } from '../portfolio/evidenceJson';
import type { ProjectEvidence } from '../../domain/evidence/types';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { itemFieldsPath, itemsPath, itemsWhere, listRef, projectItems } from '../sharepoint/listPaths';
import type { ListRef } from '../sharepoint/listPaths';
import { readRemainingPages } from '../sharepoint/paging';
import type { Page } from '../sharepoint/paging';
import { etagOf, rememberProjectRow, replaceItemRows } from './projectCache';
import type { ProjectCache, RowRef } from './projectCache';
import type { ChecklistRow, ProjectRow, SpItem } from '../sharepoint/rows';
import { RETRYABLE_STATUSES } from '../graphClient/retryPolicy';
import { storeErrorFor } from '../graphClient/storeErrors';

export type PortfolioFields = Record<string, string | number | null>;

export interface DerivedRowsContext {
  graph: GraphConnection;
  model: PhaseModel;
  /** The Portfolio list, when the coordination site is known. */
  portfolio?: ListRef;
  fieldsFor(cache: ProjectCache, summary: ProjectSummary): PortfolioFields;
  /** The evidence the row must carry; undefined while the list has no Evidence column (then it is not compared). */
  evidenceFor(cache: ProjectCache): ProjectEvidence | undefined;
  /** A refusal in the coordination site (403, list gone) never fails a tick: the UI shows the row as behind. */
  portfolioAnswered(cache: ProjectCache, answer: BatchAnswer | undefined): void;
  /**
   * The Portfolio list refused a column newer than its provisioning (400 "Field 'Evidence' is not recognized"):
   * true when the writer can do without it, and will from now on, so the row is written again without it.
   */
  portfolioLacksColumn(answer: BatchAnswer): boolean;
}

/** Catch-up rounds before giving up with a retryable `conflict` (the session sends the intent again). */
const MAX_ROUNDS = 6;

export const summaryOf = (model: PhaseModel, cache: ProjectCache): ProjectSummary => summarizeProject(model, cache.state, cache.gateOverrides);

/**
 * Why the Portfolio row differs from what the writer computes now (empty when it is current): the summary's figures
 * and, where the list has the column, the evidence (compared as the text written, so minutes and shortened reasons
 * compare as stored).
 */
export function derivedRowStaleness(ctx: DerivedRowsContext, cache: ProjectCache, item: PortfolioSPItem, changedAt: string | undefined): string[] {
  const reasons = portfolioRowStaleness(portfolioRowFromItem(item, ctx.model), summaryOf(ctx.model, cache), changedAt);
  const expected = ctx.evidenceFor(cache);
  if (expected) {
    const stored = readEvidence(item.fields?.Evidence);
    if (stored.kind !== 'ok' || encodeEvidence(stored.evidence) !== encodeEvidence(expected)) reasons.push('Evidence differs');
  }
  return reasons;
}

const ifMatch = (row: RowRef | null | undefined): Record<string, string> => (row?.etag ? { 'If-Match': row.etag } : {});

const later = (a: string | undefined, b: string | undefined): string | undefined => (!a ? b : !b ? a : Date.parse(a) >= Date.parse(b) ? a : b);

/** The project row's UpdatedAt, written with If-Match: the point that orders the creation of a Portfolio row. */
function lockPart(cache: ProjectCache, at: string | undefined, dependsOn: string[]): BatchPart {
  const id = cache.projectRow?.id;
  if (!id) throw new StoreError('projectNotFound', 'The project row is unknown');
  const body = { UpdatedAt: later(at, cache.state.project.updatedAt) ?? null };
  return { id: 'lock', method: 'PATCH', url: itemFieldsPath(listRef(cache.location, 'projects'), id), headers: ifMatch(cache.projectRow), body, dependsOn };
}

/** The Portfolio row's write: a PATCH with If-Match on the row we last saw, or a POST (ProjectKey is unique). */
export function portfolioPart(cache: ProjectCache, list: ListRef, fields: PortfolioFields, dependsOn: string[]): BatchPart {
  const row = cache.portfolioRow;
  return row
    ? { id: 'portfolio', method: 'PATCH', url: itemFieldsPath(list, row.id), headers: ifMatch(row), body: fields, dependsOn }
    : { id: 'portfolio', method: 'POST', url: itemsPath(list), body: { fields }, dependsOn };
}

export interface PortfolioWriteOrder {
  /** The parts the Portfolio write comes after (the state write; none in a catch-up). */
  after: string[];
  /** Whether `after` is itself a conditional write of the project row (a project intent), which orders a creation. */
  ordered: boolean;
  /** The change's time, for the project row's UpdatedAt when a creation must be ordered. */
  at: string | undefined;
}

/** The Portfolio row's write: a PATCH (If-Match) when the row is known, else the project row's lock and a POST. */
export function portfolioWrites(cache: ProjectCache, list: ListRef, fields: PortfolioFields, order: PortfolioWriteOrder): BatchPart[] {
  if (cache.portfolioRow || order.ordered) return [portfolioPart(cache, list, fields, order.after)];
  return [lockPart(cache, order.at, order.after), portfolioPart(cache, list, fields, ['lock'])];
}

export const isConflict = (answer: BatchAnswer | undefined): boolean => answer?.status === 412 || answer?.status === 409;

/** A derived write that failed for a reason that passes (throttled, unavailable): the intent is sent again. */
function throwIfPassing(answer: BatchAnswer | undefined, what: string): void {
  if (answer && RETRYABLE_STATUSES.has(answer.status)) {
    throw new StoreError(storeErrorFor(answer.status, answer.body, what).code, `${what}: ${answer.status}`, { retryable: true, status: answer.status });
  }
}

/** Remembers the project row's eTag after the lock's write (its PATCH answers with the fields). */
function noteLockWritten(cache: ProjectCache, answer: BatchAnswer | undefined): void {
  const fields = answer?.body as { '@odata.etag'?: string; UpdatedAt?: string } | undefined;
  const etag = fields?.['@odata.etag'];
  if (cache.projectRow) cache.projectRow = { ...cache.projectRow, ...(etag ? { etag } : {}) };
  if (fields?.UpdatedAt) cache.state = { ...cache.state, project: { ...cache.state.project, updatedAt: fields.UpdatedAt } };
}

export function notePortfolioWritten(cache: ProjectCache, answer: BatchAnswer | undefined): void {
  const body = answer?.body as (SpItem<unknown> & { '@odata.etag'?: string; id?: string }) | undefined;
  if (!body) return;
  const etag = body['@odata.etag'] ?? etagOf(body);
  const id = answer?.status === 201 ? body.id : cache.portfolioRow?.id;
  if (id) cache.portfolioRow = { id, ...(etag ? { etag } : {}) };
}

/**
 * What the derived writes of a tick answered: done, or a catch-up is needed (someone else wrote a derived row
 * since we read it). Throws a retryable StoreError when they failed for a passing reason.
 */
export function derivedOutcome(ctx: DerivedRowsContext, cache: ProjectCache, answers: Map<string, BatchAnswer>): 'done' | 'catchUp' {
  const lock = answers.get('lock');
  if (isConflict(lock)) return 'catchUp';
  throwIfPassing(lock, 'Ordering the Portfolio row');
  if (isOk(lock)) noteLockWritten(cache, lock);
  const portfolio = answers.get('portfolio');
  if (!portfolio || !ctx.portfolio) return 'done';
  if (isConflict(portfolio) || portfolio.status === 424) return 'catchUp';
  if (portfolio.status === 400 && ctx.portfolioLacksColumn(portfolio)) return 'catchUp';
  throwIfPassing(portfolio, 'Writing the Portfolio row');
  if (isOk(portfolio)) notePortfolioWritten(cache, portfolio);
  else if (portfolio.status === 404) cache.portfolioRow = null; // deleted by hand: the catch-up writes it again
  ctx.portfolioAnswered(cache, portfolio);
  return portfolio.status === 404 ? 'catchUp' : 'done';
}

/**
 * Reads the Portfolio row, then the project row, then the items (each read after the one before, so what is read
 * is at least as new as the eTags read), recomputes, and writes the Portfolio row when it differs (If-Match); again
 * on 412. Without the coordination site it only refreshes the copy (nothing else is derived).
 */
export async function catchUpDerived(ctx: DerivedRowsContext, cache: ProjectCache, touchedAt?: string): Promise<void> {
  let portfolio = ctx.portfolio;
  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    const projectKey = cache.state.project.projectKey;
    const reads: BatchPart[] = [];
    if (portfolio) reads.push({ id: 'portfolio', method: 'GET', url: itemsWhere(portfolio, fieldEquals('portfolio', 'ProjectKey', projectKey)) });
    reads.push({ id: 'project', method: 'GET', url: projectItems(listRef(cache.location, 'projects'), projectKey), ...(portfolio ? { dependsOn: ['portfolio'] } : {}) });
    reads.push({ id: 'items', method: 'GET', url: projectItems(listRef(cache.location, 'checklist'), projectKey), dependsOn: ['project'] });
    const read = await sendBatch(ctx.graph, reads);
    if (portfolio && !isOk(read.get('portfolio'))) {
      const answer = read.get('portfolio');
      throwIfPassing(answer, 'Reading the Portfolio row');
      ctx.portfolioAnswered(cache, answer);
      portfolio = undefined; // the coordination site refuses: refresh the copy alone
      continue;
    }
    for (const id of ['project', 'items']) {
      const answer = read.get(id);
      if (!isOk(answer)) throw storeErrorFor(answer?.status ?? 0, answer?.body, 'Reading the project again', 'projectNotFound');
    }
    const projectRow = (read.get('project')?.body as Page<SpItem<ProjectRow>>).value?.[0];
    if (!projectRow?.fields) throw new StoreError('projectNotFound', 'The project row is gone');
    rememberProjectRow(cache, projectRow);
    const items = await readRemainingPages(ctx.graph, read.get('items')?.body as Page<SpItem<ChecklistRow>>, 'listsMissing');
    replaceItemRows(ctx.model, cache, items.items);
    if (!portfolio) return;

    const summary = summaryOf(ctx.model, cache);
    const item = (read.get('portfolio')?.body as Page<PortfolioSPItem>).value?.[0];
    cache.portfolioRow = item ? { id: item.id, ...(etagOf(item) ? { etag: etagOf(item) } : {}) } : null;
    // The row must be at least as new as the change being settled (its RowUpdatedAt), not only equal in figures.
    const changedAt = later(touchedAt, cache.state.project.updatedAt);
    if (item && derivedRowStaleness(ctx, cache, item, changedAt).length === 0) return;
    const answers = await sendBatch(ctx.graph, portfolioWrites(cache, portfolio, ctx.fieldsFor(cache, summary), { after: [], ordered: false, at: changedAt }));
    if (derivedOutcome({ ...ctx, portfolio }, cache, answers) === 'done') return;
  }
  throw new StoreError('conflict', 'The Portfolio row kept changing while it was recomputed', { retryable: true, status: 412 });
}
