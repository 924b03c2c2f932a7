// The app built once for the browser tests (vite build, VITE_GRAPH_MODE=local) into .local/browser-build. Built
// lazily by the first test file that needs it, under a lock, and reused while no source file is newer than the build,
// so parallel files and repeated runs build at most once. No vitest config change is needed.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(import.meta.dirname, '../../..');
export const BUILD_DIR = join(ROOT, '.local/browser-build');
const STAMP = join(BUILD_DIR, '.source-stamp');
const LOCK = join(ROOT, '.local/browser-build.lock');
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), info.mtimeMs);
}

const sourceStamp = () => String(Math.max(...INPUTS.map((input) => newestMtime(join(ROOT, input)))));
const isCurrent = (stamp: string) => {
  try {
    return readFileSync(STAMP, 'utf8') === stamp;
  } catch {
    return false;
  }
};

export async function ensureAppBuilt(): Promise<string> {
  const stamp = sourceStamp();
  if (isCurrent(stamp)) return BUILD_DIR;
  mkdirSync(join(ROOT, '.local'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(LOCK); // atomic: one builder at a time
      break;
    } catch {
      if (isCurrent(stamp)) return BUILD_DIR;
      // A builder that died leaves its lock: take it over after two minutes.
      if (waited > 120_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    if (isCurrent(stamp)) return BUILD_DIR;
    const { build } = await import('vite');
    const previous = { mode: process.env.VITE_GRAPH_MODE, nodeEnv: process.env.NODE_ENV };
    process.env.VITE_GRAPH_MODE = 'local';
    // Vitest runs with NODE_ENV=test, which would give React's development build: test what users get.
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir: BUILD_DIR, emptyOutDir: true, sourcemap: false } });
    } finally {
      if (previous.mode === undefined) delete process.env.VITE_GRAPH_MODE;
      else process.env.VITE_GRAPH_MODE = previous.mode;
      if (previous.nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous.nodeEnv;
    }
    writeFileSync(STAMP, stamp);
    return BUILD_DIR;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
