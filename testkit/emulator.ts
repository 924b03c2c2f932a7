// Test helpers around the Graph emulator. Each test file starts its own emulator on a random port with an in-memory
// database. TLS is verified: testkit/globalSetup.ts sets NODE_EXTRA_CA_CERTS before the workers fork.
import { startEmulator } from '../emulator/src/index';
import type { ActivityRecord, BudgetSnapshot, EmulatorOptions, EmulatorSettings, FaultConfig, FailNextRule, StatsSnapshot } from '../emulator/src/index';

export type { ActivityRecord, BudgetSnapshot, EmulatorSettings, FaultConfig, FailNextRule, StatsSnapshot };

export interface TestSite {
  /** Graph site id: 'innlandet.sharepoint.com,{guid},{guid}' */
  id: string;
  /** Graph URL of the site: `${graphBaseUrl}/sites/${id}` */
  url: string;
  groupId: string;
  path: string;
  webUrl: string;
  displayName: string;
  roles: Record<string, 'read' | 'write' | 'owner'>;
}

export interface TestUser {
  id: string;
  objectId: string;
  displayName: string;
  mail: string;
  organisation: string;
  side: 'kommune' | 'sykehus' | 'none';
  lookupId: number;
  token: string;
}

export interface GraphResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface FaultInput extends Partial<Omit<FaultConfig, 'failNext'>> {
  failNext?: FailNextRule[];
}

export interface TestEmulator {
  baseUrl: string;
  /** baseUrl + '/v1.0' */
  graphBaseUrl: string;
  port: number;
  certPem: string;
  /** The bearer token of a dev user (without 'Bearer '); pass expiresAtSeconds for an expiring token. */
  tokenFor(userId: string, expiresAtSeconds?: number): string;
  /** A Graph call as a dev user: path relative to /v1.0 (e.g. '/sites/root') or an absolute URL (nextLink). */
  graph<T = Record<string, unknown>>(userId: string | null, method: string, pathOrUrl: string, body?: unknown, headers?: Record<string, string>): Promise<GraphResult<T>>;
  /** A Graph call with a raw body (a file upload) and the raw Response (a download's 302 is not followed). */
  graphRaw(userId: string | null, method: string, pathOrUrl: string, body?: Uint8Array | string, headers?: Record<string, string>): Promise<Response>;
  admin: {
    setFaults(f: FaultInput): Promise<FaultConfig>;
    clearFaults(): Promise<void>;
    stats(): Promise<StatsSnapshot>;
    resetStats(): Promise<void>;
    expireDelta(): Promise<void>;
    setSettings(s: Partial<EmulatorSettings>): Promise<EmulatorSettings>;
    /** Faults, settings (to those the emulator started with), stats and the RU budget back to start; data is kept. */
    reset(): Promise<void>;
    /** The tenant RU budget's current minute. */
    budget(): Promise<BudgetSnapshot>;
    /** A dev user's Teams activity feed (everyone's without a user), newest first. */
    activity(userId?: string): Promise<ActivityRecord[]>;
    clearActivity(): Promise<void>;
    /** Takes the Teams app away from a team (by group id) or a person's own installation, or gives it back; reset restores it. */
    setAppInstalled(where: { teamId: string } | { userId: string }, installed: boolean): Promise<void>;
    /** A list's own permission for one user (SharePoint's unique permissions on a list); null: the list inherits again. */
    setListRole(listId: string, userId: string, role: 'read' | 'write' | 'owner' | null): Promise<void>;
    /** A user's role on a whole site; null: none (they leave the site's members). */
    setSiteRole(siteId: string, userId: string, role: 'read' | 'write' | 'owner' | null): Promise<void>;
  };
  /** By short name: 'root', 'lungepasienter', 'bo-trygt-hjemme', 'digital-hjemmeoppfolging', 'unge-ressurskrevende', 'koordinering', 'nytt-prosjekt'. */
  sites: Record<string, TestSite>;
  users: Record<string, TestUser>;
  /** What it stores now, to start another emulator from (`EmulatorOptions.image`). */
  image(): Buffer;
  close(): Promise<void>;
}

