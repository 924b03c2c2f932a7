// Fluent theme and language follow the host (and its changes). Everything else renders inside.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { HostAdapter, HostTheme } from '../../host/HostAdapter';
import { languageTag, pickLanguage } from '../../i18n/language';
import { ErrorBoundary } from './ErrorBoundary';
import { ShellContext } from './HostReactContext';
import { useHostTheme } from './useHostTheme';

const themes: Record<HostTheme, Theme> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box' },
});

export function AppShell({ host, children }: { host: HostAdapter; children: ReactNode }) {
  const theme = useHostTheme(host);
  const language = pickLanguage(host.context.locale || navigator.language);
  const styles = useStyles();
  useEffect(() => {
    document.documentElement.lang = languageTag(language);
    document.documentElement.dataset.theme = theme;
    // The page behind the provider (overscroll, side-panel edges) takes the theme's background too.
    document.body.style.backgroundColor = themes[theme].colorNeutralBackground1;
    document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  }, [language, theme]);
  return (
    <FluentProvider theme={themes[theme]} className={styles.root} lang={languageTag(language)} applyStylesToPortals>
      <ShellContext.Provider value={{ host, language }}>
        <ErrorBoundary language={language}>{children}</ErrorBoundary>
      </ShellContext.Provider>
    </FluentProvider>
  );
}
