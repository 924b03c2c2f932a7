// Helpers for the offline, security and overview browser tests: reading our lists through Graph as a dev user
// (through the app's own proxy, as the browser does), cutting the browser off from Graph only, dumping everything a
// page keeps on the device, and axe's serious/critical violations.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { LIST_SCHEMA } from '../../src/store/sharepoint/schema';
import type { ListKey } from '../../src/store/sharepoint/schema';
import type { TestApp } from './testApp';

/** The tenant host of the emulator's sites. */
const TENANT = 'innlandet.sharepoint.com';

/** A Graph call as a dev user through the test server's proxy; throws on anything but 2xx. */
export async function graphCall<T>(app: TestApp, user: string, method: string, pathOrUrl: string, body?: unknown): Promise<T> {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${app.url}/v1.0${pathOrUrl}`;
  const headers: Record<string, string> = { Authorization: `Bearer dev:${user}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`${method} ${url} as ${user}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The emulator's admin API (`/_emulator/…`: settings, faults, stats, users; no auth) through the test server's proxy. */
export function emulatorAdmin(app: TestApp, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${app.url}/_emulator/${path}`, { method, ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }) });
}

/** `/sites/{host}:{path}:/lists/{our list}`: one of our lists in a site, by its display name. */
export const listPath = (siteUrl: string, list: ListKey): string => `/sites/${TENANT}:${siteUrl}:/lists/${encodeURIComponent(LIST_SCHEMA[list].displayName)}`;

/** Every row of one of our lists in a site (all pages), as its `fields` (which hold the item id as `id`). */
export async function listRows(app: TestApp, user: string, siteUrl: string, list: ListKey): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | undefined = `${listPath(siteUrl, list)}/items?$expand=fields&$top=200`;
  while (next) {
    const page: { value: { fields: Record<string, unknown> }[]; '@odata.nextLink'?: string } = await graphCall(app, user, 'GET', next);
    rows.push(...page.value.map((item) => item.fields));
    next = page['@odata.nextLink'];
  }
  return rows;
}

/** The paths a browser reaches Graph by in local mode (scripts/lib/localServer.ts proxies them). */
export const isGraphPath = (pathname: string): boolean => /^\/(v1\.0|\$batch)(\/|$)/.test(pathname);
const isGraph = (url: URL) => isGraphPath(url.pathname);

/** Graph unreachable while everything else (the app's files, the emulator's admin API) still loads. */
export async function blockGraph(context: BrowserContext): Promise<void> {
  await context.route(isGraph, (route) => route.abort('internetdisconnected'));
}

export async function unblockGraph(context: BrowserContext): Promise<void> {
  await context.unroute(isGraph);
}

export interface DeviceStorage {
  origin: string;
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  /** database → object store → every record (structured-cloned values, JSON-serialised in the page). */
  indexedDb: Record<string, Record<string, unknown[]>>;
  /** cache name → request URLs */
  cacheStorage: Record<string, string[]>;
}

/**
 * Everything the page's origin keeps in Web Storage, IndexedDB (a cursor walk over every object store) and Cache
 * Storage. Sent as source text: a transpiler's helpers (esbuild's `__name`) would not exist in the page.
 */
export function deviceStorage(page: Page): Promise<DeviceStorage> {
  return page.evaluate<DeviceStorage>(`(async () => {
    const fromStorage = (storage) => Object.fromEntries(Array.from({ length: storage.length }, (_, i) => storage.key(i)).map((key) => [key, storage.getItem(key)]));
    const request = (req) => new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
    const indexedDb = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      const stores = {};
      for (const storeName of Array.from(db.objectStoreNames)) {
        const records = [];
        await new Promise((resolve, reject) => {
          const cursor = db.transaction(storeName, 'readonly').objectStore(storeName).openCursor();
          cursor.onsuccess = () => {
            if (!cursor.result) return resolve();
            records.push({ key: cursor.result.key, value: cursor.result.value });
            cursor.result.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        });
        stores[storeName] = records;
      }
      db.close();
      indexedDb[info.name] = stores;
    }
    const cacheStorage = {};
    for (const name of await caches.keys()) cacheStorage[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return { origin: location.origin, localStorage: fromStorage(localStorage), sessionStorage: fromStorage(sessionStorage), indexedDb, cacheStorage };
  })()`);
}

/**
 * Bearer tokens as they look in local mode (`dev:kari`) and in production (a JWT: `eyJ…` header `.` `eyJ…` payload), and
 * any other `eyJ…` string except a delta link's `token=` value (Graph's, and the emulator's, base64 JSON cursor, which
 * the state cache keeps on purpose and which grants nothing).
 */
export const TOKEN_PATTERN = /dev:[a-z]+|eyJ[\w-]+\.eyJ[\w-]+|(?<![?&]token=)eyJ[\w-]{8,}|Bearer\s+\S+/;

/** Every console message and uncaught error of a page, whatever its level. */
export function recordConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}\n${error.stack ?? ''}`));
  return lines;
}

/** WCAG 2.1 A/AA violations of serious or critical impact, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent's focus manager (tabster) places aria-hidden focus guards that hand focus on at once; axe cannot know that.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).slice(0, 3).join(' | ')})`);
}

/**
 * The page's structure as a screen reader's landmark and heading lists show it: one top-level <main>, landmarks told
 * apart, headings without skipped levels, an h1. axe files these rules under best practice at moderate impact, so
 * seriousViolations never reports them; every violation counts here, whatever its impact.
 */
export async function structureViolations(page: Page): Promise<string[]> {
  const rules = ['landmark-one-main', 'landmark-main-is-top-level', 'landmark-no-duplicate-main', 'landmark-unique', 'heading-order', 'page-has-heading-one'];
  const results = await new AxeBuilder({ page }).withRules(rules).exclude('[data-tabster-dummy]').analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')})`);
}

/** RFC 4180 records of a CSV text (quoted fields may hold the separator, quotes and line breaks). */
export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
