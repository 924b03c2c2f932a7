// Site permissions (the grants of Sites.Selected): GET/POST /sites/{id}/permissions, GET/PATCH/DELETE
// /sites/{id}/permissions/{permission-id}. Only an app-only token with Sites.FullControl.All may call them
// (https://learn.microsoft.com/en-us/graph/api/site-post-permissions, .../site-list-permissions); that token may
// also read the site itself, to turn a URL into an id, and nothing else here.
import type { SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { GraphResponse, HandlerContext } from './context';
import { bodyObject, graphRoot, json, noContent } from './context';
import { siteJson } from './sites';
import { grantsOf, isAppOnlyAdmin, isGrantRole, newGrantId, requireAppGrant, type GrantRole, type SiteGrant } from '../auth/grants';

function grantJson(ctx: HandlerContext, site: SiteRecord, grant: SiteGrant): Record<string, unknown> {
  const identity = { application: { ...grant.application } };
  return {
    '@odata.context': `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/permissions/$entity`,
    id: grant.id,
    roles: [...grant.roles],
    grantedToIdentitiesV2: [identity],
    grantedToIdentities: [identity],
  };
}

function rolesFrom(body: Record<string, unknown>): GrantRole[] {
  const roles = body['roles'];
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isGrantRole)) {
    throw GraphErrors.invalidRequest("Invalid request: 'roles' must hold one or more of read, write, manage, fullcontrol.");
  }
  return [...new Set(roles)];
}

function applicationFrom(body: Record<string, unknown>): SiteGrant['application'] {
  const identities = body['grantedToIdentitiesV2'] ?? body['grantedToIdentities'];
  const first = Array.isArray(identities) ? (identities[0] as { application?: { id?: unknown; displayName?: unknown } } | undefined) : undefined;
  const id = first?.application?.id;
  if (!Array.isArray(identities) || identities.length !== 1 || typeof id !== 'string' || id === '') {
    throw GraphErrors.invalidRequest('Invalid request: grantedToIdentities must name one application by id.');
  }
  const displayName = first?.application?.displayName;
  return { id, displayName: typeof displayName === 'string' ? displayName : '' };
}

function permissionsHandler(ctx: HandlerContext, site: SiteRecord, rest: readonly string[]): GraphResponse {
  const { method } = ctx.req;
  const grants = grantsOf(ctx.state.store, site.id);
  if (rest.length === 0) {
    if (method === 'GET') return json(200, { value: grants.map((g) => grantJson(ctx, site, g)) });
    if (method !== 'POST') throw GraphErrors.methodNotAllowed();
    const body = bodyObject(ctx);
    const grant: SiteGrant = { id: newGrantId(), roles: rolesFrom(body), application: applicationFrom(body) };
    grants.push(grant);
    return json(201, grantJson(ctx, site, grant));
  }
  if (rest.length > 1) throw GraphErrors.notFound('Resource not found.');
  const index = grants.findIndex((g) => g.id === rest[0]);
  const grant = grants[index];
  if (!grant) throw GraphErrors.notFound('Item not found');
  if (method === 'GET') return json(200, grantJson(ctx, site, grant));
  if (method === 'PATCH') {
    grant.roles = rolesFrom(bodyObject(ctx));
    return json(200, grantJson(ctx, site, grant));
  }
  if (method === 'DELETE') {
    grants.splice(index, 1);
    return noContent();
  }
  throw GraphErrors.methodNotAllowed();
}

/**
 * The router's hook, called once the site is resolved. Answers the permissions endpoints and every request of the
 * app-only admin token; under permissionModel 'selected' refuses a delegated request the app's grant does not
 * cover. Returns undefined to let the request go on to the ordinary handlers.
 */
export function siteAccess(ctx: HandlerContext, site: SiteRecord, seg: readonly string[]): GraphResponse | undefined {
  const isPermissions = seg[0]?.toLowerCase() === 'permissions';
  if (isAppOnlyAdmin(ctx.user)) {
    if (isPermissions) return permissionsHandler(ctx, site, seg.slice(1));
    if (seg.length === 0 && ctx.req.method === 'GET') return json(200, siteJson(ctx.state, site));
    throw GraphErrors.accessDenied('Access denied');
  }
  // A delegated token without an administrator role may not manage grants.
  if (isPermissions) throw GraphErrors.accessDenied('Access denied');
  if (ctx.state.settings.permissionModel === 'selected') requireAppGrant(ctx.state.store, site, ctx.req.method, seg);
  return undefined;
}
