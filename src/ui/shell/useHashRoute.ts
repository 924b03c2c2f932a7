import { useSyncExternalStore } from 'react';
import type { FrameContext } from '../../host/HostAdapter';
import { parseRoute } from '../base/routes';
import type { Route } from '../base/routes';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const currentHash = () => window.location.hash;

export function useHashRoute(frameContext: FrameContext): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash, frameContext);
}
