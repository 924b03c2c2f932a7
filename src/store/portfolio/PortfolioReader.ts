// Reading the whole Portfolio list for the coordinators' overview, and keeping it current through delta.
//
// A cold load is the list's delta enumeration itself: `items/delta?$expand=fields($select=…)&$top=…` pages through
// every item and its last page carries the deltaLink, so the cursor costs no extra round trip. With the list located
// (one request, cached in the cursor) 1,000 rows cost ceil(1000 / page size) + 1 requests. A refresh with nothing
// changed is one delta request (1 RU). A stale token (410) or a list that vanished (404) reads everything again.
import type { PortfolioRow } from '../../domain/portfolio/types';
import { StoreError } from '../graphClient/StoreError';
import type { SiteAddress } from '../sharepoint/addresses';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { storeErrorFor } from '../graphClient/storeErrors';
import { fieldEquals, itemsQuery } from '../sharepoint/odata';
import { locatePortfolio } from './locatePortfolio';
import type { PortfolioLocation } from './locatePortfolio';
import { PORTFOLIO_SELECT, PORTFOLIO_PAGE_SIZE } from './PortfolioSPItem';
import type { GraphPage, PortfolioSPItem } from './PortfolioSPItem';
import { readPortfolioRows } from './rowModels';
import type { RowModelSource } from './rowModels';


export interface PortfolioReaderOptions {
  /** The models the rows are read against, each row against its project's version (rowModels.ts). */
  models: RowModelSource;
  /** `$top` asked for; the service may page smaller. */
  pageSize?: number;
}

/** Where the next refresh starts: the list's location and the delta link. Opaque to callers; serialisable. */
export interface PortfolioCursor {
  location: PortfolioLocation;
  deltaLink: string;
}

export interface LoadedPortfolio {
  rows: PortfolioRow[];
  cursor: PortfolioCursor;
}

export interface PortfolioChanges {
  /** Rows added or changed since the cursor (each once, its latest state). */
  changed: PortfolioRow[];
  /** Item ids (PortfolioRow.itemId) deleted since the cursor. */
  deleted: string[];
  cursor: PortfolioCursor;
  /** The token was stale (410) or the list was replaced: `rows` holds the whole list and replaces what the caller has. */
  resynced: boolean;
  rows?: PortfolioRow[];
}

const deltaPath = (location: PortfolioLocation, top: number): string =>
  `${location.siteBase}/lists/${encodeURIComponent(location.listId)}/items/delta?${itemsQuery({ select: PORTFOLIO_SELECT, top })}`;

/** Follows nextLinks from `first` to the deltaLink; entries by item id, the last occurrence winning (Graph may repeat one). */
async function readDelta(graph: GraphConnection, first: string): Promise<{ entries: Map<string, PortfolioSPItem>; deltaLink: string }> {
  const entries = new Map<string, PortfolioSPItem>();
  let path: string | undefined = first;
  while (path !== undefined) {
    const answer = await graph.send<GraphPage<PortfolioSPItem>>({ method: 'GET', path });
    if (answer.status < 200 || answer.status >= 300) throw storeErrorFor(answer.status, answer.body, 'Portfolio delta', 'listsMissing');
    for (const entry of answer.body?.value ?? []) {
      entries.delete(entry.id);
      entries.set(entry.id, entry);
    }
    const page: GraphPage<PortfolioSPItem> = answer.body ?? {};
    if (page['@odata.deltaLink']) return { entries, deltaLink: page['@odata.deltaLink'] };
    path = page['@odata.nextLink'];
  }
  throw new StoreError('unknown', 'Portfolio delta ended without a deltaLink');
}

const isDeleted = (entry: PortfolioSPItem): boolean => entry.deleted !== undefined;

/** The whole Portfolio list. `where` is the coordination site, or a location from an earlier cursor. */
export async function loadPortfolio(graph: GraphConnection, where: SiteAddress | PortfolioLocation, options: PortfolioReaderOptions): Promise<LoadedPortfolio> {
  const location = 'listId' in where ? where : await locatePortfolio(graph, where);
  const { entries, deltaLink } = await readDelta(graph, deltaPath(location, options.pageSize ?? PORTFOLIO_PAGE_SIZE));
  const rows = await readPortfolioRows([...entries.values()].filter((e) => !isDeleted(e)), options.models);
  return { rows, cursor: { location, deltaLink } };
}

/** What changed since `cursor`. Nothing changed: exactly one request. */
export async function refreshPortfolio(graph: GraphConnection, cursor: PortfolioCursor, options: PortfolioReaderOptions): Promise<PortfolioChanges> {
  let read: Awaited<ReturnType<typeof readDelta>>;
  try {
    read = await readDelta(graph, cursor.deltaLink);
  } catch (error) {
    if (!(error instanceof StoreError) || (error.status !== 410 && error.status !== 404)) throw error;
    // 410: the token is too old; 404: the list was deleted and provisioned again. Either way, start over.
    const fresh = await loadPortfolio(graph, error.status === 404 ? cursor.location.site : cursor.location, options);
    return { changed: [], deleted: [], cursor: fresh.cursor, resynced: true, rows: fresh.rows };
  }
  const entries = [...read.entries.values()];
  const deleted = entries.filter(isDeleted).map((entry) => entry.id);
  const changed = await readPortfolioRows(entries.filter((entry) => !isDeleted(entry)), options.models);
  return { changed, deleted, cursor: { location: cursor.location, deltaLink: read.deltaLink }, resynced: false };
}

/** One project's row, by its indexed ProjectKey: one request. Undefined when the row is missing. */
export async function readPortfolioRow(graph: GraphConnection, location: PortfolioLocation, projectKey: string, models: RowModelSource): Promise<PortfolioRow | undefined> {
  const query = itemsQuery({ select: PORTFOLIO_SELECT, filter: fieldEquals('portfolio', 'ProjectKey', projectKey), top: 2 });
  const page = await graph.call<GraphPage<PortfolioSPItem>>(
    { method: 'GET', path: `${location.siteBase}/lists/${encodeURIComponent(location.listId)}/items?${query}` },
    'listsMissing',
  );
  const item = page.value?.[0];
  return item ? (await readPortfolioRows([item], models))[0] : undefined;
}

/** The portfolio of one coordination site, for the overview and the self-healing check. */
export interface PortfolioReader {
  load(): Promise<LoadedPortfolio>;
  refresh(cursor: PortfolioCursor): Promise<PortfolioChanges>;
  readRow(projectKey: string): Promise<PortfolioRow | undefined>;
}

export function createPortfolioReader(graph: GraphConnection, coordinationSite: SiteAddress, options: PortfolioReaderOptions): PortfolioReader {
  let location: Promise<PortfolioLocation> | undefined;
  const located = (): Promise<PortfolioLocation> => {
    location ??= locatePortfolio(graph, coordinationSite).catch((error: unknown) => {
      location = undefined; // a failed lookup is not cached
      throw error;
    });
    return location;
  };
  return {
    load: async () => loadPortfolio(graph, await located(), options),
    refresh: async (cursor) => {
      const changes = await refreshPortfolio(graph, cursor, options);
      location = Promise.resolve(changes.cursor.location);
      return changes;
    },
    readRow: async (projectKey) => readPortfolioRow(graph, await located(), projectKey, options.models),
  };
}
