// Sites: https://learn.microsoft.com/en-us/graph/api/site-get?view=graph-rest-1.0
// Addressing: /sites/root, /sites/{hostname}, /sites/{hostname}:/{server-relative-path}[:/rest] (also with the address
// percent-encoded, as Kiota-based SDKs send it), /sites/{site-id} (commas raw or %2C), /groups/{group-id}/sites/root.
import type { SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { EmulatorState, GraphResponse, HandlerContext } from './context';
import { graphRoot, json, requireSiteRead } from './context';
import { applySelect, parseQuery } from '../odata/query';

export interface ResolvedSite {
  site: SiteRecord;
  /** The path after the site, e.g. '/lists/abc/items' or ''. */
  rest: string;
}

const notFound = (): never => {
  throw GraphErrors.notFound('Requested site could not be found');
};

const rootSite = (state: EmulatorState): SiteRecord => state.store.findSiteByPath('innlandet.sharepoint.com', '/') ?? state.store.listSites().find((s) => s.path === '/') ?? notFound();

/**
 * Microsoft's Kiota-based SDKs (msgraph-sdk-typescript, -dotnet v5, -python, -java v6) have no `getByPath` builder for
 * a site; their answer is `sites.bySiteId('host:/sites/x:')` (msgraph-sdk-dotnet#1880, msgraph-sdk-python#1041), and
 * they expand `{site%2Did}` by RFC 6570 simple expansion, so the whole address arrives percent-encoded:
 * `/sites/host%3A%2Fsites%2Fx%3A/lists`. Graph decodes that segment and answers as for `/sites/host:/sites/x:/lists`
 * (msgraph-sdk-dotnet#2381: the site by path works; its lists need the closing colon, as unencoded). So the segment
 * before the first literal '/' is decoded once when it holds an encoded colon; what follows is left as sent.
 */
function kiotaDecoded(afterSites: string): string {
  const slash = afterSites.indexOf('/');
  const segment = slash === -1 ? afterSites : afterSites.slice(0, slash);
  if (!/%3A/i.test(segment)) return afterSites;
  let address: string;
  try {
    address = decodeURIComponent(segment);
  } catch {
    throw GraphErrors.invalidRequest('The site address is not valid percent-encoding.');
  }
  return address + (slash === -1 ? '' : afterSites.slice(slash));
}

/** `afterSites` is the raw path after '/sites/'. */
export function resolveSitePath(state: EmulatorState, afterSites: string): ResolvedSite {
  const decoded = kiotaDecoded(afterSites).replace(/%2C/gi, ',');
  if (/^root(\/|$)/i.test(decoded)) return { site: rootSite(state), rest: decoded.slice(4) };

  // {hostname}:/{path}[:[/rest]]
  const colon = /^([^/:,]+):(\/[^:]*?)(?::(\/.*)?)?$/.exec(decoded);
  if (colon?.[1] && colon[2] !== undefined) {
    const hostname = decodeURIComponent(colon[1]);
    let path = decodeURIComponent(colon[2]);
    if (path.length > 1) path = path.replace(/\/+$/, '');
    const site = state.store.findSiteByPath(hostname, path || '/') ?? notFound();
    return { site, rest: colon[3] ?? '' };
  }

  const slash = decoded.indexOf('/');
  const first = decodeURIComponent(slash === -1 ? decoded : decoded.slice(0, slash));
  const rest = slash === -1 ? '' : decoded.slice(slash);
  if (first.includes(',')) return { site: state.store.getSite(first) ?? notFound(), rest };
  // A bare hostname addresses the tenant's root site.
  const byHost = state.store.findSiteByPath(first, '/');
  if (byHost) return { site: byHost, rest };
  return notFound();
}

/** `/groups/{group-id}/sites/root[/rest]` */
export function resolveGroupSite(state: EmulatorState, groupId: string, afterGroup: string): ResolvedSite {
  const m = /^\/sites\/root(\/.*)?$/i.exec(afterGroup);
  if (!m) throw GraphErrors.notFound('Resource not found for the segment.');
  const site = state.store.findSiteByGroup(decodeURIComponent(groupId)) ?? notFound();
  return { site, rest: m[1] ?? '' };
}

export const siteWebUrl = (site: SiteRecord): string => `https://${site.hostname}${site.path === '/' ? '' : site.path}`;

export function siteJson(state: EmulatorState, site: SiteRecord): Record<string, unknown> {
  const name = site.path === '/' ? '' : (site.path.split('/').pop() ?? '');
  return {
    '@odata.context': `${graphRoot(state)}/$metadata#sites/$entity`,
    createdDateTime: site.createdDateTime,
    description: '',
    id: site.id,
    lastModifiedDateTime: site.createdDateTime,
    name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    ...(site.path === '/' ? { root: {} } : {}),
    siteCollection: { hostname: site.hostname },
  };
}

export function getSite(ctx: HandlerContext, site: SiteRecord): GraphResponse {
  requireSiteRead(ctx, site);
  const q = parseQuery(ctx.req.query);
  return json(200, applySelect(siteJson(ctx.state, site), q.select));
}
