// The HTTPS server: CORS preflight, the admin API, and the Graph pipeline
// (faults → authentication → route → handler → statistics) shared by top-level and $batch inner requests.
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { TlsMaterial } from './tls';
import { authenticate } from './auth/authenticate';
import type { DevUser } from './auth/devUsers';
import { GraphError, GraphErrors, errorBody } from './errors/GraphErrorFactory';
import type { EmulatorState, GraphRequest, GraphResponse, HandlerContext, Meter } from './handlers/context';
import { nowMs } from './handlers/context';
import { adminError, adminHandler } from './handlers/admin';
import { batchHandler } from './handlers/batch';
import { classify, route } from './router';
import { corsHeaders, preflightHeaders } from './preflight/cors';
import { DOWNLOAD_PATH, serveDownload, serveLibraryFile } from './handlers/download';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

interface Outcome {
  response: GraphResponse;
  drop?: 'before' | 'after';
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const byteLength = (body: unknown): number => (body === undefined ? 0 : Buffer.byteLength(JSON.stringify(body)));
const innerBytes = (req: GraphRequest): number => req.rawBody?.length ?? byteLength(req.body);

/** Runs one Graph request (top-level or inside $batch) through faults, auth, routing and stats. */
export async function processGraphRequest(state: EmulatorState, req: GraphRequest, bytesIn: number): Promise<Outcome> {
  const requestId = randomUUID();
  const clientRequestId = req.headers['client-request-id'] ?? randomUUID();
  const meter: Meter = { kind: /^\/\$batch\/?$/i.test(req.path) ? 'batch' : 'other' };
  let user: DevUser | undefined;
  let drop: 'before' | 'after' | undefined;
  let response: GraphResponse;

  const decision = state.faults.decide(req.method, `/v1.0${req.path}`, req.origin);
  if (decision.latencyMs > 0) await sleep(decision.latencyMs);
  if (decision.kind === 'drop' && decision.when === 'before') return { response: { status: 0, headers: {} }, drop: 'before' };
  if (decision.kind === 'drop') drop = 'after';

  try {
    if (decision.kind === 'status') {
      // Throttled requests count toward SharePoint's limits as well, at the cost of what they asked for.
      if (decision.status === 429 || decision.status === 503) {
        Object.assign(meter, classify(req.method, req.path, req.query));
        try {
          user = authenticate(req.headers.authorization, state.store);
        } catch {
          // An unauthenticated throttled request is attributed to nobody.
        }
      }
      throw GraphErrors.forStatus(decision.status, decision.retryAfterSeconds);
    }
    user = authenticate(req.headers.authorization, state.store);
    if (meter.kind === 'batch') {
      if (req.origin === 'inner') throw GraphErrors.badRequest('A $batch request cannot contain $batch.');
      if (req.method !== 'POST') throw GraphErrors.methodNotAllowed();
      meter.ru = 0;
      response = await batchHandler(req, async (inner) => {
        const out = await processGraphRequest(state, inner, innerBytes(inner));
        return out.response;
      });
    } else {
      const now = nowMs(state);
      // SharePoint's budget throttles SharePoint: a Teams call (the activity feed) has limits of its own.
      if (state.budget.isSpent(now, state.settings.tenantRuPerMinute) && classify(req.method, req.path, req.query).kind !== 'activity') {
        Object.assign(meter, classify(req.method, req.path, req.query));
        throw GraphErrors.budgetSpent(state.budget.secondsToReset(now));
      }
      const ctx: HandlerContext = { req, user, state, meter };
      response = route(ctx);
    }
  } catch (err) {
    const graphError = err instanceof GraphError ? err : GraphErrors.general(err instanceof Error ? err.message : String(err));
    if (!(err instanceof GraphError)) console.error('[graph-emulator] unexpected error', err);
    response = { status: graphError.status, headers: { ...graphError.headers }, body: errorBody(graphError, requestId, clientRequestId) };
  }

  response.headers = {
    ...(response.body !== undefined ? { 'Content-Type': JSON_TYPE } : {}),
    'Cache-Control': 'no-store, no-cache',
    'OData-Version': '4.0',
    'request-id': requestId,
    'client-request-id': clientRequestId,
    'x-ms-ags-diagnostic': JSON.stringify({ ServerInfo: { DataCenter: 'Local', Slice: 'E', Ring: '0', ScaleUnit: '000', RoleInstance: 'graph-emulator' } }),
    ...(meter.ru !== undefined ? { 'x-ms-resource-unit': String(meter.ru) } : {}),
    ...response.headers,
  };
  const ru = meter.ru ?? 0;
  if (ru === 0) delete response.headers['x-ms-resource-unit'];
  if (user) {
    // The app's budget: every authenticated request counts, throttled ones too; the $batch envelope costs 0 but
    // carries the headers as they stand after its inner requests.
    const now = nowMs(state);
    state.budget.charge(now, ru);
    Object.assign(response.headers, state.budget.headers(now, state.settings.tenantRuPerMinute));
  }
  state.stats.record({
    method: req.method, kind: meter.kind, status: response.status, origin: req.origin, userId: user?.id,
    bytesIn, bytesOut: byteLength(response.body), ru, latencyMs: decision.latencyMs,
  });
  if (state.log) console.log(`${req.origin === 'inner' ? '  ↳' : ''}${req.method} /v1.0${req.path} ${response.status}${user ? ` (${user.id})` : ''}`);
  return drop ? { response, drop } : { response };
}

interface ReadBody {
  bytes: Buffer;
  /** Total size sent; when over the limit the bytes are drained and dropped (the client still gets an answer). */
  size: number;
  tooLarge: boolean;
}

function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ bytes: size > limit ? Buffer.alloc(0) : Buffer.concat(chunks), size, tooLarge: size > limit }));
    req.on('error', reject);
  });
}

