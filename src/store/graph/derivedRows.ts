// The derived rows of a project (its Summary column and its Portfolio row) converge by construction: each is written
// with If-Match on the eTag the writer last saw, so a writer whose copy of the project is stale gets a 412 instead of
// overwriting a newer summary; it then catches up (reads the rows again, in an order that makes the read at least as
// new as the eTag) and recomputes. Whoever writes last has therefore seen every state write before its own.
import type { PhaseModel } from '../../model/types';
import { portfolioRowStaleness } from '../../domain/portfolio/rowHealth';
import { summarizeProject } from '../../domain/summary';
import type { ProjectSummary } from '../../domain/summary';
import { StoreError } from '../ChecklistStore';
import { fieldEquals } from '../odata/escape';
import { portfolioRowFromItem } from '../portfolio/portfolioRowFromItem';
import type { PortfolioSPItem } from '../portfolio/PortfolioSPItem';
import { isOk, sendBatch } from './batch';
import type { BatchAnswer, BatchPart } from './batch';
import type { GraphConnection } from './createGraphClient';
import { itemFieldsPath, itemsPath, itemsWhere, listRef, projectItems } from './listPaths';
import type { ListRef } from './listPaths';
import { readRemainingPages } from './paging';
import type { Page } from './paging';
import { etagOf, rememberProjectRow, replaceItemRows } from './projectCache';
import type { ProjectCache, RowRef } from './projectCache';
import type { ChecklistRow, ProjectRow, SpItem } from './rows';
import { RETRYABLE_STATUSES } from './retryPolicy';
import { storeErrorFor } from './storeErrors';

export type PortfolioFields = Record<string, string | number | null>;

export interface DerivedRowsContext {
  graph: GraphConnection;
  model: PhaseModel;
  /** The Portfolio list, when the coordination site is known. */
  portfolio?: ListRef;
  fieldsFor(cache: ProjectCache, summary: ProjectSummary): PortfolioFields;
  /** A refusal in the coordination site (403, list gone) never fails a tick: the UI shows the row as behind. */
  portfolioAnswered(cache: ProjectCache, answer: BatchAnswer | undefined): void;
}

/** Catch-up rounds before giving up with a retryable `conflict` (the session sends the intent again). */
const MAX_ROUNDS = 6;

export const summaryOf = (model: PhaseModel, cache: ProjectCache): ProjectSummary => summarizeProject(model, cache.state, cache.gateOverrides);

const ifMatch = (row: RowRef | null | undefined): Record<string, string> => (row?.etag ? { 'If-Match': row.etag } : {});

/** The Summary write after an item's state write (If-Match: someone else's newer summary makes it a 412). */
export function summaryPart(cache: ProjectCache, summaryJson: string, updatedAt: string | undefined, dependsOn: string[]): BatchPart {
  const projects = listRef(cache.location, 'projects');
  const id = cache.projectRow?.id;
  if (!id) throw new StoreError('projectNotFound', 'The project row is unknown');
  return { id: 'summary', method: 'PATCH', url: itemFieldsPath(projects, id), headers: ifMatch(cache.projectRow), body: { Summary: summaryJson, ...(updatedAt ? { UpdatedAt: updatedAt } : {}) }, dependsOn };
}

/** The Portfolio row's write: a PATCH with If-Match on the row we last saw, or a POST (ProjectKey is unique). */
export function portfolioPart(cache: ProjectCache, list: ListRef, fields: PortfolioFields, dependsOn: string[]): BatchPart {
  const row = cache.portfolioRow;
  return row
    ? { id: 'portfolio', method: 'PATCH', url: itemFieldsPath(list, row.id), headers: ifMatch(row), body: fields, dependsOn }
    : { id: 'portfolio', method: 'POST', url: itemsPath(list), body: { fields }, dependsOn };
}

export const isConflict = (answer: BatchAnswer | undefined): boolean => answer?.status === 412 || answer?.status === 409;

