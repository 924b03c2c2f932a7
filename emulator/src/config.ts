// The emulator's settings. Behaviours that Graph documents are fixed in code; behaviours only *observed* in the
// real service (docs/graph-subset.md marks them) are settings here, with the observed behaviour as default.

export interface EmulatorSettings {
  /** Items per page when the request has no smaller `$top` (observed: about 200). */
  pageSize: number;
  /** 'reject': filter/orderby on a non-indexed column is 400 unless `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`. */
  nonIndexedFilter: 'reject' | 'allow';
  /** A non-indexed query (allowed by Prefer or setting) on a list with more items than this fails. */
  nonIndexedFailureThreshold: number;
  /** How such a query fails: 429 activityLimitReached (with Retry-After) or 500 notSupported. */
  nonIndexedFailure: 'throttle' | 'notSupported';
  /** Graph does not expose Retry-After through CORS (observed). */
  exposeRetryAfter: boolean;
  /** Status for a write that duplicates a value in a column with enforceUniqueValues. */
  uniqueViolationStatus: number;
  /** A delta token older than this is stale (410). */
  deltaTokenMaxAgeSeconds: number;
  /** A delta token with more than this many changes behind it is stale (410); 0 = unlimited. */
  deltaTokenMaxChanges: number;
  /** SharePoint compares text case-insensitively in filters. */
  textComparison: 'caseInsensitive' | 'caseSensitive';
  /** Default maxLength of a single-line text column. */
  textMaxLength: number;
  /** Retry-After (seconds) on a throttled non-indexed query. */
  throttleRetryAfterSeconds: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Shifts the emulator's clock (Created, Modified) by this many seconds: lets demo data look weeks old. */
  clockOffsetSeconds: number;
  /**
   * false stores duplicates in columns with enforceUniqueValues, as if they were not unique: lets a test prove the
   * client's own idempotence instead of SharePoint's.
   */
  enforceUniqueColumns: boolean;
  /**
   * SharePoint's resource-unit budget per app per tenant per clock minute (0 = off). Default: the published figure for
   * a tenant of 5,001–15,000 licences (docs/graph-subset.md, "Tenant RU budget").
   */
  tenantRuPerMinute: number;
  /** Largest file a simple upload (PUT …/content) accepts, in bytes (Learn: 250 MB). */
  maxUploadBytes: number;
  /**
   * 'all': the app reaches every site the user can (Sites.ReadWrite.All). 'selected': delegated Sites.Selected, a
   * site the app has no grant on answers 403 (auth/grants.ts).
   */
  permissionModel: 'all' | 'selected';
  /**
   * Whether the tenant has consented GroupMember.Read.All for the app (Felles modell's manifest does not ask for it):
   * without it, GET /groups/{id}/owners answers 403 Authorization_RequestDenied (handlers/groupOwners.ts).
   */
  groupMemberReadConsented: boolean;
  /**
   * Whether the signed-in people have consented the delegated TeamsActivity.Send (Felles modell's manifest asks for
   * it): without it sendActivityNotification answers 403 Forbidden "Missing scope permissions …" (observed).
   */
  teamsActivitySendConsented: boolean;
  /**
   * Hosts a text topic's `webUrl` may point at, comma-separated. Learn: "webUrl must start with the Microsoft Teams
   * domain"; local mode adds its own loopback origin, where its links open the local app.
   */
  activityWebUrlHosts: string;
  /** A `webUrl` longer than this fails with 400 (observed: 1,024 characters, a community report). */
  activityWebUrlMaxLength: number;
  /** Notifications per recipient per minute before Teams throttles (Learn's best-practices page: 10). */
  activityPerRecipientPerMinute: number;
}

/** Local mode's app is on a loopback origin: its activity notices link there (the setting `activityWebUrlHosts`). */
export const LOCAL_MODE_WEB_URL_HOSTS = 'teams.microsoft.com,localhost,127.0.0.1';

/** https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online */
export const PUBLISHED_RU_PER_MINUTE_5K_15K = 3750;
/** https://learn.microsoft.com/en-us/graph/api/driveitem-put-content: simple upload supports files up to 250 MB. */
export const SIMPLE_UPLOAD_LIMIT_BYTES = 250 * 1024 * 1024;

export const defaultSettings: Readonly<EmulatorSettings> = Object.freeze({
  pageSize: 200,
  nonIndexedFilter: 'reject',
  nonIndexedFailureThreshold: 5000,
  nonIndexedFailure: 'throttle',
  exposeRetryAfter: false,
  uniqueViolationStatus: 409,
  deltaTokenMaxAgeSeconds: 30 * 24 * 3600,
  deltaTokenMaxChanges: 0,
  textComparison: 'caseInsensitive',
  textMaxLength: 255,
  throttleRetryAfterSeconds: 2,
  maxBodyBytes: 4 * 1024 * 1024,
  clockOffsetSeconds: 0,
  enforceUniqueColumns: true,
  tenantRuPerMinute: PUBLISHED_RU_PER_MINUTE_5K_15K,
  maxUploadBytes: SIMPLE_UPLOAD_LIMIT_BYTES,
  permissionModel: 'all',
  groupMemberReadConsented: false,
  teamsActivitySendConsented: true,
  activityWebUrlHosts: 'teams.microsoft.com',
  activityWebUrlMaxLength: 1024,
  activityPerRecipientPerMinute: 10,
});

const enumValues: Partial<Record<keyof EmulatorSettings, readonly string[]>> = {
  nonIndexedFilter: ['reject', 'allow'],
  nonIndexedFailure: ['throttle', 'notSupported'],
  textComparison: ['caseInsensitive', 'caseSensitive'],
  permissionModel: ['all', 'selected'],
};

/** Checks and merges a partial settings object; throws an Error naming the first bad key. */
export function mergeSettings(base: EmulatorSettings, patch: Record<string, unknown>): EmulatorSettings {
  const next: EmulatorSettings = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in defaultSettings)) throw new Error(`Unknown setting '${key}'`);
    const k = key as keyof EmulatorSettings;
    const expected = typeof defaultSettings[k];
    if (typeof value !== expected) throw new Error(`Setting '${key}' must be a ${expected}`);
    const allowed = enumValues[k];
    if (allowed && !allowed.includes(value as string)) throw new Error(`Setting '${key}' must be one of ${allowed.join(', ')}`);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Setting '${key}' must be a finite number`);
    if (typeof value === 'number' && value < 0 && k !== 'clockOffsetSeconds') throw new Error(`Setting '${key}' must be a non-negative number`);
    (next as unknown as Record<string, unknown>)[k] = value;
  }
  if (next.pageSize < 1) throw new Error(`Setting 'pageSize' must be at least 1`);
  return next;
}

/** Turns a CLI value (string) into the type the setting expects. */
export function parseSettingValue(key: string, raw: string): unknown {
  if (!(key in defaultSettings)) throw new Error(`Unknown setting '${key}'`);
  const expected = typeof defaultSettings[key as keyof EmulatorSettings];
  if (expected === 'number') return Number(raw);
  if (expected === 'boolean') return raw === '' || raw === 'true' || raw === '1';
  return raw;
}
