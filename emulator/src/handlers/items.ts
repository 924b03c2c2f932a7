// List items: https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-get?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-create?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-update?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-delete?view=graph-rest-1.0
// Observed behaviour (graph-lists.md): the non-indexed filter rule, page size, unknown-field message.
import { randomUUID } from 'node:crypto';
import type { ColumnRecord, ItemRecord, ListRecord, SiteRecord } from '../persistence/GraphStore';
import { GraphError, GraphErrors } from '../errors/GraphErrorFactory';
import type { EmulatorState, GraphResponse, HandlerContext } from './context';
import { absoluteLink, bodyObject, graphRoot, json, noContent, nowIso, requireRole } from './context';
import { facetOf, fieldKey } from './columns';
import { siteWebUrl } from './sites';
import type { OrderBy, QueryOptions } from '../odata/query';
import { parseQuery } from '../odata/query';
import { evaluateFilter, filterPaths } from '../odata/filter';

export const PREFER_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

/** Fields that exist on every item and that a client may not write. */
const READ_ONLY_FIELDS = new Set(
  ['id', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'AuthorLookupId', 'EditorLookupId', 'ContentType', 'ContentTypeId',
    '_UIVersionString', 'Attachments', 'Edit', 'LinkTitle', 'LinkTitleNoMenu', 'ItemChildCount', 'FolderChildCount', 'DocIcon',
    'GUID', 'UniqueId', 'FileRef', 'FileLeafRef', '_ComplianceFlags'].map((s) => s.toLowerCase()),
);

export const itemETag = (item: ItemRecord): string => `"{${item.guid}},${item.version}"`;
export const fieldsETag = (item: ItemRecord): string => `"${item.guid},${item.version}"`;

const userRef = (state: EmulatorState, userId: string): Record<string, unknown> => {
  const u = state.store.getUser(userId);
  return { user: u ? { email: u.mail, id: u.objectId, displayName: u.displayName } : { displayName: userId } };
};

const lookupIdOf = (state: EmulatorState, userId: string): string => String(state.store.getUser(userId)?.lookupId ?? 1);

/** The full `fields` of an item: system fields plus every non-empty column value (Graph omits empty ones). */
export function allFields(state: EmulatorState, columns: ColumnRecord[], item: ItemRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': fieldsETag(item), id: String(item.id) };
  for (const c of columns) {
    if (c.system) continue;
    const key = fieldKey(c);
    const value = item.fields[key];
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  Object.assign(out, {
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: lookupIdOf(state, item.authorId),
    EditorLookupId: lookupIdOf(state, item.editorId),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: item.fields.Title ?? '',
    LinkTitle: item.fields.Title ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
  });
  return out;
}

export function selectFields(fields: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select || select.length === 0 || select.includes('*')) return fields;
  const wanted = new Set(select.flatMap((s) => [s.toLowerCase(), `${s.toLowerCase()}lookupid`]));
  return Object.fromEntries(Object.entries(fields).filter(([k]) => k === '@odata.etag' || wanted.has(k.toLowerCase())));
}

export interface ItemShape {
  withFields: boolean;
  fieldSelect?: string[];
  select?: string[];
}

export function shapeFromQuery(q: QueryOptions, fieldsByDefault: boolean): ItemShape {
  const expand = q.expand.find((e) => e.name === 'fields');
  const other = q.expand.find((e) => e.name !== 'fields');
  if (other) throw GraphErrors.badRequest(`Could not find a property named '${other.name}' on type 'microsoft.graph.listItem'.`);
  const shape: ItemShape = { withFields: fieldsByDefault || expand !== undefined };
  if (expand?.select) shape.fieldSelect = expand.select;
  if (q.select) shape.select = q.select;
  return shape;
}

