// What most browser test files start with: the app on its emulator and one Chromium for the whole file, closed after
// it; and the locators they share.
import { afterAll, beforeAll } from 'vitest';
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
  await scope.getByRole('option', { name: `${name} kommune`, exact: true }).click();
}
