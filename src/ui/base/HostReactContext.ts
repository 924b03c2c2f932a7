// The host and the chosen language, for every component below the shell.
import { createContext, useContext } from 'react';
import type { HostAdapter } from '../../host/HostAdapter';
import type { Language } from '../../model/types';

export interface ShellContextValue {
  host: HostAdapter;
  language: Language;
}

export const ShellContext = createContext<ShellContextValue | undefined>(undefined);

export function useShell(): ShellContextValue {
  const value = useContext(ShellContext);
  if (!value) throw new Error('useShell needs the AppShell around it');
  return value;
}
