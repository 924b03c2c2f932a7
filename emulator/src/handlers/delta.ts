// Delta on list items: https://learn.microsoft.com/en-us/graph/api/listitem-delta?view=graph-rest-1.0
// and https://learn.microsoft.com/en-us/graph/delta-query-overview (410 resyncChangesApplyDifferences + Location).
import type { ItemRecord, ListRecord, SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { GraphResponse, HandlerContext } from './context';
import { absoluteLink, graphRoot, json, requireRole } from './context';
import { decodeToken, encodeToken, parseQuery, queryParam } from '../odata/query';
import { itemJson, shapeFromQuery } from './listItems/itemJson';
import { pageSizeFor } from './listItems/itemQuery';

/** What a delta token (the deltaLink's `token`) carries: the list, the change sequence it covers, when it was issued. */
interface DeltaToken { l: string; s: number; t: number; g: number }
/** What a page's `$skiptoken` carries: initial enumeration ('i') after item id `a`, or changes ('c') at offset `o`; both up to seq `u`. */
interface PageToken { m: 'i' | 'c'; l: string; f: number; u: number; a?: number; o?: number }

export function deltaHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  requireRole(ctx, site, 'read', list);
  const { state } = ctx;
  const { store, settings } = state;
  const q = parseQuery(ctx.req.query);
  const shape = shapeFromQuery(q, false);
  const path = `/sites/${site.id}/lists/${list.id}/items/delta`;
  const shapeParams: [string, string][] = [...ctx.req.query.entries()].filter(([k]) => ['expand', 'select', 'top'].includes(k.replace(/^\$/, '').toLowerCase()));
  const link = (extra: [string, string][]): string => absoluteLink(state, path, [...shapeParams, ...extra]);
  const deltaLink = (seq: number): string => link([['token', encodeToken({ l: list.id, s: seq, t: Date.now(), g: store.getDeltaEpoch() } satisfies DeltaToken)]]);
  const context = `${graphRoot(state)}/$metadata#Collection(listItem)`;
  const size = pageSizeFor(state, q);
  const columns = store.listColumns(list.id);
  const render = (item: ItemRecord): Record<string, unknown> => itemJson(state, site, list, columns, item, shape);

  const tokenParam = queryParam(ctx.req.query, 'token') ?? ctx.req.query.get('$deltatoken') ?? undefined;
  let page: PageToken;
  if (q.skipToken !== undefined) {
    const decoded = decodeToken<PageToken>(q.skipToken);
    if (!decoded || decoded.l !== list.id || (decoded.m !== 'i' && decoded.m !== 'c')) throw GraphErrors.invalidRequest('Invalid $skiptoken.');
    page = decoded;
  } else if (tokenParam === 'latest') {
    ctx.meter.ru = 1;
    return json(200, { '@odata.context': context, value: [], '@odata.deltaLink': deltaLink(store.currentSeq()) });
  } else if (tokenParam !== undefined) {
    const token = decodeToken<DeltaToken>(tokenParam);
    if (!token || token.l !== list.id || typeof token.s !== 'number' || typeof token.t !== 'number') throw GraphErrors.invalidRequest('Invalid delta token.');
    const upto = store.currentSeq();
    const stale =
      (token.g ?? 0) < store.getDeltaEpoch() ||
      Date.now() - token.t > settings.deltaTokenMaxAgeSeconds * 1000 ||
      (settings.deltaTokenMaxChanges > 0 && store.changesSince(list.id, token.s, upto).length > settings.deltaTokenMaxChanges);
    if (stale) throw GraphErrors.resyncRequired(link([]));
    page = { m: 'c', l: list.id, f: token.s, u: upto, o: 0 };
  } else {
    page = { m: 'i', l: list.id, f: 0, u: store.currentSeq(), a: 0 };
  }
  ctx.meter.ru = page.m === 'c' ? 1 : 2;

  let value: Record<string, unknown>[];
  let next: PageToken | undefined;
  if (page.m === 'i') {
    // Initial enumeration: every current item, by id. Changes made meanwhile come again with the deltaLink.
    const fetched = store.listItemsAfter(list.id, page.a ?? 0, size + 1);
    const slice = fetched.slice(0, size);
    value = slice.map(render);
    const last = slice[slice.length - 1];
    if (fetched.length > size && last) next = { ...page, a: last.id };
  } else {
    // Changes after seq f up to u, one entry per item (its latest state), oldest change first.
    const latest = new Map<number, { seq: number; deleted: boolean }>();
    for (const c of store.changesSince(list.id, page.f, page.u)) {
      latest.delete(c.itemId);
      latest.set(c.itemId, { seq: c.seq, deleted: c.deleted });
    }
    const entries = [...latest.entries()];
    const offset = page.o ?? 0;
    const slice = entries.slice(offset, offset + size);
    value = slice.map(([itemId, change]) => {
      const item = change.deleted ? undefined : store.getItem(list.id, itemId);
      return item ? render(item) : { id: String(itemId), deleted: { state: 'deleted' } };
    });
    if (entries.length > offset + size) next = { ...page, o: offset + size };
  }
  const body: Record<string, unknown> = { '@odata.context': context, value };
  if (next) body['@odata.nextLink'] = link([['$skiptoken', encodeToken(next)]]);
  else body['@odata.deltaLink'] = deltaLink(page.u);
  return json(200, body);
}
