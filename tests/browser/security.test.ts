// Issue #7 "Security": after real use in local mode (ticks online and offline, a reload, the side panel and the
// overview) no bearer token is kept on the device (Web Storage, IndexedDB, Cache Storage, cookies) or written to the
// console, and tokens travel only in the Authorization header of Graph requests. And a user with no access to a
// project gets a clear "no access" message, not a crash, and the app attempts no write for her.
// Issue #13: another person on the same device sees nothing of the previous one (per-account databases), and markup
// and script typed into every free-text field (title, municipalities, hospital unit, comment, reasons, participant
// organisation) and a javascript: link in a hand-edited Portfolio row show as text in every view and both exports,
// and nothing runs.
import { describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { openContext } from '../../testkit/browser/browser';
import { TOKEN_PATTERN, deviceStorage, isGraphPath, recordConsole } from '../../testkit/browser/extra';
import type { DeviceStorage } from '../../testkit/browser/extra';
import { LUNGE } from '../../testkit/browser/testApp';
import type { TestApp } from '../../testkit/browser/testApp';
import { appAndBrowser } from '../../testkit/browser/suite';
import type { DemoProject } from '../../src/model/demoProjects';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { graphCall, listPath, listRows, parseCsv } from '../../testkit/browser/extra';
import { scaled } from '../../testkit/timeouts';

let app: TestApp;
let browser: Browser;

// Markup and script in every free-text field a participant can fill in. Each sets window.__pwned (or opens a dialog)
// if it ever runs; each is distinct, so the test knows which field it sees.
const payload = (field: string) => `<img src=x onerror="window.__pwned='${field}'"><script>window.__pwned='${field}'</script>"><svg onload=alert('${field}')>${field}`;
const PAYLOADS = {
  title: payload('tittel'),
  municipality: payload('kommune'),
  hospitalUnit: payload('sykehusenhet'),
  comment: payload('kommentar'),
  notRelevantReason: payload('begrunnelse'),
  gateReason: payload('overstyring'),
  organisation: payload('organisasjon'),
};
const HOSTILE_LINK = "javascript:window.__pwned='lenke'";

const HOSTILE: DemoProject = {
  projectKey: '0badc0de-0000-4000-8000-00000000a001',
  siteUrl: '/sites/digital-hjemmeoppfolging',
  title: PAYLOADS.title,
  municipalities: [PAYLOADS.municipality, 'Hamar kommune'],
  hospitalUnit: PAYLOADS.hospitalUnit,
  targetGroups: ['skropelige-eldre'],
  currentPhase: 'utforske',
  phaseChangeReason: PAYLOADS.gateReason,
  lastActivityDaysAgo: 1,
  ticks: [
    { itemKey: 'utforske.bruker-innsikt', status: 'done', comment: PAYLOADS.comment },
    { itemKey: 'utforske.andre-tiltak', status: 'notRelevant', reason: PAYLOADS.notRelevantReason },
  ],
};

/** What a hand-edited list or a hostile client can put where the app's own form would not: a participant's organisation. */
async function plantHostileRows(): Promise<void> {
  const participants = await listRows(app, 'kari', HOSTILE.siteUrl, 'participants');
  const mine = participants.filter((row) => row['ProjectKey'] === HOSTILE.projectKey);
  expect(mine.length).toBeGreaterThan(0);
  for (const row of mine) {
    await graphCall(app, 'kari', 'PATCH', `${listPath(HOSTILE.siteUrl, 'participants')}/items/${String(row['id'])}/fields`, { Organisation: PAYLOADS.organisation });
  }
}

/** The coordinators' Portfolio row edited by hand (opening the project rewrites it, so plant this last). */
async function plantHostileLink(): Promise<void> {
  const portfolio = (await listRows(app, 'kari', '/sites/koordinering', 'portfolio')).filter((row) => row['ProjectKey'] === HOSTILE.projectKey);
  expect(portfolio).toHaveLength(1);
  await graphCall(app, 'kari', 'PATCH', `${listPath('/sites/koordinering', 'portfolio')}/items/${String(portfolio[0]!['id'])}/fields`, { TabUrl: HOSTILE_LINK });
}

/** Whether anything ran or was injected: the flag, markup the payloads would create, and links that are not https. */
function injected(page: Page): Promise<{ pwned: unknown; elements: string[]; unsafeLinks: string[] }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements: [...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], body script, iframe, object, embed')].map((e) => e.outerHTML.slice(0, 80)),
    unsafeLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
  }));
}

