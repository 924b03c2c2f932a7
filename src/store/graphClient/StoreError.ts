// The store's one failure type: a code the UI translates, never a message shown as it is.

export const STORE_ERROR_CODES = [
  'listsMissing', // the site has none or only some of our lists (see `missing`)
  'columnsMissing', // a list was edited by hand: our columns are gone or renamed
  'siteNotFound',
  'projectNotFound',
  'accessDenied', // 403: no permission; never retried
  'signInExpired', // 401 after one renewal
  'throttled', // 429 past our retry budget
  'unavailable', // 503/5xx past our retry budget
  'network', // the request never got an answer
  'conflict', // 412 past our retry budget
  'invalidInput', // refused before sending (fødselsnummer, too long, unknown value)
  'unknown',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** A typed, user-presentable failure: the UI maps `code` to a localized message. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly missing?: string[];
  constructor(code: StoreErrorCode, message: string, options: { retryable?: boolean; status?: number; missing?: string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    if (options.status !== undefined) this.status = options.status;
    if (options.missing !== undefined) this.missing = options.missing;
  }
}
