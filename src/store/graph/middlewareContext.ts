// Small helpers for the SDK's middleware context: headers may be a plain object or a Headers instance.
import type { Context } from '@microsoft/microsoft-graph-client';
import type { StoreError } from '../ChecklistStore';

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
