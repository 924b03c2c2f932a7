// Host themes mapped to the three Fluent themes we ship: glass and default are light in Fluent's Teams themes.
import type { HostTheme } from './HostAdapter';

export function themeFromTeams(theme: string | undefined): HostTheme {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

/** Outside Teams: the operating system's choice (forced colours win, as Windows high contrast does). */
export function themeFromMedia(matchMedia: ((query: string) => MediaQueryList) | undefined): HostTheme {
  if (!matchMedia) return 'light';
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

/** `?theme=dark` overrides, so a browser tab (or a test) can ask for any theme. */
export function themeFromQuery(value: string | null): HostTheme | undefined {
  return value === 'light' || value === 'dark' || value === 'contrast' ? value : undefined;
}
