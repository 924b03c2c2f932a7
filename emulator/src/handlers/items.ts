// List items: https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-get?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-create?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-update?view=graph-rest-1.0
//             https://learn.microsoft.com/en-us/graph/api/listitem-delete?view=graph-rest-1.0
// The handlers; item JSON, field validation, constraints and querying live in ./listItems/.
import { randomUUID } from 'node:crypto';
import type { ColumnRecord, ItemRecord, ListRecord, SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { GraphResponse, HandlerContext } from './context';
import { absoluteLink, bodyObject, graphRoot, json, noContent, nowIso, requireRole } from './context';
import { parseQuery } from '../odata/query';
import { evaluateFilter, filterPaths } from '../odata/filter';
import { allFields, fieldsETag, itemETag, itemJson, selectFields, shapeFromQuery } from './listItems/itemJson';
import { validateFields } from './listItems/fieldValidation';
import { checkIfMatch, checkUnique, getItemOr404 } from './listItems/constraints';
import { carriedParams, checkIndexed, isDatePath, itemComparator, nextSkipToken, pageSizeFor, parseSkipToken, resolver } from './listItems/itemQuery';

export function createItemHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  requireRole(ctx, site, 'write', list);
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
  requireRole(ctx, site, 'write', list);
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
      requireRole(ctx, site, 'read', list);
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
      requireRole(ctx, site, 'write', list);
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
      requireRole(ctx, site, 'read', list);
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

export function listItemsHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  requireRole(ctx, site, 'read', list);
  const { state } = ctx;
  const q = parseQuery(ctx.req.query);
  const shape = shapeFromQuery(q, false);
  const columns = state.store.listColumns(list.id);
  const paths = [...(q.filter ? filterPaths(q.filter) : []), ...q.orderBy.map((o) => o.path)];
  checkIndexed(ctx, list, columns, paths);
  const size = pageSizeFor(state, q);
  const { afterId, offset } = parseSkipToken(q);
  const resolve = resolver(state, columns);
  const filter = q.filter;
  const { items: page, hasMore, offset: start } = state.store.queryItems(list.id, {
    ...(filter ? {
      where: (item: ItemRecord) => evaluateFilter(filter, {
        resolve: (segments) => resolve(item, segments),
        isDatePath: (segments) => isDatePath(columns, segments),
        caseInsensitive: state.settings.textComparison === 'caseInsensitive',
      }),
    } : {}),
    ...(q.orderBy.length > 0 ? { compare: itemComparator(q.orderBy, resolve, columns) } : {}),
    ...(afterId !== undefined ? { afterId } : {}),
    ...(offset !== undefined ? { offset } : {}),
    limit: size,
  });
  const body: Record<string, unknown> = {
    '@odata.context': `${graphRoot(state)}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
    value: page.map((i) => itemJson(state, site, list, columns, i, shape)),
  };
  if (hasMore) {
    body['@odata.nextLink'] = absoluteLink(state, `/sites/${site.id}/lists/${list.id}/items`, [
      ...carriedParams(ctx.req.query),
      ['$skiptoken', nextSkipToken(q, page, start + size)],
    ]);
  }
  return json(200, body);
}
