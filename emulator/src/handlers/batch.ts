// JSON batching: https://learn.microsoft.com/en-us/graph/json-batching
// At most 20 requests; duplicate ids → 400 for the whole batch; a body needs Content-Type; dependsOn runs in order and
// a failed dependency gives 424; every inner request is authorized and throttled on its own.
import type { GraphError } from '../errors/GraphErrorFactory';
import { GraphErrors, errorBody } from '../errors/GraphErrorFactory';
import type { GraphRequest, GraphResponse } from './context';
import { json } from './context';

export const MAX_BATCH_REQUESTS = 20;

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

export type InnerDispatch = (req: GraphRequest) => Promise<GraphResponse>;

function parseRequests(body: unknown): InnerRequest[] {
  const requests = body && typeof body === 'object' ? (body as Record<string, unknown>).requests : undefined;
  if (!Array.isArray(requests)) throw GraphErrors.badRequest("Invalid batch payload: 'requests' must be an array.");
  if (requests.length === 0) throw GraphErrors.badRequest('Invalid batch payload: no requests.');
  if (requests.length > MAX_BATCH_REQUESTS) throw GraphErrors.badRequest(`Invalid batch payload: the number of requests exceeds the limit of ${MAX_BATCH_REQUESTS}.`);
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown): InnerRequest => {
    if (!raw || typeof raw !== 'object') throw GraphErrors.badRequest('Invalid batch payload: each request must be an object.');
    const r = raw as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
    if (!id) throw GraphErrors.badRequest("Invalid batch payload: a request has no 'id'.");
    if (seen.has(id)) throw GraphErrors.badRequest(`Invalid batch payload: the request id '${id}' is used more than once.`);
    seen.add(id);
    if (typeof r.method !== 'string' || typeof r.url !== 'string') throw GraphErrors.badRequest(`Invalid batch payload: request '${id}' needs 'method' and 'url'.`);
    const headers: Record<string, string> = {};
    if (r.headers && typeof r.headers === 'object') {
      for (const [k, v] of Object.entries(r.headers as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    }
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    return { id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn };
  });
  for (const r of parsed) {
    for (const d of r.dependsOn) if (!seen.has(d)) throw GraphErrors.badRequest(`Invalid batch payload: request '${r.id}' depends on unknown request '${d}'.`);
  }
  // Reject cycles: they could never run.
  const state = new Map<string, 'visiting' | 'done'>();
  const byId = new Map(parsed.map((r) => [r.id, r]));
  const visit = (id: string): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw GraphErrors.badRequest('Invalid batch payload: dependsOn forms a cycle.');
    state.set(id, 'visiting');
    for (const d of byId.get(id)?.dependsOn ?? []) visit(d);
    state.set(id, 'done');
  };
  for (const r of parsed) visit(r.id);
  return parsed;
}

/** Relative url with or without the /v1.0 prefix → path and query. */
function splitUrl(url: string): { path: string; query: URLSearchParams } | undefined {
  if (/^[a-z]+:\/\//i.test(url)) return undefined;
  let rest = url.replace(/^\/+/, '');
  if (/^v1\.0\//i.test(rest)) rest = rest.slice(5);
  const q = rest.indexOf('?');
  const path = `/${q === -1 ? rest : rest.slice(0, q)}`;
  return { path, query: new URLSearchParams(q === -1 ? '' : rest.slice(q + 1)) };
}

export async function batchHandler(outer: GraphRequest, dispatch: InnerDispatch): Promise<GraphResponse> {
  const requests = parseRequests(outer.body);
  const results = new Map<string, Promise<GraphResponse>>();
  const innerError = (id: string, err: GraphError): GraphResponse => json(err.status, errorBody(err, id, id), { 'Content-Type': 'application/json' });

  const run = async (r: InnerRequest): Promise<GraphResponse> => {
    for (const d of r.dependsOn) {
      const dep = await results.get(d);
      if (!dep || dep.status >= 400) return innerError(r.id, GraphErrors.failedDependency());
    }
    const target = splitUrl(r.url);
    if (!target) return innerError(r.id, GraphErrors.badRequest('Invalid request URI: the url must be relative.'));
    if (r.body !== undefined && r.headers['content-type'] === undefined) {
      return innerError(r.id, GraphErrors.badRequest(`Write request id : ${r.id} does not contain Content-Type header or body.`));
    }
    let body = r.body;
    let rawBody: Buffer | undefined;
    const isJson = (r.headers['content-type'] ?? '').includes('json');
    if (typeof body === 'string' && isJson) {
      try {
        body = JSON.parse(body);
      } catch {
        return innerError(r.id, GraphErrors.badRequest('Invalid JSON body.'));
      }
    } else if (typeof body === 'string') {
      // A non-JSON body (a file) travels base64-encoded inside the batch (json-batching: "Request format").
      rawBody = Buffer.from(body, 'base64');
      body = undefined;
    }
    const headers = { ...r.headers };
    if (outer.headers.authorization !== undefined) headers.authorization = outer.headers.authorization;
    return dispatch({ method: r.method, path: target.path, query: target.query, headers, body, origin: 'inner', ...(rawBody ? { rawBody } : {}) });
  };

  // Requests run in array order; one with dependsOn waits for its dependencies (Graph runs independent ones in any order).
  for (const r of requests) results.set(r.id, run(r));
  const responses = await Promise.all(
    requests.map(async (r) => {
      const res = (await results.get(r.id)) as GraphResponse;
      return { id: r.id, status: res.status, headers: res.headers, ...(res.status === 204 || res.body === undefined ? {} : { body: res.body }) };
    }),
  );
  return json(200, { responses });
}
