// Sites.Selected, as Graph enforces it. Under the setting permissionModel 'selected' the app reaches only sites an
// administrator granted to it (POST /sites/{id}/permissions), and then never more than the signed-in user may:
// delegated access is the intersection of the app's grant and the user's own role (handlers check the user's role
// as before; this file adds the app's side).
// Sources: https://learn.microsoft.com/en-us/graph/api/site-post-permissions (app-only Sites.FullControl.All),
// https://devblogs.microsoft.com/microsoft365dev/sharepoint-now-supports-delegated-sites-selected-authentication/
// (roles read / write / manage / fullcontrol; delegated = the minimal intersection of app and user permissions).
import type { DevUser } from './devUsers';
import type { GraphStore, SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';

export const GRANT_ROLES = ['read', 'write', 'manage', 'fullcontrol'] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];
const rank: Record<GrantRole, number> = { read: 1, write: 2, manage: 3, fullcontrol: 4 };

/** The app every dev token belongs to (the emulator models one client app: Felles modell). */
export const EMULATED_APP_ID = '5e1ec7ed-0000-4000-8000-00000000fe11';

/** An app-only token of an admin tool with the application permission Sites.FullControl.All. */
export const APP_ONLY_ADMIN_TOKEN = 'app:sites-admin';
export const APP_ONLY_ADMIN: Readonly<DevUser> = Object.freeze({
  id: 'app:sites-admin',
  objectId: '5e1ec7ed-0000-4000-8000-00000000ad01',
  displayName: 'Sites administration (app-only)',
  givenName: '',
  surname: '',
  mail: '',
  organisation: '',
  side: 'none',
  lookupId: 0,
});
export const isAppOnlyAdmin = (user: DevUser): boolean => user.id === APP_ONLY_ADMIN.id;

export interface SiteGrant {
  id: string;
  roles: GrantRole[];
  application: { id: string; displayName: string };
}

// Grants live beside the store for the emulator's lifetime (a restart forgets them, like faults).
const grantsByStore = new WeakMap<GraphStore, Map<string, SiteGrant[]>>();
let nextGrant = 1;

export function grantsOf(store: GraphStore, siteId: string): SiteGrant[] {
  let bySite = grantsByStore.get(store);
  if (!bySite) grantsByStore.set(store, (bySite = new Map()));
  let list = bySite.get(siteId);
  if (!list) bySite.set(siteId, (list = []));
  return list;
}

export function newGrantId(): string {
  return Buffer.from(`aTowaS50fG1zLnNwLmV4dHwke${nextGrant++}`).toString('base64url');
}

/** The strongest role any grant gives `appId` on the site, or undefined when the site is not granted to it. */
export function appRoleOn(store: GraphStore, siteId: string, appId = EMULATED_APP_ID): GrantRole | undefined {
  let best: GrantRole | undefined;
  for (const grant of grantsOf(store, siteId)) {
    if (grant.application.id !== appId) continue;
    for (const role of grant.roles) if (!best || rank[role] > rank[best]) best = role;
  }
  return best;
}

/** What the app needs on a site for a request: reading, writing items, or changing lists and columns. */
export function neededGrant(method: string, seg: readonly string[]): GrantRole {
  if (method === 'GET') return 'read';
  const section = seg[2]?.toLowerCase();
  const changesStructure = seg[0]?.toLowerCase() === 'lists' && (seg.length <= 2 || section === 'columns');
  return changesStructure ? 'manage' : 'write';
}

/** Throws Graph's 403 when Sites.Selected is in force and the app's grant on the site is missing or too weak. */
export function requireAppGrant(store: GraphStore, site: SiteRecord, method: string, seg: readonly string[]): void {
  const needed = neededGrant(method, seg);
  const role = appRoleOn(store, site.id);
  if (!role || rank[role] < rank[needed]) throw GraphErrors.accessDenied('Access denied');
}

export const isGrantRole = (value: unknown): value is GrantRole => typeof value === 'string' && (GRANT_ROLES as readonly string[]).includes(value);
