// Issue #7 "Security": after real use in local mode (ticks online and offline, a reload, the side panel and the
// overview) no bearer token is kept on the device (Web Storage, IndexedDB, Cache Storage, cookies) or written to the
// console, and tokens travel only in the Authorization header of Graph requests. And a user with no access to a
// project gets a clear "no access" message, not a crash, and the app attempts no write for her.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { TOKEN_PATTERN, deviceStorage, isGraphPath, recordConsole } from './support/extra';
import type { DeviceStorage } from './support/extra';
import { LUNGE, startTestApp } from './support/testApp';
import type { TestApp } from './support/testApp';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const project = `#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const item = (page: Page, label: RegExp) => page.getByRole('listitem').filter({ has: page.getByText(label) }).first();
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor({ timeout: 30_000 });

/** The places a token could hide in a storage dump, as `where: text` lines that match. */
function tokensIn(dump: DeviceStorage): string[] {
  const places: [string, unknown][] = [
    ['localStorage', dump.localStorage],
    ['sessionStorage', dump.sessionStorage],
    ...Object.entries(dump.indexedDb).flatMap(([db, stores]) => Object.entries(stores).map(([store, records]): [string, unknown] => [`indexedDB ${db}/${store}`, records])),
    ['cacheStorage', dump.cacheStorage],
  ];
  return places.flatMap(([where, value]) => {
    const match = TOKEN_PATTERN.exec(JSON.stringify(value));
    return match ? [`${where}: ${match[0]}`] : [];
  });
}

describe('no token on the device or in the logs', () => {
  it('keeps no bearer token in storage, IndexedDB, caches, cookies or the console, and sends it only to Graph', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari' });
    const consoleLines = recordConsole(page);
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));

    await page.goto(`${app.url}/index.html${project}`);
    await page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
    await item(page, /Konseptet er prøvd med en enkel prototype/).getByRole('checkbox').click();
    await allSaved(page);
    // A change made offline waits in IndexedDB's queue: that record must not carry the token either.
    await context.setOffline(true);
    await item(page, /ROS-analyse eller DPIA/).getByRole('checkbox').click();
    await page.getByText(/Frakoblet\. 1 endring/).first().waitFor();
    const offline = await deviceStorage(page);
    expect(Object.values(offline.indexedDb).some((stores) => (stores.intents ?? []).length > 0), 'the offline change is queued in IndexedDB').toBe(true);
    await context.setOffline(false);
    await allSaved(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
    await allSaved(page);
    await page.goto(`${app.url}/index.html?frame=sidePanel${project}`);
    await page.getByRole('heading', { name: LUNGE.title }).waitFor();
    await page.goto(`${app.url}/index.html#/overview`);
    await page.getByRole('heading', { level: 1, name: 'Oversikt over prosjektene' }).waitFor();
    await page.getByRole('table').waitFor();
    const after = await deviceStorage(page);

    expect(tokensIn(offline)).toEqual([]);
    expect(tokensIn(after)).toEqual([]);
    // What local mode keeps, on purpose: the chosen dev user's id per window, and in localStorage only where the
    // site's lists are and who I am (ids, name, e-mail), so a warm open paints before any round trip.
    expect(after.sessionStorage).toEqual({ 'felles-modell:dev-user': 'kari' });
    expect(Object.keys(after.localStorage)).toEqual(['felles-modell-local-kari:sites']);
    const remembered = JSON.parse(String(after.localStorage['felles-modell-local-kari:sites'])) as { locations: Record<string, unknown>; me: Record<string, unknown> };
    expect(Object.keys(remembered.me).sort()).toEqual(['email', 'id', 'name']);
    for (const location of Object.values(remembered.locations)) expect(Object.keys(location as object).sort()).toEqual(['lists', 'siteId', 'siteUrl']);
    expect(Object.keys(after.indexedDb)).toEqual(['felles-modell-local-kari']);
    expect((await context.cookies()).filter((cookie) => TOKEN_PATTERN.test(`${cookie.name}=${cookie.value}`))).toEqual([]);
    expect(consoleLines.filter((line) => TOKEN_PATTERN.test(line))).toEqual([]);

    // The token goes in one header, to Graph's paths on our own origin only, and never in a URL.
    expect(requests.filter((request) => TOKEN_PATTERN.test(request.url())).map((request) => request.url())).toEqual([]);
    const withToken = await Promise.all(requests.map(async (request) => ({ url: new URL(request.url()), auth: await request.headerValue('authorization') })));
    expect(withToken.filter((r) => r.auth).length).toBeGreaterThan(0);
    expect(withToken.filter((r) => r.auth && !(r.url.origin === app.url && isGraphPath(r.url.pathname))).map((r) => r.url.href)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('no access', () => {
  it('tells Eva she has no access to the project, without a crash, and writes nothing', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'eva' });
    const writes: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!isGraphPath(path) || request.method() === 'GET') return;
      // Reads go in one $batch (a POST): only the requests inside it say whether it writes.
      const inner = path.endsWith('$batch') ? ((request.postDataJSON() as { requests?: { method: string; url: string }[] }).requests ?? []) : [{ method: request.method(), url: path }];
      writes.push(...inner.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`));
    });

    await page.goto(`${app.url}/index.html${project}`);
    await page.getByRole('heading', { name: 'Du har ikke tilgang til dette prosjektet' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: LUNGE.title }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);

    // The side panel says the same.
    await page.goto(`${app.url}/index.html?frame=sidePanel${project}`);
    await page.getByRole('heading', { name: 'Du har ikke tilgang til dette prosjektet' }).waitFor();

    const stored = await deviceStorage(page);
    expect(Object.values(stored.indexedDb).flatMap((stores) => stores.intents ?? [])).toEqual([]);
    expect(writes).toEqual([]);
    // The browser logs the refused requests; anything else (an uncaught error, React's error boundary) is a crash.
    expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
    await context.close();
  });
});
