// Fluent theme and language follow the host (and its changes). Everything else renders inside.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { HostAdapter, HostTheme } from '../../host/HostAdapter';
import { languageTag, pickLanguage } from '../../i18n/language';
import { ErrorBoundary } from './ErrorBoundary';
import { ShellContext } from '../base/HostReactContext';
import { useHostTheme } from './useHostTheme';

const themes: Record<HostTheme, Theme> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

export function AppShell({ host, children }: { host: HostAdapter; children: ReactNode }) {
  const theme = useHostTheme(host);
  const language = pickLanguage(host.context.locale || navigator.language);
  useEffect(() => {
    document.documentElement.lang = languageTag(language);
    document.documentElement.dataset.theme = theme;
    // The page behind the provider (overscroll, side-panel edges) takes the theme's background too.
    document.body.style.backgroundColor = themes[theme].colorNeutralBackground1;
    document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  }, [language, theme]);
  return (
    // No className here: applyStylesToPortals copies it to every popup's portal, and a full-height class there
    // covered the page with a blank layer whenever a dropdown opened. The body carries the background instead.
    <FluentProvider theme={themes[theme]} lang={languageTag(language)} applyStylesToPortals>
      <ShellContext.Provider value={{ host, language }}>
        <ErrorBoundary language={language}>{children}</ErrorBoundary>
      </ShellContext.Provider>
    </FluentProvider>
  );
}