/** An upload (PUT …/content) carries the file's bytes, not JSON. */
const isBinaryUpload = (method: string, pathname: string): boolean => method === 'PUT' && /\/content\/?$/i.test(pathname);

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...headers, ...(payload ? { 'Content-Length': String(payload.length) } : {}) });
  res.end(payload);
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function handle(state: EmulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsHeaders(req.headers, state.settings.exposeRetryAfter);
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const pathname = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
  const method = (req.method ?? 'GET').toUpperCase();

  if (method === 'OPTIONS') {
    send(res, 200, preflightHeaders(req.headers), undefined);
    return;
  }
  // A pre-authenticated download URL, or a library file at its webUrl's path: no Authorization, not a Graph request.
  const file = pathname === DOWNLOAD_PATH ? (method === 'GET' ? serveDownload(state, query) : { status: 405, headers: {}, body: Buffer.alloc(0) }) : method === 'GET' && /^\/sites\//i.test(pathname) ? serveLibraryFile(state, pathname) : undefined;
  if (file) {
    res.writeHead(file.status, { ...file.headers, ...cors, 'Content-Length': String(file.body.length), 'Cache-Control': 'no-store' });
    res.end(file.body);
    return;
  }
  const binary = isBinaryUpload(method, pathname);
  const read = await readBody(req, binary ? state.settings.maxUploadBytes : state.settings.maxBodyBytes);
  const raw = read.bytes;
  let body: unknown;
  const bodyError = (() => {
    if (read.tooLarge && !binary) return GraphErrors.invalidRequest(`The request body is larger than ${state.settings.maxBodyBytes} bytes.`);
    if (raw.length === 0 || binary) return undefined;
    try {
      body = JSON.parse(raw.toString('utf8'));
      return undefined;
    } catch {
      return GraphErrors.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    }
  })();

  if (pathname === '/_emulator' || pathname.startsWith('/_emulator/')) {
    const r = bodyError ? adminError(bodyError) : adminHandler(state, method, pathname, body, query);
    send(res, r.status, { ...cors, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, r.body);
    return;
  }

  const v1 = /^\/v1\.0(\/.*)?$/i.exec(pathname);
  if (!v1 || bodyError) {
    const err = bodyError ?? GraphErrors.notFound(`Invalid version or resource: '${pathname}'.`);
    const id = randomUUID();
    send(res, err.status, { ...cors, 'Content-Type': JSON_TYPE, 'request-id': id, 'client-request-id': req.headers['client-request-id']?.toString() ?? id }, errorBody(err, id, req.headers['client-request-id']?.toString() ?? id));
    return;
  }
  const graphReq: GraphRequest = {
    method, path: v1[1] ?? '/', query, headers: lowerHeaders(req), body, origin: 'top',
    ...(binary ? { rawBody: raw, bodyBytes: read.size } : {}),
  };
  const outcome = await processGraphRequest(state, graphReq, read.size);
  if (outcome.drop) {
    // A lost connection: the client sees a network error, not a status (after the change was applied, for 'after').
    req.socket.destroy();
    return;
  }
  send(res, outcome.response.status, { ...outcome.response.headers, ...cors }, outcome.response.body);
}

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) races its clients: undici reuses a socket
 * until 1 s before the server's announced timeout, and on a busy machine the server's close and the client's next
 * request cross, which the client sees as ECONNRESET. With a long timeout the client closes idle sockets first.
 */
const KEEP_ALIVE_MS = 120_000;

export function createGraphServer(state: EmulatorState, tls: TlsMaterial): https.Server {
  const server = https.createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    handle(state, req, res).catch((err: unknown) => {
      console.error('[graph-emulator] request failed', err);
      const id = randomUUID();
      if (!res.headersSent) send(res, 500, {}, errorBody(GraphErrors.general('Internal emulator error.'), id, id));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  return server;
}
