// Hosts without teams-js: a plain browser, local mode, and a SharePoint page that frames us with
// `?host=sharepoint&siteUrl=…`. Theme follows the operating system unless `?theme=` asks for one.
import type { HostAdapter, HostKind, HostTheme } from './HostAdapter';
import { themeFromMedia, themeFromQuery } from './theme';

export interface StandaloneOptions {
  kind: Exclude<HostKind, 'teams'>;
  params: URLSearchParams;
  locale: string;
  matchMedia?: (query: string) => MediaQueryList;
}

export function createStandaloneHost({ kind, params, locale, matchMedia }: StandaloneOptions): HostAdapter {
  const fixedTheme = themeFromQuery(params.get('theme'));
  const siteUrl = params.get('siteUrl');
  const context: HostAdapter['context'] = {
    locale: params.get('locale') ?? locale,
    theme: fixedTheme ?? themeFromMedia(matchMedia),
    frameContext: frameFromQuery(params.get('frame')),
    user: {},
    team: {},
  };
  if (siteUrl) context.sharePointSite = { url: siteUrl };
  return {
    kind,
    context,
    onThemeChange(callback) {
      if (fixedTheme || !matchMedia) return () => undefined;
      const queries = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => matchMedia(q));
      const listener = () => {
        const theme: HostTheme = themeFromMedia(matchMedia);
        context.theme = theme;
        callback(theme);
      };
      for (const query of queries) query.addEventListener('change', listener);
      return () => queries.forEach((query) => query.removeEventListener('change', listener));
    },
    notifySuccess() {},
    notifyFailure() {},
    config: undefined,
  };
}

/** `?frame=sidePanel` lets a browser (and the browser tests) show the compact meeting view. */
function frameFromQuery(value: string | null): HostAdapter['context']['frameContext'] {
  return value === 'sidePanel' || value === 'meetingStage' ? value : 'browser';
}
