// What most browser test files start with: the app on its emulator and one Chromium for the whole file, closed after
// it; and the locators they share.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { scaled } from '../timeouts';
import { launchBrowser } from './browser';
import { startTestApp } from './testApp';
import type { TestApp } from './testApp';

export interface BrowserSuite {
  readonly app: TestApp;
  readonly browser: Browser;
}

/**
 * Starts the app and Chromium in `beforeAll` and closes both in `afterAll`; read them inside tests only, through the
 * suite or as `prepare` hands them over (`appAndBrowser({}, (started) => ({ app, browser } = started))`). `prepare` may
 * be async, to set up what the file's tests share (rows planted over Graph, a registry entry removed).
 */
export function appAndBrowser(options: Parameters<typeof startTestApp>[0] = {}, prepare?: (started: BrowserSuite) => unknown): BrowserSuite {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(options), launchBrowser()]);
    await prepare?.({ app, browser });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app and browser start in beforeAll: read them inside a test');
    return value;
  };
  return {
    get app() { return started(app); },
    get browser() { return started(browser); },
  };
}

/** A checklist item's row, by its label. */
export const checklistItem = (page: Page, label: RegExp) => page.getByRole('listitem').filter({ has: page.getByText(label) }).first();

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Picks «name kommune» in the config page's municipality picker, by typing as a person does. */
export async function pickMunicipality(scope: Pick<Page, 'getByRole'>, name: string): Promise<void> {
  const municipalities = scope.getByRole('combobox', { name: /Kommuner/ });
  await municipalities.click();
  await municipalities.pressSequentially(name);
  const option = scope.getByRole('option', { name: `${name} kommune`, exact: true });
  const chosen = scope.getByRole('listbox', { name: 'Valgte kommuner' }).getByRole('option', { name: new RegExp(`^${name} kommune`) }); // its tag
  await clickSettled(option, async () => (await chosen.count()) > 0, `«${name} kommune»`);
}

/**
 * Clicks `target` once it has stopped moving, and checks the click arrived (`arrived`). Playwright checks what is under
 * the pointer at `mousedown` only: when the target moves before `mouseup`, the click is lost and Playwright still
 * reports success. Seen in CI with the pointer trail of failureReport.ts, twice: a Fluent menu that moved 11 ms after
 * `mousedown` on «Vis historikk» (`click` went to the body), and a phase in the figure while the upgrade notice (216 px)
 * appeared above it. A lost click is tried once more, and said on the console; a target that ignores clicks still fails.
 * For what moves under the pointer: popover entries, and controls below a notice that may appear after the first paint.
 */
export async function clickSettled(target: Locator, arrived: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await target.scrollIntoViewIfNeeded();
    await expect.poll(() => boxStableForFrames(target), { message: `${what} keeps moving` }).toBe(true);
    await target.click();
    const done = await expect.poll(arrived, { timeout: scaled(3_000) }).toBe(true).then(() => true, () => false);
    if (done) return;
    if (attempt === 2) throw new Error(`${what} was clicked twice and the click never arrived`);
    // Asked once more after settling: a click that was only slow must not be repeated (a menu button or a checkbox
    // choice would toggle back).
    await expect.poll(() => boxStableForFrames(target), { message: `${what} keeps moving` }).toBe(true);
    if (await arrived()) return;
    console.warn(`clickSettled: the click on ${what} did not arrive (it moved under the pointer); clicking again`);
  }
}

/** Opens a menu by its button (a checklist item's «Flere valg»): the menu shows when the click arrives. */
export function openMenu(page: Page, button: Locator): Promise<void> {
  return clickSettled(button, () => page.getByRole('menu').isVisible(), 'the menu button');
}

/** Chooses an entry of the open menu: the menu closes when the click arrives. */
export function chooseMenuItem(page: Page, name: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name });
  return clickSettled(entry, async () => (await entry.count()) === 0, `«${name}»`);
}

/** Whether the element's box stays the same over three animation frames. */
function boxStableForFrames(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) =>
      new Promise<boolean>((resolve) => {
        const first = JSON.stringify(element.getBoundingClientRect());
        let frames = 0;
        const step = () => {
          if (JSON.stringify(element.getBoundingClientRect()) !== first) return resolve(false);
          if (++frames === 3) return resolve(true);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}
