import { useSyncExternalStore } from 'react';
import type { FrameContext } from '../../host/HostAdapter';
import { mayChangeRoute } from '../base/leaveGuard';
import { parseRoute } from '../base/routes';
import type { Route } from '../base/routes';

// A page holding unsaved text may hold a route change (base/leaveGuard.ts): then the route stays as it is.
const subscribe = (onChange: () => void) => {
  const onHashChange = (event: HashChangeEvent) => {
    if (mayChangeRoute(event)) onChange();
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
};
const currentHash = () => window.location.hash;

export function useHashRoute(frameContext: FrameContext): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash, frameContext);
}