export function itemJson(state: EmulatorState, site: SiteRecord, list: ListRecord, columns: ColumnRecord[], item: ItemRecord, shape: ItemShape): Record<string, unknown> {
  const full: Record<string, unknown> = {
    '@odata.etag': itemETag(item),
    createdDateTime: item.createdDateTime,
    eTag: itemETag(item),
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${siteWebUrl(site)}/Lists/${list.name}/${item.id}_.000`,
    createdBy: userRef(state, item.authorId),
    lastModifiedBy: userRef(state, item.editorId),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  let out = full;
  if (shape.select && shape.select.length > 0 && !shape.select.includes('*')) {
    const wanted = new Set([...shape.select.map((s) => s.toLowerCase()), 'id']);
    out = Object.fromEntries(Object.entries(full).filter(([k]) => k === '@odata.etag' || wanted.has(k.toLowerCase())));
  }
  if (shape.withFields) {
    out['fields@odata.context'] = `${graphRoot(state)}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${item.id}')/fields/$entity`;
    out.fields = selectFields(allFields(state, columns, item), shape.fieldSelect);
  }
  return out;
}

// ---- writing ----------------------------------------------------------------------------------------------

function normalizeDate(value: unknown, key: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw GraphErrors.invalidRequest(`Invalid value for field '${key}': a date and time is expected.`);
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validateValue(state: EmulatorState, column: ColumnRecord, key: string, value: unknown): unknown {
  if (value === null) return null;
  const facet = facetOf(column) ?? 'text';
  const def = (column.definition[facet] ?? {}) as Record<string, unknown>;
  const bad = (what: string): GraphError => GraphErrors.invalidRequest(`Invalid value for field '${key}': ${what}.`);
  switch (facet) {
    case 'text': {
      if (typeof value !== 'string' && typeof value !== 'number') throw bad('a string is expected');
      const text = String(value);
      const multi = def.allowMultipleLines === true;
      const max = typeof def.maxLength === 'number' ? def.maxLength : multi ? undefined : state.settings.textMaxLength;
      if (max !== undefined && text.length > max) throw bad(`the value is longer than ${max} characters`);
      return text;
    }
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (!Number.isFinite(n)) throw bad('a number is expected');
      if (typeof def.minimum === 'number' && n < def.minimum) throw bad(`the value is less than ${def.minimum}`);
      if (typeof def.maximum === 'number' && n > def.maximum) throw bad(`the value is greater than ${def.maximum}`);
      return n;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw bad('true or false is expected');
    case 'dateTime':
      return normalizeDate(value, key);
    case 'choice': {
      if (typeof value !== 'string') throw bad('a string is expected');
      const choices = Array.isArray(def.choices) ? (def.choices as string[]) : [];
      if (!choices.includes(value) && def.allowTextEntry !== true) throw bad(`'${value}' is not one of the column's choices`);
      return value;
    }
    case 'personOrGroup':
    case 'lookup': {
      const id = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      if (!Number.isInteger(id) || id <= 0) throw bad('a lookup id (positive integer) is expected');
      return String(id);
    }
    case 'hyperlinkOrPicture': {
      if (typeof value === 'string') return { Url: value, Description: value };
      if (typeof value === 'object' && typeof (value as Record<string, unknown>).Url === 'string') return value;
      throw bad("an object with 'Url' is expected");
    }
  }
}

/** Checks a `fields` payload against the list's columns and returns the normalized values to write. */
export function validateFields(state: EmulatorState, columns: ColumnRecord[], input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw GraphErrors.invalidRequest('Invalid request body: fields must be an object.');
  const byKey = new Map<string, ColumnRecord>();
  for (const c of columns) if (!c.system) byKey.set(fieldKey(c).toLowerCase(), c);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key.includes('@odata.')) continue; // annotations such as @odata.etag are ignored on write
    const column = byKey.get(key.toLowerCase());
    if (!column) {
      if (READ_ONLY_FIELDS.has(key.toLowerCase())) throw GraphErrors.readOnlyField(key);
      const system = columns.find((c) => c.system && c.name.toLowerCase() === key.toLowerCase());
      if (system) throw GraphErrors.readOnlyField(key);
      throw GraphErrors.unknownField(key);
    }
    if (column.definition.readOnly === true) throw GraphErrors.readOnlyField(key);
    out[fieldKey(column)] = validateValue(state, column, key, value);
  }
  return out;
}

