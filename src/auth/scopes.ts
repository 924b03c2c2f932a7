// Delegated Microsoft Graph permissions the app asks for. Keep in step with aad.manifest.json
// (requiredResourceAccess) and appPackage/manifest.json (webApplicationInfo.nestedAppAuthInfo[0].scopes):
// tests/package/cross-references.test.ts checks all three.
export const GRAPH_SCOPES = {
  /**
   * Every normal session: read and write list items in the SharePoint sites the user can already reach
   * (the project team's site, the coordination site), and the user's own profile for names and e-mail domain.
   * The same list, in the same order, is prefetched by Teams through nestedAppAuthInfo.
   */
  items: ['User.Read', 'Sites.ReadWrite.All'],
  /**
   * Only when a project lead or administrator provisions lists (creates lists and columns): requested
   * incrementally at that moment, so ordinary users are never asked for it.
   */
  provision: ['Sites.Manage.All'],
} as const;

export type GraphScope = (typeof GRAPH_SCOPES)[keyof typeof GRAPH_SCOPES][number];
