// `npm start`: the whole app on a laptop with no tenant. Starts the Graph emulator (SQLite in .local/graph.sqlite),
// serves a production build of the app (local mode) on http://localhost:5173 (or the next free port) with the Graph
// paths proxied to the emulator, provisions the lists and seeds the demo projects through our own store code (once),
// and prints the address. One origin, plain http on localhost (a secure context): no certificate warning.
// `npm run dev` (or `--dev`) serves through Vite's dev server instead, with hot reload, behind the same proxy.
// The build is made again only when a source is newer than it, so a second start is quick.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build, createServer as createViteServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { LOCAL_MODE_WEB_URL_HOSTS, startEmulator } from '../emulator/src/index';
import { startLocalServer } from './lib/localServer';
import { seedDemo } from './lib/seedDemo';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 5173);
  mkdirSync('.local', { recursive: true });
  // The app's activity notices link to this local app (a loopback origin), as they link to Teams in a tenant.
  const emulator = await startEmulator({ port: 0, data: process.env.GRAPH_DATA ?? '.local/graph.sqlite', tlsDir: '.local/tls', settings: { activityWebUrlHosts: LOCAL_MODE_WEB_URL_HOSTS } });
  process.env.VITE_GRAPH_MODE = 'local';
  const dev = process.argv.includes('--dev') || process.env.npm_lifecycle_event === 'dev';

  let vite: ViteDevServer | undefined;
  const server = dev
    ? await startLocalServer({
        emulatorBaseUrl: emulator.baseUrl,
        emulatorCa: emulator.certPem,
        port,
        app: { handler: (req: IncomingMessage, res: ServerResponse) => vite?.middlewares(req, res) },
        beforeListen: async (httpServer) => {
          vite = await createViteServer({ server: { middlewareMode: true, hmr: { server: httpServer } }, appType: 'spa' });
        },
      })
    : await startLocalServer({ emulatorBaseUrl: emulator.baseUrl, emulatorCa: emulator.certPem, port, app: { staticDir: await productionBuild() } });

  console.log('Setting up the demo projects …');
  const report = await seedDemo({ graphBaseUrl: `${server.url}/v1.0`, adminOrigin: server.url, log: (line) => console.log(`  ${line}`) });
  if (report.skipped.length > 0) console.log(`  ${report.skipped.length} demo project(s) already there, left as they are.`);

  console.log(`
  Felles modell (local mode, ${dev ? 'dev server with hot reload' : 'production build'}) is running:

    ${server.url}/

  Pick a dev user and a demo project at the top of the page. Open a second window to play a second user.
  Graph emulator: ${emulator.baseUrl} (data in .local/graph.sqlite; delete it to start over). Ctrl+C stops.
`);

  const stop = async () => {
    await vite?.close();
    await server.close();
    await emulator.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

const BUILD_DIR = '.local/app-build';
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), info.mtimeMs);
}

/** The app as users get it (minified, split, React's production build), built again only when a source changed. */
async function productionBuild(): Promise<string> {
  const stampFile = join(BUILD_DIR, '.source-stamp');
  const stamp = String(Math.max(...INPUTS.map(newestMtime)));
  const built = (() => {
    try {
      return readFileSync(stampFile, 'utf8');
    } catch {
      return '';
    }
  })();
  if (built === stamp) return BUILD_DIR;
  console.log('Building the app (production, local mode) …');
  process.env.NODE_ENV = 'production';
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: BUILD_DIR, emptyOutDir: true } });
  writeFileSync(stampFile, stamp);
  return BUILD_DIR;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
