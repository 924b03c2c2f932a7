// The one origin a browser sees in local mode and in the browser tests: http://localhost serves the app (Vite's
// dev server, or a built `dist`) and proxies Graph's paths to the HTTPS emulator, trusting its certificate as a CA.
// localhost is a secure context, so there is no certificate warning and nothing to weaken in the browser.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Graph's paths, the emulator's admin API, and SharePoint's own: the download path and a library file's webUrl path
 * (`/sites/koordinering/Maler/Gevinstplan.docx`), which the app links to in local mode (src/ui/base/libraryFileHref.ts).
 */
export const PROXIED_PREFIXES = ['/v1.0', '/$batch', '/_emulator', '/_layouts', '/sites'] as const;

export interface ExtraRoute {
  contentType: string;
  body: string | Buffer;
}

export interface LocalServerOptions {
  /** The emulator's base URL, `https://127.0.0.1:PORT`. */
  emulatorBaseUrl: string;
  /** The emulator's self-signed certificate (PEM), trusted for the proxy's requests only. */
  emulatorCa: string;
  /** What serves everything else: a built app's folder, or a Connect-style handler such as Vite's middlewares. */
  app: { staticDir: string } | { handler: (req: IncomingMessage, res: ServerResponse) => void };
  /** Test-only pages (the Teams host simulator), served before the app. */
  extraRoutes?: Record<string, ExtraRoute>;
  /** Port to try first; the next free one is taken when it is busy. 0 = any free port. */
  port?: number;
  host?: string;
  /** Called with the server before it listens (Vite's HMR attaches its websocket here). */
  beforeListen?: (server: Server) => void | Promise<void>;
}

export interface LocalServer {
  /** `http://localhost:PORT` */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const upstream = new URL(options.emulatorBaseUrl);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const extra = options.extraRoutes?.[path];
    if (extra) {
      res.writeHead(200, { 'content-type': extra.contentType, 'cache-control': 'no-store' });
      res.end(extra.body);
      return;
    }
    if (PROXIED_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix + '/'))) {
      proxyToEmulator(req, res, upstream, options.emulatorCa);
      return;
    }
    if ('handler' in options.app) options.app.handler(req, res);
    else void serveStatic(options.app.staticDir, path, res);
  });
  await options.beforeListen?.(server);
  const host = options.host ?? '127.0.0.1';
  const port = await listenFrom(server, options.port ?? 0, host);
  return {
    url: `http://localhost:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Listens on `port`, or the next free one (up to 20 tries); 0 asks the OS. */
async function listenFrom(server: Server, port: number, host: string): Promise<number> {
  for (let candidate = port, tries = 0; ; candidate++, tries++) {
    try {
      await new Promise<void>((ok, fail) => {
        server.once('error', fail);
        server.listen(candidate, host, () => {
          server.off('error', fail);
          ok();
        });
      });
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || tries >= 20) throw error;
    }
  }
}

/**
 * Forwards one request. The emulator writes absolute links (`@odata.nextLink`, deltaLink, `Location`) with its own
 * base URL; they are rewritten to this origin so the browser's next request comes back through the proxy.
 */
function proxyToEmulator(req: IncomingMessage, res: ServerResponse, upstream: URL, ca: string): void {
  const origin = `http://${req.headers.host ?? 'localhost'}`;
  const headers = { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' };
  delete headers.origin;
  delete headers.referer;
  const outbound = httpsRequest(
    { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers, ca },
    (answer) => {
      const rewrite = (text: string) => text.split(upstream.origin).join(origin);
      const responseHeaders = { ...answer.headers };
      if (typeof responseHeaders.location === 'string') responseHeaders.location = rewrite(responseHeaders.location);
      if (!/json|text/.test(String(answer.headers['content-type'] ?? ''))) {
        res.writeHead(answer.statusCode ?? 502, responseHeaders);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.from(rewrite(Buffer.concat(chunks).toString('utf8')), 'utf8');
        delete responseHeaders['transfer-encoding'];
        responseHeaders['content-length'] = String(body.length);
        res.writeHead(answer.statusCode ?? 502, responseHeaders);
        res.end(body);
      });
      answer.on('error', () => res.destroy());
    },
  );
  outbound.on('error', (error) => {
    // The emulator dropped the connection (fault injection does this on purpose): drop ours too, as a network would.
    if (!res.headersSent && (error as NodeJS.ErrnoException).code === 'ECONNREFUSED') {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('The Graph emulator is not running.');
    } else res.destroy();
  });
  req.pipe(outbound);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

async function serveStatic(root: string, path: string, res: ServerResponse): Promise<void> {
  const base = resolve(root);
  const wanted = normalize(join(base, decodeURIComponent(path)));
  // Unknown paths get the app (it routes by hash); paths outside the folder get nothing.
  let file = wanted.startsWith(base) ? wanted : join(base, 'index.html');
  const info = await stat(file).catch(() => undefined);
  if (!info || info.isDirectory()) file = join(base, 'index.html');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  }
}
