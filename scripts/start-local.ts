// `npm start`: the whole app on a laptop with no tenant. Starts the Graph emulator (SQLite in .local/graph.sqlite),
// serves the app through Vite's dev server on http://localhost:5173 (or the next free port) with the Graph paths
// proxied to the emulator, provisions the lists and seeds the demo projects through our own store code (once), and
// prints the address. One origin, plain http on localhost (a secure context): no certificate warning.
import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createViteServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { startEmulator } from '../emulator/src/index';
import { startLocalServer } from './lib/localServer';
import { seedDemo } from './lib/seedDemo';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 5173);
  mkdirSync('.local', { recursive: true });
  const emulator = await startEmulator({ port: 0, data: process.env.GRAPH_DATA ?? '.local/graph.sqlite', tlsDir: '.local/tls' });
  process.env.VITE_GRAPH_MODE = 'local';

  let vite: ViteDevServer | undefined;
  const server = await startLocalServer({
    emulatorBaseUrl: emulator.baseUrl,
    emulatorCa: emulator.certPem,
    port,
    app: { handler: (req: IncomingMessage, res: ServerResponse) => vite?.middlewares(req, res) },
    beforeListen: async (httpServer) => {
      vite = await createViteServer({ server: { middlewareMode: true, hmr: { server: httpServer } }, appType: 'spa' });
    },
  });

  console.log('Setting up the demo projects …');
  const report = await seedDemo({ graphBaseUrl: `${server.url}/v1.0`, adminOrigin: server.url, log: (line) => console.log(`  ${line}`) });
  if (report.skipped.length > 0) console.log(`  ${report.skipped.length} demo project(s) already there, left as they are.`);

  console.log(`
  Felles modell (local mode) is running:

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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
