// Lists: https://learn.microsoft.com/en-us/graph/api/list-create?view=graph-rest-1.0
//        https://learn.microsoft.com/en-us/graph/api/list-get?view=graph-rest-1.0
//        https://learn.microsoft.com/en-us/graph/api/list-list?view=graph-rest-1.0
import { randomUUID } from 'node:crypto';
import type { ListRecord, SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { EmulatorState, GraphResponse, HandlerContext } from './context';
import { bodyObject, graphRoot, json, noContent, nowIso, requireRole, requireSiteRead } from './context';
import { builtInColumns, columnJson, makeColumn } from './columns';
import { siteWebUrl } from './sites';
import { DOCUMENT_LIBRARY, createLibraryDrive, libraryWebUrl } from './drives';
import { applySelect, parseQuery } from '../odata/query';
import { evaluateFilter } from '../odata/filter';

export function listJson(state: EmulatorState, site: SiteRecord, list: ListRecord): Record<string, unknown> {
  const creator = state.store.getUser(list.createdBy);
  return {
    '@odata.etag': `"${list.id},${1}"`,
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: `"${list.id},1"`,
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: list.template === DOCUMENT_LIBRARY ? libraryWebUrl(site, list) : `${siteWebUrl(site)}/Lists/${list.name}`,
    displayName: list.displayName,
    createdBy: creator ? { user: { email: creator.mail, id: creator.objectId, displayName: creator.displayName } } : undefined,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

function withExpansions(ctx: HandlerContext, site: SiteRecord, list: ListRecord, q: ReturnType<typeof parseQuery>): Record<string, unknown> {
  const body = applySelect(listJson(ctx.state, site, list), q.select, ['id']);
  for (const e of q.expand) {
    if (e.name === 'columns') body.columns = ctx.state.store.listColumns(list.id).map((c) => applySelect(columnJson(c), e.select));
    else if (e.name !== 'items') throw GraphErrors.badRequest(`Could not find a property named '${e.name}' on type 'microsoft.graph.list'.`);
  }
  return body;
}

export function findList(state: EmulatorState, site: SiteRecord, idOrTitle: string): ListRecord {
  const list = state.store.getList(site.id, decodeURIComponent(idOrTitle));
  if (!list) throw GraphErrors.notFound('List not found');
  return list;
}

export function listListsHandler(ctx: HandlerContext, site: SiteRecord): GraphResponse {
  const { limitedTo } = requireSiteRead(ctx, site);
  const q = parseQuery(ctx.req.query);
  let lists = ctx.state.store.listLists(site.id).filter((l) => !limitedTo || limitedTo.has(l.id));
  if (q.filter) {
    const filter = q.filter;
    lists = lists.filter((l) => {
      const entity = listJson(ctx.state, site, l);
      return evaluateFilter(filter, {
        caseInsensitive: true,
        resolve: (segments) => segments.reduce<unknown>((value, seg) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined), entity),
        isDatePath: (segments) => segments.length === 1 && /DateTime$/.test(segments[0] ?? ''),
      });
    });
  }
  return json(200, {
    '@odata.context': `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/lists`,
    value: lists.map((l) => withExpansions(ctx, site, l, q)),
  });
}

export function createListHandler(ctx: HandlerContext, site: SiteRecord): GraphResponse {
  requireRole(ctx, site, 'owner');
  const body = bodyObject(ctx);
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || displayName.trim() === '') throw GraphErrors.invalidRequest("The list must have a 'displayName'.");
  const { store } = ctx.state;
  const existing = store.listLists(site.id);
  const name = displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'List';
  if (existing.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase() || l.name.toLowerCase() === name.toLowerCase())) {
    throw GraphErrors.nameAlreadyExists(`A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
  }
  const listFacet = body.list;
  const template = listFacet && typeof listFacet === 'object' && typeof (listFacet as Record<string, unknown>).template === 'string'
    ? ((listFacet as Record<string, unknown>).template as string)
    : 'genericList';
  if (template !== 'genericList' && template !== DOCUMENT_LIBRARY) {
    throw GraphErrors.invalidRequest(`The emulator supports the 'genericList' and '${DOCUMENT_LIBRARY}' templates, not '${template}'.`);
  }
  if (body.columns !== undefined && !Array.isArray(body.columns)) throw GraphErrors.invalidRequest("'columns' must be an array.");
  const now = nowIso(ctx.state);
  const list: ListRecord = {
    id: randomUUID(), siteId: site.id, name, displayName,
    description: typeof body.description === 'string' ? body.description : '',
    template, createdDateTime: now, lastModifiedDateTime: now, createdBy: ctx.user.id, nextItemId: 1,
  };
  const columns = builtInColumns(list.id);
  for (const [i, input] of ((body.columns as unknown[] | undefined) ?? []).entries()) {
    if (!input || typeof input !== 'object') throw GraphErrors.invalidRequest('Each column must be an object.');
    columns.push(makeColumn(list.id, input as Record<string, unknown>, columns, i + 1));
  }
  store.transaction(() => {
    store.insertList(list);
    for (const c of columns) store.insertColumn(c);
    if (template === DOCUMENT_LIBRARY) createLibraryDrive(ctx.state, site, list, false); // a document library is a drive
  });
  const location = `${graphRoot(ctx.state)}/sites/${site.id}/lists/${list.id}`;
  return json(201, { '@odata.context': `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/lists/$entity`, ...listJson(ctx.state, site, list) }, { Location: location });
}

export function listHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  switch (ctx.req.method) {
    case 'GET': {
      requireRole(ctx, site, 'read', list);
      const q = parseQuery(ctx.req.query);
      return json(200, { '@odata.context': `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/lists/$entity`, ...withExpansions(ctx, site, list, q) });
    }
    case 'PATCH': {
      // https://learn.microsoft.com/en-us/graph/api/list-update: an owner may rename a list or change its description.
      requireRole(ctx, site, 'owner');
      const body = bodyObject(ctx);
      const displayName = typeof body.displayName === 'string' ? body.displayName.trim() : list.displayName;
      if (!displayName) throw GraphErrors.invalidRequest("'displayName' must not be empty.");
      if (displayName !== list.displayName && ctx.state.store.listLists(site.id).some((other) => other.id !== list.id && other.displayName === displayName)) {
        throw GraphErrors.nameAlreadyExists(`A list named '${displayName}' already exists.`);
      }
      const updated: ListRecord = { ...list, displayName, description: typeof body.description === 'string' ? body.description : list.description, lastModifiedDateTime: nowIso(ctx.state) };
      ctx.state.store.updateList(updated);
      return json(200, listJson(ctx.state, site, updated));
    }
    case 'DELETE':
      requireRole(ctx, site, 'owner');
      ctx.state.store.deleteList(list.id);
      return noContent();
    default:
      throw GraphErrors.methodNotAllowed();
  }
}
