// What most browser test files start with: the app on its emulator and one Chromium for the whole file, closed after
// it; and the locators they share.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startTestApp } from './testApp';
import type { TestApp } from './testApp';

export interface BrowserSuite {
  readonly app: TestApp;
  readonly browser: Browser;
}

/** Starts the app and Chromium in `beforeAll` and closes both in `afterAll`; read them inside tests only. */
export function appAndBrowser(options: Parameters<typeof startTestApp>[0] = {}): BrowserSuite {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(options), launchBrowser()]);
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
  await clickInPopover(option, async () => (await chosen.count()) > 0, `«${name} kommune»`);
}

/**
 * Clicks an entry of an open popover (a menu, a listbox) once the popover has stopped moving, and checks the click
 * arrived. Playwright checks what is under the pointer at `mousedown` only: a popover that Fluent positions again
 * before `mouseup` loses the click, and Playwright still reports success. Seen in CI, with the pointer trail of
 * failureReport.ts: `mousedown` on «Vis historikk», `mouseup` 11 ms later on the item under the menu, `click` on the
 * body. A lost click is tried once more, and said on the console; an entry that ignores clicks still fails.
 */
export async function clickInPopover(entry: Locator, arrived: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await entry.scrollIntoViewIfNeeded();
    await expect.poll(() => boxStableForFrames(entry), { message: `the popover with ${what} keeps moving` }).toBe(true);
    await entry.click();
    const done = await expect.poll(arrived, { timeout: 3_000 }).toBe(true).then(() => true, () => false);
    if (done) return;
    if (attempt === 2) throw new Error(`${what} was clicked twice and the click never arrived`);
    console.warn(`clickInPopover: the click on ${what} did not arrive (the popover moved under the pointer); clicking again`);
  }
}

/** Chooses an entry of the open menu: the menu closes when the click arrives. */
export function chooseMenuItem(page: Page, name: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name });
  return clickInPopover(entry, async () => (await entry.count()) === 0, `«${name}»`);
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
