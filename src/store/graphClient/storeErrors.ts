// Graph's HTTP answers in the store's words: every failure the UI sees is a StoreError with a code it can localize.
import { StoreError } from './StoreError';
import type { StoreErrorCode } from './StoreError';

/** Graph's error body: `{"error":{"code","message"}}`. */
export function graphErrorOf(body: unknown): { code: string; message: string } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  return { code: typeof error?.code === 'string' ? error.code : '', message: typeof error?.message === 'string' ? error.message : '' };
}

const unknownField = /Field '([^']+)' is not recognized/i;

/** Maps a non-2xx status (top-level or inside a $batch) to a StoreError. `notFound` says what a 404 means here. */
export function storeErrorFor(status: number, body: unknown, what: string, notFound: StoreErrorCode = 'unknown'): StoreError {
  const { code, message } = graphErrorOf(body);
  const detail = `${what}: ${status}${code ? ` ${code}` : ''}${message ? ` – ${message}` : ''}`;
  if (status === 401) return new StoreError('signInExpired', detail, { status });
  if (status === 403) return new StoreError('accessDenied', detail, { status });
  if (status === 404) return new StoreError(notFound, detail, { status });
  if (status === 412 || status === 409) return new StoreError('conflict', detail, { status, retryable: true });
  if (status === 429) return new StoreError('throttled', detail, { status, retryable: true });
  if (status >= 500) return new StoreError('unavailable', detail, { status, retryable: true });
  const field = unknownField.exec(message)?.[1];
  if (status === 400 && field) return new StoreError('columnsMissing', detail, { status, missing: [field] });
  if (status === 400) return new StoreError('invalidInput', detail, { status });
  return new StoreError('unknown', detail, { status });
}