/**
 * Starts an emulator for a test file: random port, in-memory data, and the tenant RU budget **off**
 * (`tenantRuPerMinute: 0`) unless `opts.settings` asks for it. Other tests are not about the budget, and a suite that
 * happens to spend 3,750 RU in a minute must not fail for it; budget tests turn it on. `npm start` and
 * `npm run emulator` use the published default.
 */
export async function startTestEmulator(opts: EmulatorOptions = {}): Promise<TestEmulator> {
  if (!process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error("NODE_EXTRA_CA_CERTS is not set: add globalSetup: ['testkit/globalSetup.ts'] to the vitest config.");
  }
  const emulator = await startEmulator({ port: 0, data: ':memory:', tlsDir: '.local/tls', ...opts, settings: { tenantRuPerMinute: 0, ...opts.settings } });
  const { baseUrl } = emulator;
  const graphBaseUrl = `${baseUrl}/v1.0`;

  const adminCall = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`Emulator admin ${method} ${path} failed: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  const siteList = await adminCall<{ value: (Omit<TestSite, 'url'> & { key: string; graphUrl: string })[] }>('GET', '/sites');
  const sites = Object.fromEntries(siteList.value.map((s) => [s.key, { id: s.id, url: s.graphUrl, groupId: s.groupId, path: s.path, webUrl: s.webUrl, displayName: s.displayName, roles: s.roles }]));
  const userList = await adminCall<{ value: TestUser[] }>('GET', '/users');
  const users = Object.fromEntries(userList.value.map((u) => [u.id, u]));

  const tokenFor = (userId: string, expiresAtSeconds?: number): string => (expiresAtSeconds === undefined ? `dev:${userId}` : `dev:${userId}:${expiresAtSeconds}`);

  return {
    baseUrl,
    graphBaseUrl,
    port: emulator.port,
    certPem: emulator.certPem,
    tokenFor,
    async graph<T>(userId: string | null, method: string, pathOrUrl: string, body?: unknown, headers: Record<string, string> = {}): Promise<GraphResult<T>> {
      const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${graphBaseUrl}${pathOrUrl}`;
      const res = await fetch(url, {
        method,
        headers: {
          ...(userId ? { Authorization: `Bearer ${tokenFor(userId)}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
    },
    graphRaw(userId, method, pathOrUrl, body, headers = {}) {
      const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${graphBaseUrl}${pathOrUrl}`;
      return fetch(url, {
        method,
        redirect: 'manual',
        headers: { ...(userId ? { Authorization: `Bearer ${tokenFor(userId)}` } : {}), ...headers },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]) }),
      });
    },
    admin: {
      setFaults: (f) => adminCall<FaultConfig>('POST', '/faults', f),
      clearFaults: async () => { await adminCall('DELETE', '/faults'); },
      stats: () => adminCall<StatsSnapshot>('GET', '/stats'),
      resetStats: async () => { await adminCall('POST', '/stats/reset'); },
      expireDelta: async () => { await adminCall('POST', '/delta/expire'); },
      setSettings: (s) => adminCall<EmulatorSettings>('POST', '/settings', s),
      reset: async () => { await adminCall('POST', '/reset'); },
      budget: () => adminCall<BudgetSnapshot>('GET', '/budget'),
      activity: async (userId) => (await adminCall<{ value: ActivityRecord[] }>('GET', `/activity${userId ? `?user=${encodeURIComponent(userId)}` : ''}`)).value,
      clearActivity: async () => { await adminCall('DELETE', '/activity'); },
      setAppInstalled: async (where, installed) => { await adminCall('POST', '/teamsApp/installations', { ...where, installed }); },
      setListRole: async (listId, userId, role) => { await adminCall('POST', '/list-roles', { listId, userId, role }); },
      setSiteRole: async (siteId, userId, role) => { await adminCall('POST', '/site-roles', { siteId, userId, role }); },
    },
    sites,
    users,
    image: () => emulator.image(),
    close: () => emulator.close(),
  };
}

/** A clock a test turns by hand (pass `clock: manual.now` to startTestEmulator): the RU budget's minute without waiting. */
export interface ManualClock {
  now: () => number;
  advance(ms: number): void;
  set(ms: number): void;
}

export function manualClock(startMs = Date.now()): ManualClock {
  let t = startMs;
  return {
    now: () => t,
    advance: (ms) => { t += ms; },
    set: (ms) => { t = ms; },
  };
}
