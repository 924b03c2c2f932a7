// Delegated Microsoft Graph permissions the app asks for. Which site permission is in force is ONE configuration
// value, SITE_PERMISSION in env/.env.<env> (VITE_SITE_PERMISSION in the build): aad.manifest.json
// (requiredResourceAccess) and appPackage/manifest.json (nestedAppAuthInfo scopes) take it as ${{SITE_PERMISSION}},
// this file reads it, and docs/admin-guide.md explains both choices. TeamsActivity.Send (the activity feed) is
// written out in both files beside it, the same in every environment. tests/package/cross-references.test.ts checks
// that all of them agree.

/**
 * `Sites.Selected` (recommended): the app reaches only sites an administrator has granted to it
 * (`npm run grant-site`), and never more than the signed-in person may do there (delegated: the intersection of
 * the app's grant and the user's own rights).
 * `Sites.ReadWrite.All` (alternative): every site the user can reach, so project leads can add the app to a new
 * team without an administrator step.
 */
export const SITE_PERMISSIONS = ['Sites.Selected', 'Sites.ReadWrite.All'] as const;
export type SitePermission = (typeof SITE_PERMISSIONS)[number];
export const RECOMMENDED_SITE_PERMISSION: SitePermission = 'Sites.Selected';

export function isSitePermission(value: unknown): value is SitePermission {
  return typeof value === 'string' && (SITE_PERMISSIONS as readonly string[]).includes(value);
}

export interface GraphScopeSet {
  /**
   * Every normal session: list items in the sites the app may reach, and the user's own profile (names, e-mail
   * domain). The same list, in the same order, is prefetched by Teams through nestedAppAuthInfo.
   */
  items: readonly string[];
  /**
   * Extra scopes asked for only when a person provisions lists (creates lists and columns), incrementally at that
   * moment, so ordinary users never consent to them. Under Sites.Selected there are none: creating lists needs a
   * `manage` grant on that site instead (see provisioningNeeds).
   */
  provision: readonly string[];
  /**
   * Teams activity feed notifications ("Venter på deg"): asked for silently when a notification goes, never with a
   * prompt and never with the everyday scopes, so a person or tenant without consent still ticks (the notification is
   * given up with a note instead). Admin consent in the tenant that hosts the team covers guests (admin guide).
   */
  notify: readonly string[];
}

/** The delegated permission behind `sendActivityNotification` (no admin consent required, but guests cannot consent). */
export const NOTIFY_SCOPES = ['TeamsActivity.Send'] as const;

export function graphScopesFor(permission: SitePermission): GraphScopeSet {
  return permission === 'Sites.Selected'
    ? { items: ['User.Read', 'Sites.Selected'], provision: [], notify: NOTIFY_SCOPES }
    : { items: ['User.Read', 'Sites.ReadWrite.All'], provision: ['Sites.Manage.All'], notify: NOTIFY_SCOPES };
}

/** What a person who cannot provision must ask for: the configuration page says this (in the UI's own words). */
export type ProvisioningNeed =
  | { kind: 'siteGrant'; role: 'manage'; command: string }
  | { kind: 'consent'; scope: 'Sites.Manage.All' };

export function provisioningNeeds(permission: SitePermission): ProvisioningNeed {
  return permission === 'Sites.Selected'
    ? { kind: 'siteGrant', role: 'manage', command: 'npm run grant-site -- --site <site URL> --role manage' }
    : { kind: 'consent', scope: 'Sites.Manage.All' };
}

const configured: unknown = import.meta.env.VITE_SITE_PERMISSION;
/** The build's SITE_PERMISSION; an empty or unknown value falls back to the recommended one. */
export const SITE_PERMISSION: SitePermission = isSitePermission(configured) ? configured : RECOMMENDED_SITE_PERMISSION;

export const GRAPH_SCOPES: GraphScopeSet = graphScopesFor(SITE_PERMISSION);

export type GraphScope = 'User.Read' | SitePermission | 'Sites.Manage.All' | 'TeamsActivity.Send';
