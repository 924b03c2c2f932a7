// CORS as Graph answers it: any origin; preflight allows the headers the SDK and the app send; real responses expose
// request-id, client-request-id, ETag, Location … but not Retry-After (observed, docs/graph-subset.md), unless the
// `exposeRetryAfter` setting is on. The RateLimit-* headers follow the same setting: they are throttling signals like
// Retry-After, and nothing documents Graph exposing them to a browser, so a browser client must not count on reading
// them from a top-level response (it can read them in $batch inner responses, which are JSON).
import type { IncomingHttpHeaders } from 'node:http';

const ALLOWED_HEADERS = ['authorization', 'content-type', 'prefer', 'if-match', 'if-none-match', 'client-request-id', 'sdkversion', 'retry-attempt',
  'return-client-request-id', 'consistencylevel', 'accept', 'accept-language', 'cache-control', 'x-requested-with', 'feature-flag'];
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD';
const EXPOSED = ['request-id', 'client-request-id', 'ETag', 'Location', 'Preference-Applied', 'OData-Version', 'Content-Type', 'x-ms-ags-diagnostic', 'x-ms-resource-unit'];

const THROTTLING_HEADERS = ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

export function preflightHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const origin = headers.origin ?? '*';
  const requested = String(headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const allowed = [...ALLOWED_HEADERS, ...requested.filter((h) => h.startsWith('x-ms-') || ALLOWED_HEADERS.includes(h))];
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': [...new Set(allowed)].join(', '),
    'Access-Control-Max-Age': '3600',
    Vary: 'Origin',
  };
}

export function corsHeaders(headers: IncomingHttpHeaders, exposeRetryAfter: boolean): Record<string, string> {
  if (!headers.origin) return {};
  return {
    'Access-Control-Allow-Origin': headers.origin,
    'Access-Control-Expose-Headers': [...EXPOSED, ...(exposeRetryAfter ? THROTTLING_HEADERS : [])].join(', '),
    Vary: 'Origin',
  };
}