/** A derived write that failed for a reason that passes (throttled, unavailable): the intent is sent again. */
function throwIfPassing(answer: BatchAnswer | undefined, what: string): void {
  if (answer && RETRYABLE_STATUSES.has(answer.status)) {
    throw new StoreError(storeErrorFor(answer.status, answer.body, what).code, `${what}: ${answer.status}`, { retryable: true, status: answer.status });
  }
}

/** Remembers the eTag a derived write answered with (PATCH fields or POST item). */
export function noteSummaryWritten(cache: ProjectCache, answer: BatchAnswer | undefined, summaryJson: string): void {
  const etag = (answer?.body as { '@odata.etag'?: string } | undefined)?.['@odata.etag'];
  if (cache.projectRow) cache.projectRow = { ...cache.projectRow, ...(etag ? { etag } : {}) };
  cache.storedSummary = summaryJson;
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
export function derivedOutcome(ctx: DerivedRowsContext, cache: ProjectCache, answers: Map<string, BatchAnswer>, summaryJson: string, summaryId: 'summary' | 'state'): 'done' | 'catchUp' {
  const summary = answers.get(summaryId);
  if (isConflict(summary)) return 'catchUp';
  throwIfPassing(summary, 'Writing the summary');
  if (isOk(summary)) noteSummaryWritten(cache, summary, summaryJson);
  const portfolio = answers.get('portfolio');
  if (!portfolio || !ctx.portfolio) return 'done';
  if (isConflict(portfolio) || portfolio.status === 424) return 'catchUp';
  throwIfPassing(portfolio, 'Writing the Portfolio row');
  if (isOk(portfolio)) notePortfolioWritten(cache, portfolio);
  else if (portfolio.status === 404) cache.portfolioRow = null; // deleted by hand: the catch-up writes it again
  ctx.portfolioAnswered(cache, portfolio);
  return portfolio.status === 404 ? 'catchUp' : 'done';
}

/**
 * Reads the Portfolio row, then the project row, then the items (each read after the one before, so what is read
 * is at least as new as the eTags read), recomputes, and writes what differs with If-Match; again on 412.
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
      portfolio = undefined; // the coordination site refuses: settle the summary alone
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

    const summary = summaryOf(ctx.model, cache);
    const summaryJson = JSON.stringify(summary);
    const storedUpdatedAt = cache.state.project.updatedAt;
    const updatedAt = touchedAt && (!storedUpdatedAt || Date.parse(touchedAt) > Date.parse(storedUpdatedAt)) ? touchedAt : undefined;
    const writes: BatchPart[] = [];
    if (summaryJson !== cache.storedSummary || updatedAt) writes.push(summaryPart(cache, summaryJson, updatedAt, []));
    if (portfolio) {
      const item = (read.get('portfolio')?.body as Page<PortfolioSPItem>).value?.[0];
      cache.portfolioRow = item ? { id: item.id, ...(etagOf(item) ? { etag: etagOf(item) } : {}) } : null;
      const stale = !item || portfolioRowStaleness(portfolioRowFromItem(item, ctx.model), summary, updatedAt ?? storedUpdatedAt).length > 0;
      if (stale || writes.length > 0) writes.push(portfolioPart(cache, portfolio, ctx.fieldsFor(cache, summary), writes.length > 0 ? ['summary'] : []));
    }
    if (writes.length === 0) return;
    const answers = await sendBatch(ctx.graph, writes);
    if (!answers.has('summary')) answers.set('summary', { id: 'summary', status: 200, headers: {}, body: undefined });
    const outcome = derivedOutcome({ ...ctx, ...(portfolio ? { portfolio } : {}) }, cache, answers, summaryJson, 'summary');
    if (outcome === 'done') return;
  }
  throw new StoreError('conflict', 'The project summary kept changing while it was recomputed', { retryable: true, status: 412 });
}
