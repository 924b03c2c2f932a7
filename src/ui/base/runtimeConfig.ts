// Build-time settings (Vite `VITE_*`), read in one place. `VITE_GRAPH_MODE` is replaced by a literal at build time
// (see vite.config.ts), so a production build drops every local-mode branch and chunk.
export const isLocalMode: boolean = import.meta.env.VITE_GRAPH_MODE === 'local';

/** The host names a local run's links name (domain/projectLinks.ts follows them on this run's origin); none in production. */
export const localRunHosts: ReadonlySet<string> | undefined = isLocalMode ? new Set(['localhost', '127.0.0.1', '[::1]']) : undefined;

export const appConfig = {
  /** Entra ID app registration (SPA). Empty in local mode. */
  clientId: String(import.meta.env.VITE_CLIENT_ID ?? ''),
  /** Microsoft Graph, or in local mode this origin's `/v1.0`, which the dev server proxies to the emulator. */
  graphBaseUrl: (): string => (isLocalMode ? `${window.location.origin}/v1.0` : 'https://graph.microsoft.com/v1.0'),
  /** The Teams app's id (the manifest's `id`, TEAMS_APP_ID): deep links to a project's tab need it. Empty in local mode. */
  teamsAppId: String(import.meta.env.VITE_TEAMS_APP_ID ?? ''),
  /** The coordination site that holds the Portfolio list (`https://tenant.sharepoint.com/sites/koordinering`). */
  coordinationSiteUrl: String(import.meta.env.VITE_COORDINATION_SITE ?? ''),
  /** What identifies our Graph traffic to Microsoft. */
  userAgentTag: 'NONISV|HelsefellesskapInnlandet|FellesModell/0.1.0',
} as const;

/**
 * Test knob, local mode only (a production build drops it): the browser tests set `window.__FELLES_MODELL_POLL_MS__`
 * before the app starts, so a colleague's change arrives within about a second at any surface. It replaces the
 * surface's quiet interval: a test of the pacing itself sets none (tests/browser/meetingPace.test.ts).
 */
export function testPollIntervalMs(): number | undefined {
  if (!isLocalMode) return undefined;
  const value = (window as { __FELLES_MODELL_POLL_MS__?: unknown }).__FELLES_MODELL_POLL_MS__;
  return typeof value === 'number' && value > 0 ? value : undefined;
}