function checkUnique(state: EmulatorState, list: ListRecord, columns: ColumnRecord[], fields: Record<string, unknown>, selfId: number | undefined): void {
  // enforceUniqueColumns off: duplicates are stored, so tests prove the client's idempotence rather than SharePoint's.
  if (!state.settings.enforceUniqueColumns) return;
  const unique = columns.filter((c) => !c.system && c.definition.enforceUniqueValues === true);
  if (unique.length === 0) return;
  const norm = (v: unknown): string => (typeof v === 'string' ? v.toLowerCase() : JSON.stringify(v));
  const others = state.store.listItems(list.id).filter((i) => i.id !== selfId);
  for (const c of unique) {
    const key = fieldKey(c);
    const value = fields[key];
    if (value === undefined || value === null || value === '') continue;
    if (others.some((o) => o.fields[key] !== undefined && o.fields[key] !== null && norm(o.fields[key]) === norm(value))) {
      throw new GraphError(
        state.settings.uniqueViolationStatus,
        'nameAlreadyExists',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${c.name}].`,
      );
    }
  }
}

/** If-Match: '*' or the item's eTag in either form ("{GUID},N" or "GUID,N"), optionally weak. */
function checkIfMatch(ctx: HandlerContext, item: ItemRecord): void {
  const header = ctx.req.headers['if-match'];
  if (header === undefined) return;
  const value = header.trim();
  if (value === '*') return;
  const normalize = (s: string): string => s.replace(/^W\//i, '').replace(/["{}\s]/g, '').toLowerCase();
  if (normalize(value) !== `${item.guid},${item.version}`.toLowerCase()) throw GraphErrors.resourceModified();
}

function getItemOr404(state: EmulatorState, list: ListRecord, itemId: string): ItemRecord {
  const id = Number(itemId);
  const item = Number.isInteger(id) ? state.store.getItem(list.id, id) : undefined;
  if (!item) throw GraphErrors.notFound('Item not found');
  return item;
}

export function createItemHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  requireRole(ctx, site, 'write');
  const body = bodyObject(ctx);
  for (const key of Object.keys(body)) {
    if (key !== 'fields' && !key.startsWith('@odata.') && key !== 'contentType') throw GraphErrors.invalidRequest(`Property '${key}' cannot be set on a new listItem.`);
  }
  const { store } = ctx.state;
  const columns = store.listColumns(list.id);
  const fields = validateFields(ctx.state, columns, body.fields ?? {});
  for (const k of Object.keys(fields)) if (fields[k] === null) delete fields[k];
  const item = store.transaction(() => {
    checkUnique(ctx.state, list, columns, fields, undefined);
    const current = store.getList(site.id, list.id) ?? list;
    const now = nowIso(ctx.state);
    const record: ItemRecord = {
      listId: list.id, id: current.nextItemId, guid: randomUUID(), version: 1, fields,
      createdDateTime: now, lastModifiedDateTime: now, authorId: ctx.user.id, editorId: ctx.user.id,
    };
    store.updateList({ ...current, nextItemId: current.nextItemId + 1, lastModifiedDateTime: now });
    store.saveItem(record);
    return record;
  });
  const location = `${graphRoot(ctx.state)}/sites/${site.id}/lists/${list.id}/items/${item.id}`;
  return json(
    201,
    { '@odata.context': `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`, ...itemJson(ctx.state, site, list, columns, item, { withFields: true }) },
    { Location: location, ETag: itemETag(item) },
  );
}

function updateItem(ctx: HandlerContext, site: SiteRecord, list: ListRecord, itemId: string, input: unknown): { item: ItemRecord; columns: ColumnRecord[] } {
  requireRole(ctx, site, 'write');
  const { store } = ctx.state;
  const columns = store.listColumns(list.id);
  return store.transaction(() => {
    const item = getItemOr404(ctx.state, list, itemId);
    checkIfMatch(ctx, item);
    const changes = validateFields(ctx.state, columns, input);
    const fields = { ...item.fields, ...changes };
    for (const k of Object.keys(fields)) if (fields[k] === null) delete fields[k];
    checkUnique(ctx.state, list, columns, fields, item.id);
    const next: ItemRecord = { ...item, fields, version: item.version + 1, lastModifiedDateTime: nowIso(ctx.state), editorId: ctx.user.id };
    store.saveItem(next);
    return { item: next, columns };
  });
}

export function itemHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord, itemId: string): GraphResponse {
  const { state } = ctx;
  const context = `${graphRoot(state)}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`;
  switch (ctx.req.method) {
    case 'GET': {
      requireRole(ctx, site, 'read');
      const item = getItemOr404(state, list, itemId);
      const shape = shapeFromQuery(parseQuery(ctx.req.query), true);
      return json(200, { '@odata.context': context, ...itemJson(state, site, list, state.store.listColumns(list.id), item, shape) }, { ETag: itemETag(item) });
    }
    case 'PATCH': {
      const body = bodyObject(ctx);
      for (const key of Object.keys(body)) {
        if (key !== 'fields' && !key.startsWith('@odata.')) throw GraphErrors.invalidRequest(`Property '${key}' cannot be updated on a listItem.`);
      }
      const { item, columns } = updateItem(ctx, site, list, itemId, body.fields ?? {});
      return json(200, { '@odata.context': context, ...itemJson(state, site, list, columns, item, { withFields: true }) }, { ETag: itemETag(item) });
    }
    case 'DELETE': {
      requireRole(ctx, site, 'write');
      state.store.transaction(() => {
        const item = getItemOr404(state, list, itemId);
        checkIfMatch(ctx, item);
        state.store.deleteItem(list.id, item.id);
      });
      return noContent();
    }
    default:
      throw GraphErrors.methodNotAllowed();
  }
}

export function fieldsHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord, itemId: string): GraphResponse {
  const { state } = ctx;
  const context = `${graphRoot(state)}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${itemId}')/fields/$entity`;
  switch (ctx.req.method) {
    case 'GET': {
      requireRole(ctx, site, 'read');
      const item = getItemOr404(state, list, itemId);
      const q = parseQuery(ctx.req.query);
      return json(200, { '@odata.context': context, ...selectFields(allFields(state, state.store.listColumns(list.id), item), q.select) }, { ETag: fieldsETag(item) });
    }
    case 'PATCH': {
      const { item, columns } = updateItem(ctx, site, list, itemId, bodyObject(ctx));
      return json(200, { '@odata.context': context, ...allFields(state, columns, item) }, { ETag: fieldsETag(item) });
    }
    default:
      throw GraphErrors.methodNotAllowed();
  }
}

// ---- querying ---------------------------------------------------------------------------------------------

const SYSTEM_DATE_FIELDS = new Set(['created', 'modified']);

/** Resolves `fields/X` (or a top-level listItem property) for filtering and ordering, straight from the record. */
function resolver(state: EmulatorState, columns: ColumnRecord[]) {
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

function columnFor(columns: ColumnRecord[], field: string): ColumnRecord | undefined {
  const f = field.toLowerCase();
  return columns.find((c) => c.name.toLowerCase() === f || fieldKey(c).toLowerCase() === f || (c.system && `${c.name.toLowerCase()}lookupid` === f));
}

/** Applies the observed rule: filter/orderby only on indexed columns unless the Prefer header (or the setting) allows it. */
function checkIndexed(ctx: HandlerContext, list: ListRecord, columns: ColumnRecord[], paths: string[][]): void {
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

function isDatePath(columns: ColumnRecord[], segments: string[]): boolean {
  const [head, field] = segments;
  if (head?.toLowerCase() !== 'fields') return head === 'createdDateTime' || head === 'lastModifiedDateTime';
  if (!field) return false;
  if (SYSTEM_DATE_FIELDS.has(field.toLowerCase())) return true;
  const c = columnFor(columns, field);
  return c !== undefined && facetOf(c) === 'dateTime';
}

function sortItems(items: ItemRecord[], orderBy: OrderBy[], resolve: (i: ItemRecord, s: string[]) => unknown, columns: ColumnRecord[]): ItemRecord[] {
  const cmp = (a: unknown, b: unknown, date: boolean): number => {
    if (a === b) return 0;
    if (a === undefined || a === null) return -1;
    if (b === undefined || b === null) return 1;
    if (date) return Date.parse(String(a)) - Date.parse(String(b));
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), 'nb', { sensitivity: 'base' });
  };
  return [...items].sort((x, y) => {
    for (const o of orderBy) {
      const c = cmp(resolve(x, o.path), resolve(y, o.path), isDatePath(columns, o.path));
      if (c !== 0) return o.descending ? -c : c;
    }
    return x.id - y.id;
  });
}

/** The page size: `$top` when smaller than the setting, else the setting (graph-lists.md: about 200, observed). */
export const pageSizeFor = (state: EmulatorState, q: QueryOptions): number =>
  q.top !== undefined && q.top > 0 ? Math.min(q.top, state.settings.pageSize) : state.settings.pageSize;

/** Query parameters to carry into a nextLink: everything but the old skiptoken. */
export function carriedParams(query: URLSearchParams): [string, string][] {
  return [...query.entries()].filter(([k]) => k.replace(/^\$/, '').toLowerCase() !== 'skiptoken');
}

export function listItemsHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  requireRole(ctx, site, 'read');
  const { state } = ctx;
  const q = parseQuery(ctx.req.query);
  const shape = shapeFromQuery(q, false);
  const columns = state.store.listColumns(list.id);
  const paths = [...(q.filter ? filterPaths(q.filter) : []), ...q.orderBy.map((o) => o.path)];
  checkIndexed(ctx, list, columns, paths);
  // The skiptoken looks like SharePoint's own (base64 of "Paged=TRUE&p_ID=N"): keyset by id when unordered, offset when ordered.
  const size = pageSizeFor(state, q);
  let afterId: number | undefined;
  let offset: number | undefined;
  if (q.skipToken !== undefined) {
    const decoded = Buffer.from(q.skipToken, 'base64url').toString('utf8');
    const byId = /^Paged=TRUE&p_ID=(\d+)$/.exec(decoded);
    const byOffset = /^Paged=TRUE&p_Offset=(\d+)$/.exec(decoded);
    if (byId?.[1] !== undefined && q.orderBy.length === 0) afterId = Number(byId[1]);
    else if (byOffset?.[1] !== undefined) offset = Number(byOffset[1]);
    else throw GraphErrors.invalidRequest('Invalid $skiptoken.');
  }

  let page: ItemRecord[];
  let hasMore: boolean;
  if (!q.filter && q.orderBy.length === 0 && offset === undefined) {
    // Plain enumeration: read one page from the store instead of the whole list.
    const fetched = state.store.listItemsAfter(list.id, afterId ?? 0, size + 1);
    page = fetched.slice(0, size);
    hasMore = fetched.length > size;
  } else {
    const resolve = resolver(state, columns);
    let items = state.store.listItems(list.id);
    if (q.filter) {
      const filter = q.filter;
      items = items.filter((item) =>
        evaluateFilter(filter, {
          resolve: (segments) => resolve(item, segments),
          isDatePath: (segments) => isDatePath(columns, segments),
          caseInsensitive: state.settings.textComparison === 'caseInsensitive',
        }),
      );
    }
    if (q.orderBy.length > 0) items = sortItems(items, q.orderBy, resolve, columns);
    let start = offset ?? 0;
    if (afterId !== undefined) {
      start = items.findIndex((i) => i.id > afterId);
      if (start === -1) start = items.length;
    }
    page = items.slice(start, start + size);
    hasMore = start + size < items.length;
    offset = start;
  }
  const body: Record<string, unknown> = {
    '@odata.context': `${graphRoot(state)}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
    value: page.map((i) => itemJson(state, site, list, columns, i, shape)),
  };
  if (hasMore) {
    const last = page[page.length - 1];
    const token = q.orderBy.length === 0 && last ? `Paged=TRUE&p_ID=${last.id}` : `Paged=TRUE&p_Offset=${(offset ?? 0) + size}`;
    body['@odata.nextLink'] = absoluteLink(state, `/sites/${site.id}/lists/${list.id}/items`, [
      ...carriedParams(ctx.req.query),
      ['$skiptoken', Buffer.from(token).toString('base64url')],
    ]);
  }
  return json(200, body);
}

