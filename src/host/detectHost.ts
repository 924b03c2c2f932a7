// Which host are we in? Top-level window: browser (or local mode). In a frame: teams-js answers within a short
// time inside Teams, Outlook, Office and SharePoint; in a foreign frame it would wait 60 s, so we race it.
// teams-js is loaded only in a frame (a dynamic import), so a plain browser never downloads it.
import type { HostAdapter } from './HostAdapter';
import { createStandaloneHost } from './standaloneHost';

export interface DetectOptions {
  /** How long a frame waits for teams-js before running standalone. */
  timeoutMs?: number;
  /** Build-time local mode (`VITE_GRAPH_MODE=local`). */
  localMode?: boolean;
  window?: Window;
}

export async function detectHost(options: DetectOptions = {}): Promise<HostAdapter> {
  const win = options.window ?? window;
  const params = new URLSearchParams(win.location.search);
  const standalone = (kind: 'browser' | 'local' | 'sharepoint') =>
    createStandaloneHost({ kind, params, locale: win.navigator.language, matchMedia: win.matchMedia?.bind(win) });
  const fallbackKind = options.localMode ? 'local' : 'browser';

  if (params.get('host') === 'sharepoint' && params.get('siteUrl')) return standalone('sharepoint');
  if (win.self === win.top) return standalone(fallbackKind);
  const teams = await import('./teamsHost');
  if (await initializesWithin(teams.initializeTeams, options.timeoutMs ?? 4000)) return teams.createTeamsHost();
  return standalone(fallbackKind);
}

async function initializesWithin(initialize: () => Promise<void>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([initialize().then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