appAndBrowser({ projects: [LUNGE, HOSTILE] }, async (started) => {
  ({ app, browser } = started);
  await plantHostileRows();
});

const project = `#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const item = (page: Page, label: RegExp) => page.getByRole('listitem').filter({ has: page.getByText(label) }).first();
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor({ timeout: scaled(30_000) });

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
    // site's lists are and who I am (ids, name, e-mail), and the coordinators' published model (what everyone may
    // read), so a warm open paints before any round trip; and when today's meeting began (times only), so the meeting
    // summary covers the meeting on the side panel, the stage and after a reload.
    expect(after.sessionStorage).toEqual({ 'felles-modell:dev-user': 'kari' });
    expect(Object.keys(after.localStorage).sort()).toEqual(['felles-modell-local-kari:meetings', 'felles-modell-local-kari:model:hfi-default', 'felles-modell-local-kari:sites']);
    const meetings = Object.values(JSON.parse(String(after.localStorage['felles-modell-local-kari:meetings'])) as Record<string, object>);
    expect(meetings.map((meeting) => Object.keys(meeting).sort())).toEqual([['day', 'firstActivityAt']]);
    expect(Object.keys(JSON.parse(String(after.localStorage['felles-modell-local-kari:model:hfi-default'])) as object).sort()).toEqual(['newest', 'versions']);
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
    // A request that was on its way as the network went (a poll) is logged by Chromium; the app's own errors are not allowed.
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
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

describe('another person on the same device', () => {
  it('sees nothing of the previous person: not her cached project, not her queued change, not her identity', async () => {
    const kari = await openContext(browser, { user: 'kari' });
    await kari.page.goto(`${app.url}/index.html${project}`);
    await kari.page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
    await allSaved(kari.page);
    await kari.context.setOffline(true);
    await item(kari.page, /ROS-analyse eller DPIA/).getByRole('checkbox').click();
    await kari.page.getByText(/Frakoblet\. 1 endring/).first().waitFor();
    // The device as Kari leaves it: her cache, her queue, her "who am I" (Playwright copies IndexedDB too).
    const device = await kari.context.storageState({ indexedDB: true });
    await kari.context.close();
    expect(JSON.stringify(device)).toContain('felles-modell-local-kari');

    // Eva signs in on the same device (same origin storage). She has no access to the project.
    const context = await browser.newContext({ storageState: device, locale: 'nb-NO' });
    await context.addInitScript(() => window.sessionStorage.setItem('felles-modell:dev-user', 'eva'));
    const page = await context.newPage();
    await page.goto(`${app.url}/index.html${project}`);
    await page.getByRole('heading', { name: 'Du har ikke tilgang til dette prosjektet' }).waitFor();
    // The app itself (local mode's developer bar above it lists the demo projects and users by design).
    const shown = await page.getByRole('main').innerText();
    expect(shown).toContain('Du har ikke tilgang til dette prosjektet');
    expect(shown).not.toContain(LUNGE.title);
    expect(shown).not.toContain('Kari Nordmann');
    expect(shown).not.toMatch(/endring(er)? venter|Frakoblet/);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    // Her session opened only her own database; Kari's queue was not sent under Eva's name.
    const after = await deviceStorage(page);
    for (const db of Object.keys(after.indexedDb)) expect(['felles-modell-local-eva', 'felles-modell-local-kari']).toContain(db);
    expect(Object.values(after.indexedDb['felles-modell-local-eva'] ?? {}).flat()).toEqual([]);
    expect((after.indexedDb['felles-modell-local-kari']?.intents ?? []).length).toBe(1);
    for (const [key, value] of Object.entries(after.localStorage)) if (!key.startsWith('felles-modell-local-kari')) expect(value).not.toContain('kari');
    expect(tokensIn(after)).toEqual([]);
    await context.close();
  });
});

describe('nothing a participant types runs in another person’s browser or spreadsheet', () => {
  const hostile = (frame?: 'sidePanel') => `${app.url}/index.html${frame ? `?frame=${frame}` : ''}#/tab?project=${HOSTILE.projectKey}&site=${HOSTILE.siteUrl}`;

  it('shows every payload as text in the project, participants, history, side panel, overview, drill-down and both exports, and runs none', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'ingrid', width: 1440 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    type Field = keyof typeof PAYLOADS;
    /** Waits until each expected payload shows as text in the view (polling, no timer), then probes for injection. */
    const look = async (view: string, fields: Field[] = []) => {
      for (const field of fields) {
        await expect.poll(() => page.evaluate(() => document.body.innerText), { message: `${view}: ${field} as text`, timeout: scaled(15_000) }).toContain(PAYLOADS[field]);
      }
      expect(await injected(page), view).toEqual({ pwned: undefined, elements: [], unsafeLinks: [] });
    };

    await page.goto(hostile());
    await page.getByRole('heading', { level: 1, name: PAYLOADS.title }).waitFor();
    await page.getByText(PAYLOADS.comment, { exact: false }).first().waitFor();
    await look('project', ['title', 'comment', 'notRelevantReason']);
    await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
    await page.getByRole('dialog', { name: 'Deltakere i prosjektet' }).getByText(PAYLOADS.organisation, { exact: false }).first().waitFor();
    await look('participants', ['organisation']);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Historikk/ }).first().click();
    await page.getByText(PAYLOADS.notRelevantReason, { exact: false }).first().waitFor();
    await look('history', ['notRelevantReason', 'gateReason']);
    await page.keyboard.press('Escape');

    await page.goto(hostile('sidePanel'));
    await page.getByRole('heading', { name: PAYLOADS.title }).first().waitFor();
    await look('sidePanel', ['title']);

    await plantHostileLink();
    await page.goto(`${app.url}/index.html#/overview`);
    await page.getByRole('table').getByText(PAYLOADS.title).waitFor();
    await look('overview', ['title', 'municipality', 'hospitalUnit', 'gateReason']);
    // The hostile row has no link at all; the other project keeps its link to the app's own page.
    const rowOf = (title: string) => page.getByRole('row').filter({ has: page.getByText(title, { exact: true }) });
    expect(await rowOf(PAYLOADS.title).getByRole('link').count()).toBe(0);
    expect(await rowOf(LUNGE.title).getByRole('link', { name: 'Åpne prosjektet' }).count()).toBe(1);
    await page.getByRole('button', { name: `Detaljer om ${PAYLOADS.title}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByText(PAYLOADS.comment, { exact: false }).first().waitFor();
    await look('drillDown', ['title', 'comment', 'notRelevantReason']);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Both exports: the payloads arrive as plain text cells (no formula, no hyperlink), the link as text.
    const download = async (button: string): Promise<Buffer> => {
      await page.getByRole('button', { name: button }).focus();
      const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      return readFile(await file.path());
    };
    const records = parseCsv((await download('Last ned CSV')).toString('utf8').slice(1), ';');
    const header = records[0] ?? [];
    const csvRow = records.find((r) => r[0] === PAYLOADS.title);
    expect(csvRow, 'the hostile project’s CSV record, its title unchanged').toBeDefined();
    expect(csvRow?.[header.indexOf('Kommuner')]).toBe(`${PAYLOADS.municipality}, Hamar kommune`);
    expect(csvRow?.[header.indexOf('Sykehusenhet')]).toBe(PAYLOADS.hospitalUnit);
    expect(csvRow?.[header.indexOf('Begrunnelser for overstyring')]).toContain(PAYLOADS.gateReason);
    expect(csvRow?.[header.indexOf('Lenke')]).toBe(HOSTILE_LINK);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('Last ned Excel')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const xlsxRow = sheet.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).value === PAYLOADS.title);
    expect(xlsxRow, 'the hostile project’s workbook row').toBeDefined();
    xlsxRow?.eachCell((cell) => {
      expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date]).toContain(cell.type);
      expect(cell.hyperlink).toBeUndefined();
    });
    expect(xlsxRow?.getCell(header.indexOf('Sykehusenhet') + 1).value).toBe(PAYLOADS.hospitalUnit);
    expect(xlsxRow?.getCell(header.indexOf('Lenke') + 1).value).toBe(HOSTILE_LINK);
    await look('afterExports');

    // The payloads are live: put one into the page as HTML and the probe sees it run and its markup appear.
    await page.evaluate((html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      document.body.append(div);
    }, PAYLOADS.title);
    await expect.poll(async () => (await injected(page)).pwned).toBe('tittel');
    expect((await injected(page)).elements.length).toBeGreaterThan(0);

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
