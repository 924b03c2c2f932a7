// The app's two builds that tests read, each made at most once per source state: 'local' (VITE_GRAPH_MODE=local, what
// the browser tests serve) and 'production' (what users get: the first-paint split and the production-build checks
// read the same one). Built by the first test that asks, under a lock so parallel files build once, and reused while
// no source file is newer than the build. Each build keeps its manifest and the source modules of every chunk.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Plugin } from 'vite';
import { scaled } from './timeouts';

const ROOT = resolve(import.meta.dirname, '..');
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package-lock.json'];
const MODULES_FILE = '.chunk-modules.json';

export type BuildKind = 'local' | 'production';

export const BUILD_DIRS: Record<BuildKind, string> = {
  local: join(ROOT, '.local/browser-build'),
  production: join(ROOT, '.local/production-build'),
};

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface AppBuild {
  dir: string;
  /** Vite's `.vite/manifest.json`. */
  manifest: Record<string, ManifestChunk>;
  /** Output chunk file → the source modules in it (paths relative to the repository). */
  modulesByFile: Map<string, string[]>;
}

function newestMtime(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), info.mtimeMs);
}

const sourceStamp = () => String(Math.max(...INPUTS.map((input) => newestMtime(join(ROOT, input)))));

function isCurrent(dir: string, stamp: string): boolean {
  try {
    return readFileSync(join(dir, '.source-stamp'), 'utf8') === stamp;
  } catch {
    return false;
  }
}

function readBuild(dir: string): AppBuild {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const modules = JSON.parse(readFileSync(join(dir, MODULES_FILE), 'utf8')) as Record<string, string[]>;
  return { dir, manifest, modulesByFile: new Map(Object.entries(modules)) };
}

async function build(kind: BuildKind, dir: string): Promise<void> {
  const modules: Record<string, string[]> = {};
  const recordModules: Plugin = {
    name: 'record-chunk-modules',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') modules[file] = output.moduleIds.map((id) => relative(ROOT, id).replaceAll('\\', '/'));
      }
    },
  };
  const { build: viteBuild } = await import('vite');
  const previous = { mode: process.env.VITE_GRAPH_MODE, nodeEnv: process.env.NODE_ENV };
  if (kind === 'local') process.env.VITE_GRAPH_MODE = 'local';
  else delete process.env.VITE_GRAPH_MODE;
  // Vitest runs with NODE_ENV=test, which would give React's development build: test what users get.
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({ root: ROOT, mode: 'production', logLevel: 'warn', plugins: [recordModules], build: { manifest: true, outDir: dir, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (previous.mode === undefined) delete process.env.VITE_GRAPH_MODE;
    else process.env.VITE_GRAPH_MODE = previous.mode;
    if (previous.nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous.nodeEnv;
  }
  writeFileSync(join(dir, MODULES_FILE), JSON.stringify(modules));
}

/** The build of that kind, made now if none is current; parallel callers wait for one builder. */
export async function ensureBuilt(kind: BuildKind): Promise<AppBuild> {
  const dir = BUILD_DIRS[kind];
  const lock = `${dir}.lock`;
  const stamp = sourceStamp();
  if (isCurrent(dir, stamp)) return readBuild(dir);
  mkdirSync(join(ROOT, '.local'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock); // atomic: one builder at a time
      break;
    } catch {
      if (isCurrent(dir, stamp)) return readBuild(dir);
      // A builder that died leaves its lock: take it over after two minutes.
      if (waited > scaled(120_000)) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    if (!isCurrent(dir, stamp)) {
      await build(kind, dir);
      writeFileSync(join(dir, '.source-stamp'), stamp);
    }
    return readBuild(dir);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
