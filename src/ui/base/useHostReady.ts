import { useEffect } from 'react';
import { useShell } from './HostReactContext';

/** Ends the host's loading screen once something real is painted (Teams shows its own spinner until then). */
export function useHostReady(ready = true): void {
  const { host } = useShell();
  useEffect(() => {
    if (ready) host.notifySuccess();
  }, [host, ready]);
}
