// 7. Bundle: gzip bytes of the JavaScript needed for the first paint of each route. Builds the app once with Vite's
// JS API into .local/bench-dist with a manifest (vite.config.ts is left alone), then sums, per route, the entry chunk
// and its static imports (never dynamic imports). A route rendered by a lazily imported module adds that chunk and
// its static imports (minus what the entry already loaded).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteBundle {
  route: string;
  /** The module that renders the route. */
  module: string;
  /** True when that module is a lazy chunk of its own (loaded after the shell). */
  lazy: boolean;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  outDir: string;
  buildMs: number;
  routes: RouteBundle[];
  /** All JavaScript the build emits (every route and lazy chunk), for scale. */
  totalJsGzipBytes: number;
  error?: string;
}

export const ROUTES = [
  { route: 'project view (#/tab)', module: 'src/ui/project/ProjectView.tsx' },
  { route: 'config page (#/config)', module: 'src/ui/config/ConfigPage.tsx' },
  { route: 'overview (#/overview)', module: 'src/ui/overview/index.ts' },
] as const;

const OUT_DIR = '.local/bench-dist';

function staticClosure(manifest: Manifest, key: string, into: Set<string>): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(manifest, next, into);
  return into;
}

export async function bundleScenario(): Promise<BundleResult> {
  const started = performance.now();
  const outDir = path.resolve(OUT_DIR);
  try {
    const { build } = await import('vite');
    // A production build: local mode (dev users on the emulator) is not part of it.
    delete process.env.VITE_GRAPH_MODE;
    await build({ logLevel: 'error', mode: 'production', build: { manifest: true, outDir, emptyOutDir: true, sourcemap: false } });
  } catch (error) {
    return { outDir: OUT_DIR, buildMs: performance.now() - started, routes: [], totalJsGzipBytes: 0, error: (error as Error).message.split('\n')[0] ?? String(error) };
  }
  const buildMs = performance.now() - started;
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  // The app's own page; auth-redirect.html (the sign-in return page) is a second entry and not what a user waits for.
  const entryKey = 'index.html';
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string): { raw: number; gzip: number } => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = fs.readFileSync(path.join(outDir, file));
      s = { raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
      sizes.set(file, s);
    }
    return s;
  };
  const shell = staticClosure(manifest, entryKey, new Set());
  const routes = ROUTES.map(({ route, module }) => {
    const lazyKey = Object.keys(manifest).find((k) => manifest[k]?.src === module && !manifest[k]?.isEntry);
    const keys = lazyKey ? staticClosure(manifest, lazyKey, new Set(shell)) : shell;
    const files = [...keys].map((k) => manifest[k]?.file ?? '').filter((f) => f.endsWith('.js'));
    return {
      route,
      module,
      lazy: lazyKey !== undefined,
      files,
      rawBytes: files.reduce((n, f) => n + sizeOf(f).raw, 0),
      gzipBytes: files.reduce((n, f) => n + sizeOf(f).gzip, 0),
    };
  });
  const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  return { outDir: OUT_DIR, buildMs, routes, totalJsGzipBytes: allJs.reduce((n, f) => n + sizeOf(f).gzip, 0) };
}
