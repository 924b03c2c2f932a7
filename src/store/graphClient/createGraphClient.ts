// The one Graph client of the app: the SDK's Client over OUR middleware chain
//   auth (token, one renewal on 401) → retry (429/503/504/network, budgeted) → counting → HTTP
// which works over http and https alike (the SDK's default chain drops the token on http:// hosts).
// The SDK itself is a chunk of its own, not in the first paint (a warm open paints from the device before any
// request): fetched as soon as this module runs (beside sign-in), so a cold open's first request does not wait.
import type { Client, Middleware } from '@microsoft/microsoft-graph-client';
import type * as GraphSdk from './graphSdk';
import { StoreError } from './StoreError';
import { AuthMiddleware } from './authMiddleware';
import type { TokenProvider } from './authMiddleware';
import { BudgetMiddleware } from './budgetMiddleware';
import { BudgetTracker } from './budgetSignals';
import { CountingMiddleware } from './countingMiddleware';
import { FetchHandler } from './fetchHandler';
import { isSuccess } from './httpStatus';
import { RequestTrace } from './middlewareContext';
import { DEFAULT_RETRY_BUDGET, realSleep } from './retryPolicy';
import type { RetryBudget, RetryTiming } from './retryPolicy';
import { RetryMiddleware } from './retryMiddleware';
import { storeErrorFor } from './storeErrors';
import { GraphTrafficCounter } from './trafficCounter';

export type { TokenProvider } from './authMiddleware';
export { GraphTrafficCounter } from './trafficCounter';
export type { GraphTrafficSnapshot } from './trafficCounter';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0`, or `http://localhost:PORT/v1.0` (local mode through the dev server's proxy). */
  baseUrl: string;
  tokens: TokenProvider;
  /** Scopes asked of the token provider (it may ignore them). */
  scopes?: readonly string[];
  /** `NONISV|HelsefellesskapInnlandet|FellesModell/<version>`: identifies our traffic to Microsoft. */
  userAgentTag: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  retry?: Partial<RetryBudget>;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphCall {
  method: HttpMethod;
  /** Relative to the base URL (`/sites/…`), or an absolute nextLink/deltaLink. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GraphAnswer<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON; undefined for an empty body (204). */
  body: T;
}

let sdk: Promise<typeof GraphSdk> | undefined;

/** Fetches the SDK once; a fetch that failed (no network) is tried again by the next request. */
function loadGraphSdk(): Promise<typeof GraphSdk> {
  if (!sdk) {
    sdk = import('./graphSdk');
    sdk.catch(() => (sdk = undefined));
  }
  return sdk;
}
loadGraphSdk().catch(() => undefined);

export interface GraphConnection {
  /** The SDK client, for code that wants the SDK's own helpers (PageIterator, LargeFileUploadTask); loaded on demand. */
  client(): Promise<Client>;
  readonly baseUrl: string;
  readonly traffic: GraphTrafficCounter;
  readonly timing: RetryTiming;
  /** The tenant budget as the answers on this connection signal it (top level and inside $batch). */
  readonly budget: BudgetTracker;
  /** Sends one request; resolves with any HTTP status. Throws StoreError for throttled/unavailable/network. */
  send<T = unknown>(call: GraphCall): Promise<GraphAnswer<T>>;
  /** Like `send`, but a non-2xx status becomes a StoreError (`notFound` says what a 404 means to the caller). */
  call<T = unknown>(call: GraphCall, notFound?: StoreError['code']): Promise<T>;
  /** A Graph URL (absolute, any host) made relative to this connection's base, e.g. a nextLink. */
  relative(url: string): string;
}

/** `scheme://host[:port]/v1.0` → `{ host: 'scheme://host[:port]', version: 'v1.0' }`. */
function splitBaseUrl(baseUrl: string): { host: string; version: string } {
  const url = new URL(baseUrl);
  const version = url.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
  return { host: `${url.protocol}//${url.host}`, version };
}

export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const traffic = new GraphTrafficCounter();
  const budget = new BudgetTracker(options.now ?? Date.now);
  const timing: RetryTiming = {
    budget: { ...DEFAULT_RETRY_BUDGET, ...options.retry },
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
  const { host, version } = splitBaseUrl(options.baseUrl);
  const connect = async () => {
    const { Client, HTTPMessageHandler, GRAPH_SDK_VERSION, ResponseType } = await loadGraphSdk();
    const chain: Middleware[] = [
      new AuthMiddleware(options.tokens, traffic, options.scopes),
      new RetryMiddleware(timing, traffic),
      new CountingMiddleware(traffic),
      new BudgetMiddleware(budget),
      options.fetch ? new FetchHandler(options.fetch) : new HTTPMessageHandler(),
    ];
    for (let i = 0; i < chain.length - 1; i += 1) chain[i]?.setNext?.(chain[i + 1] as Middleware);
    // Browsers refuse to set User-Agent from script; SdkVersion carries the tag everywhere (Graph's CORS allows it).
    const identity: Record<string, string> = { SdkVersion: `${options.userAgentTag} graph-js/${GRAPH_SDK_VERSION}` };
    if (typeof window === 'undefined') identity['User-Agent'] = options.userAgentTag;
    const client = Client.initWithMiddleware({ middleware: chain[0], baseUrl: host, defaultVersion: version, fetchOptions: { headers: identity } });
    return { client, raw: ResponseType.RAW };
  };
  let connected: ReturnType<typeof connect> | undefined;
  // A chunk that could not be fetched (no network) is fetched again by the next request.
  const sdkClient = () => {
    if (!connected) {
      connected = connect();
      connected.catch(() => (connected = undefined));
    }
    return connected;
  };

  const relative = (url: string): string => {
    if (!/^https?:\/\//i.test(url)) return url.startsWith('/') ? url : `/${url}`;
    const parsed = new URL(url);
    // Graph's links point at the same service: keep path and query, drop scheme, host and version.
    const path = parsed.pathname.replace(/^\/(v1\.0|beta)(?=\/|$)/, '');
    return `${path}${parsed.search}`;
  };

  const send = async <T,>(call: GraphCall): Promise<GraphAnswer<T>> => {
    const trace = new RequestTrace();
    let response: Response;
    try {
      const { client, raw } = await sdkClient();
      const request = client.api(relative(call.path)).responseType(raw).middlewareOptions([trace]);
      if (call.headers) request.headers(call.headers);
      switch (call.method) {
        case 'GET': response = (await request.get()) as Response; break;
        case 'POST': response = (await request.post(call.body ?? {})) as Response; break;
        case 'PATCH': response = (await request.patch(call.body ?? {})) as Response; break;
        case 'DELETE': response = (await request.delete()) as Response; break;
      }
    } catch (error) {
      if (trace.failure) throw trace.failure;
      if (error instanceof StoreError) throw error;
      throw new StoreError('network', `${call.method} ${call.path}: ${(error as Error).message ?? String(error)}`, { retryable: true, cause: error });
    }
    const text = await response.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: response.status, headers: response.headers, body: body as T };
  };

  const call = async <T,>(graphCall: GraphCall, notFound: StoreError['code'] = 'unknown'): Promise<T> => {
    const answer = await send<T>(graphCall);
    if (isSuccess(answer.status)) return answer.body;
    throw storeErrorFor(answer.status, answer.body, `${graphCall.method} ${graphCall.path}`, notFound);
  };

  return { client: async () => (await sdkClient()).client, baseUrl: `${host}/${version}`, traffic, timing, budget, send, call, relative };
}
