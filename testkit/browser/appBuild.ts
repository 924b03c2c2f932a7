// The app built in local mode (VITE_GRAPH_MODE=local) for the browser tests, once per source state
// (testkit/appBuilds.ts makes and caches it).
import { BUILD_DIRS, ensureBuilt } from '../appBuilds';

export const BUILD_DIR = BUILD_DIRS.local;

export async function ensureAppBuilt(): Promise<string> {
  return (await ensureBuilt('local')).dir;
}
