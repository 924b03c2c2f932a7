// Querying list items: what `fields/X` means for filtering and ordering, the observed indexed-column rule, ordering,
// page size and the skip token (https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0;
// the indexed rule and page size are observed, docs/graph-subset.md).
import type { ColumnRecord, ItemRecord, ListRecord } from '../../persistence/GraphStore';
import { GraphErrors } from '../../errors/GraphErrorFactory';
import type { EmulatorState, HandlerContext } from '../context';
import { facetOf, fieldKey } from '../columns';
import type { OrderBy, QueryOptions } from '../../odata/query';
import { lookupIdOf } from './itemJson';

export const PREFER_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

const SYSTEM_DATE_FIELDS = new Set(['created', 'modified']);

/** Resolves `fields/X` (or a top-level listItem property) for filtering and ordering, straight from the record. */
export function resolver(state: EmulatorState, columns: ColumnRecord[]) {
  const byField = new Map<string, ColumnRecord>();
  for (const c of columns) if (!c.system) byField.set(fieldKey(c).toLowerCase(), c);
  return (item: ItemRecord, segments: string[]): unknown => {
    const [head, field] = segments;
    if (head?.toLowerCase() === 'fields' && field !== undefined) {
      const f = field.toLowerCase();
      switch (f) {
        case 'id': return item.id;
        case 'created': return item.createdDateTime;
        case 'modified': return item.lastModifiedDateTime;
        case 'authorlookupid': return lookupIdOf(state, item.authorId);
        case 'editorlookupid': return lookupIdOf(state, item.editorId);
        case 'contenttype': return 'Item';
      }
      const column = byField.get(f) ?? columnFor(columns, field);
      return column ? item.fields[fieldKey(column)] : undefined;
    }
    if (head === 'id') return item.id;
    if (head === 'createdDateTime') return item.createdDateTime;
    if (head === 'lastModifiedDateTime') return item.lastModifiedDateTime;
    return undefined;
  };
}

export function columnFor(columns: ColumnRecord[], field: string): ColumnRecord | undefined {
  const f = field.toLowerCase();
  return columns.find((c) => c.name.toLowerCase() === f || fieldKey(c).toLowerCase() === f || (c.system && `${c.name.toLowerCase()}lookupid` === f));
}

/** Applies the observed rule: filter/orderby only on indexed columns unless the Prefer header (or the setting) allows it. */
export function checkIndexed(ctx: HandlerContext, list: ListRecord, columns: ColumnRecord[], paths: string[][]): void {
  let nonIndexed = false;
  for (const segments of paths) {
    const [head, field] = segments;
    if (head?.toLowerCase() !== 'fields') {
      if (!['id', 'createdDateTime', 'lastModifiedDateTime'].includes(head ?? '')) throw GraphErrors.invalidRequest(`Property '${segments.join('/')}' cannot be used in filter or orderby.`);
      continue;
    }
    if (field === undefined || segments.length !== 2) throw GraphErrors.invalidRequest(`Invalid field reference '${segments.join('/')}'.`);
    if (field.toLowerCase() === 'id') continue;
    const column = columnFor(columns, field);
    if (!column) throw GraphErrors.unknownField(field);
    if (column.definition.indexed === true) continue;
    const prefer = (ctx.req.headers.prefer ?? '').toLowerCase().includes(PREFER_NON_INDEXED);
    if (!prefer && ctx.state.settings.nonIndexedFilter === 'reject') throw GraphErrors.nonIndexed(field);
    nonIndexed = true;
  }
  if (nonIndexed && ctx.state.store.countItems(list.id) > ctx.state.settings.nonIndexedFailureThreshold) {
    if (ctx.state.settings.nonIndexedFailure === 'throttle') throw GraphErrors.throttled(ctx.state.settings.throttleRetryAfterSeconds);
    throw GraphErrors.notSupported('The attempted operation is prohibited because it exceeds the list view threshold.');
  }
}

export function isDatePath(columns: ColumnRecord[], segments: string[]): boolean {
  const [head, field] = segments;
  if (head?.toLowerCase() !== 'fields') return head === 'createdDateTime' || head === 'lastModifiedDateTime';
  if (!field) return false;
  if (SYSTEM_DATE_FIELDS.has(field.toLowerCase())) return true;
  const c = columnFor(columns, field);
  return c !== undefined && facetOf(c) === 'dateTime';
}

/** Orders items by `$orderby` (dates as dates, numbers as numbers, text as Norwegian collation), then by id. */
export function itemComparator(orderBy: OrderBy[], resolve: (i: ItemRecord, s: string[]) => unknown, columns: ColumnRecord[]): (x: ItemRecord, y: ItemRecord) => number {
  const cmp = (a: unknown, b: unknown, date: boolean): number => {
    if (a === b) return 0;
    if (a === undefined || a === null) return -1;
    if (b === undefined || b === null) return 1;
    if (date) return Date.parse(String(a)) - Date.parse(String(b));
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), 'nb', { sensitivity: 'base' });
  };
  return (x, y) => {
    for (const o of orderBy) {
      const c = cmp(resolve(x, o.path), resolve(y, o.path), isDatePath(columns, o.path));
      if (c !== 0) return o.descending ? -c : c;
    }
    return x.id - y.id;
  };
}

// The skiptoken looks like SharePoint's own (base64 of "Paged=TRUE&p_ID=N"): keyset by id when unordered, offset when ordered.
export function parseSkipToken(q: QueryOptions): { afterId?: number; offset?: number } {
  if (q.skipToken === undefined) return {};
  const decoded = Buffer.from(q.skipToken, 'base64url').toString('utf8');
  const byId = /^Paged=TRUE&p_ID=(\d+)$/.exec(decoded);
  const byOffset = /^Paged=TRUE&p_Offset=(\d+)$/.exec(decoded);
  if (byId?.[1] !== undefined && q.orderBy.length === 0) return { afterId: Number(byId[1]) };
  if (byOffset?.[1] !== undefined) return { offset: Number(byOffset[1]) };
  throw GraphErrors.invalidRequest('Invalid $skiptoken.');
}

export function nextSkipToken(q: QueryOptions, page: ItemRecord[], nextOffset: number): string {
  const last = page[page.length - 1];
  const token = q.orderBy.length === 0 && last ? `Paged=TRUE&p_ID=${last.id}` : `Paged=TRUE&p_Offset=${nextOffset}`;
  return Buffer.from(token).toString('base64url');
}

/** The page size: `$top` when smaller than the setting, else the setting (about 200, observed: docs/graph-subset.md). */
export const pageSizeFor = (state: EmulatorState, q: QueryOptions): number =>
  q.top !== undefined && q.top > 0 ? Math.min(q.top, state.settings.pageSize) : state.settings.pageSize;

/** Query parameters to carry into a nextLink: everything but the old skiptoken. */
export function carriedParams(query: URLSearchParams): [string, string][] {
  return [...query.entries()].filter(([k]) => k.replace(/^\$/, '').toLowerCase() !== 'skiptoken');
}
