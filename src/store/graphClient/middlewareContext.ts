// Small helpers for the SDK's middleware context: headers may be a plain object or a Headers instance.
import type { Context } from '@microsoft/microsoft-graph-client';
import type { StoreError } from './StoreError';

export function setRequestHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else options.headers = { ...(headers as Record<string, string> | undefined), [name]: value };
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : (context.request as Request).url;
}

/**
 * Carries a typed failure out of the middleware chain: the SDK wraps anything thrown inside it in its own GraphError,
 * so a middleware records the StoreError here (passed per request as a middleware option) before throwing.
 */
export class RequestTrace {
  failure?: StoreError;
}

export function failWith(context: Context, error: StoreError): never {
  const trace = context.middlewareControl?.getMiddlewareOptions(RequestTrace) as RequestTrace | undefined;
  if (trace) trace.failure = error;
  throw error;
}

/**
 * Whether sending the request again cannot write twice: a GET, or a $batch of GETs only. A write whose connection
 * dropped may have been applied; it is not resent here but handed back as a network failure, so the store's
 * "may have been written" check (the Events list) decides, with or without a unique column to catch a duplicate.
 */
export function isSafeToResend(context: Context): boolean {
  const method = (context.options?.method ?? 'GET').toUpperCase();
  if (method === 'GET') return true;
  if (method !== 'POST' || !/\/\$batch(\?|$)/.test(requestUrl(context))) return false;
  const body = context.options?.body;
  if (typeof body !== 'string') return false;
  try {
    const requests = (JSON.parse(body) as { requests?: { method?: string }[] }).requests ?? [];
    return requests.every((r) => (r.method ?? '').toUpperCase() === 'GET');
  } catch {
    return false;
  }
}
