// Programmatic API: tests, the local dev server and the benchmarks start the emulator through this.
import type { AddressInfo } from 'node:net';
import type { EmulatorSettings } from './config';
import { defaultSettings, mergeSettings } from './config';
import { SqliteGraphStore } from './persistence/SqliteGraphStore';
import { seedDirectory } from './seed/seedDirectory';
import { FaultInjector } from './faults/FaultInjector';
import { RequestStats } from './stats/RequestStats';
import { DEFAULT_TLS_DIR, ensureCertificate } from './tls';
import { createGraphServer } from './server';
import type { EmulatorState } from './handlers/context';
import { TenantBudget } from './budget/TenantBudget';
import { systemClock } from './clock';
import type { Clock } from './clock';
import { loadTeamsAppPackage } from './teamsApp/appPackage';

export interface EmulatorOptions {
  /** 0 = a random free port. Default 8443. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** SQLite file path or ':memory:' (default). */
  data?: string;
  /** Start from what another emulator held (its `image()`), in memory, instead of an empty store; `data` and `seed` are ignored. */
  image?: Buffer;
  /** Seed the directory (users, sites, roles). Default true. */
  seed?: boolean;
  /** Where cert.pem/key.pem live. Default '.local/tls'. */
  tlsDir?: string;
  settings?: Partial<EmulatorSettings>;
  /** Log one line per request. */
  log?: boolean;
  /** The emulator's clock (ms since the epoch); default Date.now. Tests inject one to turn the RU budget's minute. */
  clock?: Clock;
  /**
   * The Teams app package folder whose activity types the activity feed accepts (manifest.json and its localisation
   * files). Default `appPackage` (this repository's, relative to the working directory); none found → only `systemDefault`.
   */
  appPackageDir?: string;
}

export interface RunningEmulator {
  /** 'https://127.0.0.1:PORT', no trailing slash. */
  baseUrl: string;
  port: number;
  /** The certificate the server presents (self-signed: it is its own trust anchor). */
  certPem: string;
  /** Everything the emulator stores now (lists, items, files, directory), for `EmulatorOptions.image`. */
  image(): Buffer;
  close(): Promise<void>;
}

export type { EmulatorSettings } from './config';
export { defaultSettings, LOCAL_MODE_WEB_URL_HOSTS } from './config';
export { ensureCertificate, DEFAULT_TLS_DIR } from './tls';
export { devUsers, devToken } from './auth/devUsers';
export { seedSites, TENANT_HOSTNAME } from './seed/seedDirectory';
export type { FaultConfig, FailNextRule } from './faults/FaultInjector';
export type { StatsSnapshot } from './stats/RequestStats';
export type { BudgetSnapshot } from './budget/TenantBudget';
export type { Clock } from './clock';
export type { ActivityRecord } from './persistence/GraphStore';

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const tls = await ensureCertificate(opts.tlsDir ?? DEFAULT_TLS_DIR);
  const store = new SqliteGraphStore(opts.image ?? opts.data ?? ':memory:');
  if (opts.image === undefined && opts.seed !== false) seedDirectory(store);
  const settings = mergeSettings({ ...defaultSettings }, (opts.settings ?? {}) as Record<string, unknown>);
  const state: EmulatorState = {
    store,
    settings,
    initialSettings: Object.freeze({ ...settings }),
    clock: opts.clock ?? systemClock,
    budget: new TenantBudget(),
    baseUrl: '',
    faults: new FaultInjector(),
    stats: new RequestStats(),
    teamsApp: { appPackage: loadTeamsAppPackage(opts.appPackageDir ?? 'appPackage'), notInTeams: new Set(), notForUsers: new Set() },
    log: opts.log ?? false,
  };
  const server = createGraphServer(state, tls);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8443, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
  state.baseUrl = baseUrl;
  let closed = false;
  return {
    baseUrl,
    port,
    certPem: tls.cert,
    image: () => store.image(),
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}
