import { useEffect, useState } from 'react';
import type { HostAdapter, HostTheme } from '../../host/HostAdapter';

/** The host's theme now, and whenever the user switches it (Teams settings, the OS's dark or contrast mode). */
export function useHostTheme(host: HostAdapter): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
