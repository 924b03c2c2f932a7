// `npm run grant-site -- --site <url or site id> --role write [--app-id <client id>] [--graph <base url>]`
// `npm run grant-site -- --list --site <url or site id> [--site …]`
// Grants the Felles modell app access to one SharePoint site under Sites.Selected, or lists which apps a site is
// granted to. Graph: POST /sites/{id}/permissions (https://learn.microsoft.com/en-us/graph/api/site-post-permissions),
// PATCH /sites/{id}/permissions/{id} to change the role of an existing grant, GET /sites/{id}/permissions
// (https://learn.microsoft.com/en-us/graph/api/site-list-permissions).
// These calls need an APP-ONLY token of an admin tool (not of Felles modell) with the application permission
// Sites.FullControl.All: pass it as --token or GRAPH_ADMIN_TOKEN (docs/admin-guide.md shows how with `az`).
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export const GRANT_ROLES = ['read', 'write', 'manage', 'fullcontrol'] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

export interface GrantClient {
  graphBaseUrl: string;
  token: string;
}

export interface SiteGrantInfo {
  id: string;
  roles: string[];
  appId: string;
  appName: string;
}

export interface GrantOutcome {
  siteId: string;
  grant: SiteGrantInfo;
  action: 'created' | 'updated' | 'unchanged';
}

class GraphCallError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(client: GrantClient, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${client.graphBaseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${client.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json = (text ? JSON.parse(text) : {}) as T & { error?: { code?: string; message?: string } };
  if (!res.ok) {
    const hint = res.status === 403 ? ' (the token needs Sites.FullControl.All as an application permission, app-only)' : '';
    throw new GraphCallError(res.status, `${method} ${path}: ${res.status} ${json.error?.code ?? ''} ${json.error?.message ?? ''}${hint}`.trim());
  }
  return json;
}

/** `/sites/{hostname}:/{path}` for a site URL, `/sites/{id}` for a Graph site id. */
export function sitePath(site: string): string {
  if (!/^https:\/\//i.test(site)) return `/sites/${encodeURIComponent(site).replace(/%2C/gi, ',')}`;
  const url = new URL(site);
  const path = url.pathname.replace(/\/+$/, '');
  return path ? `/sites/${url.hostname}:${encodeURI(path)}` : `/sites/${url.hostname}`;
}

export async function resolveSiteId(client: GrantClient, site: string): Promise<string> {
  return (await call<{ id: string }>(client, 'GET', sitePath(site))).id;
}

interface PermissionJson {
  id: string;
  roles?: string[];
  grantedToIdentitiesV2?: { application?: { id?: string; displayName?: string } }[];
  grantedToIdentities?: { application?: { id?: string; displayName?: string } }[];
}

const toInfo = (p: PermissionJson): SiteGrantInfo => {
  const app = (p.grantedToIdentitiesV2 ?? p.grantedToIdentities ?? [])[0]?.application;
  return { id: p.id, roles: p.roles ?? [], appId: app?.id ?? '', appName: app?.displayName ?? '' };
};

export async function listGrants(client: GrantClient, site: string): Promise<{ siteId: string; grants: SiteGrantInfo[] }> {
  const siteId = await resolveSiteId(client, site);
  const page = await call<{ value: PermissionJson[] }>(client, 'GET', `/sites/${siteId}/permissions`);
  return { siteId, grants: page.value.map(toInfo) };
}

/** Grants `appId` the role on the site; an existing grant of that app gets the new role instead of a second grant. */
export async function grantSite(client: GrantClient, site: string, role: GrantRole, appId: string, displayName = 'Felles modell'): Promise<GrantOutcome> {
  const { siteId, grants } = await listGrants(client, site);
  const existing = grants.find((g) => g.appId === appId);
  if (existing) {
    if (existing.roles.length === 1 && existing.roles[0] === role) return { siteId, grant: existing, action: 'unchanged' };
    const patched = await call<PermissionJson>(client, 'PATCH', `/sites/${siteId}/permissions/${encodeURIComponent(existing.id)}`, { roles: [role] });
    return { siteId, grant: toInfo(patched), action: 'updated' };
  }
  const identity = [{ application: { id: appId, displayName } }];
  const created = await call<PermissionJson>(client, 'POST', `/sites/${siteId}/permissions`, { roles: [role], grantedToIdentities: identity });
  return { siteId, grant: toInfo(created), action: 'created' };
}

const USAGE = `Usage:
  npm run grant-site -- --site <site URL or id> --role read|write|manage|fullcontrol [--app-id <client id>] [--display-name <name>]
  npm run grant-site -- --list --site <site URL or id> [--site …]
Options: --graph <base url> (default https://graph.microsoft.com/v1.0), --token <app-only token> (or GRAPH_ADMIN_TOKEN).
--app-id defaults to AAD_APP_CLIENT_ID from the environment.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', multiple: true },
      role: { type: 'string' },
      list: { type: 'boolean' },
      'app-id': { type: 'string' },
      'display-name': { type: 'string' },
      graph: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.site?.length) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const token = values.token ?? process.env.GRAPH_ADMIN_TOKEN;
  if (!token) throw new Error('No token: pass --token or set GRAPH_ADMIN_TOKEN (an app-only token with Sites.FullControl.All).');
  const client: GrantClient = { graphBaseUrl: (values.graph ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, ''), token };

  if (values.list) {
    for (const site of values.site) {
      const { siteId, grants } = await listGrants(client, site);
      console.log(`${site} (${siteId})`);
      if (grants.length === 0) console.log('  no apps granted');
      for (const g of grants) console.log(`  ${g.roles.join(',').padEnd(12)} ${g.appId} ${g.appName}`);
    }
    return;
  }
  const role = values.role as GrantRole;
  if (!(GRANT_ROLES as readonly string[]).includes(role)) throw new Error(`--role must be one of ${GRANT_ROLES.join(', ')}`);
  const appId = values['app-id'] ?? process.env.AAD_APP_CLIENT_ID;
  if (!appId) throw new Error('No app id: pass --app-id or set AAD_APP_CLIENT_ID (the client id of Felles modell).');
  for (const site of values.site) {
    const outcome = await grantSite(client, site, role, appId, values['display-name']);
    console.log(`${site}: ${outcome.action}, ${outcome.grant.roles.join(',')} for ${appId} (permission ${outcome.grant.id})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
