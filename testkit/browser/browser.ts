// Chromium through playwright-core (never downloaded: /usr/bin/chromium or CHROME_PATH), and pages signed in as a
// local-mode dev user. Contexts come from browser.newContext() so AxeBuilder works on their pages.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TIMEOUTS } from '../timeouts';
import { recordPointerTrail, watchForFailureReport } from './failureReport';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface PageOptions {
  /** Dev user id (kari, ola, ingrid, per, kristin, eva): written to sessionStorage before the app starts. */
  user: string;
  width?: number;
  height?: number;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  /**
   * Delta poll interval while visible, in ms (src/ui/base/runtimeConfig.ts, testPollIntervalMs); TEST_POLL_MS if unset;
   * null for the product's own pace (a test of the pacing itself).
   */
  pollMs?: number | null;
}

/** How often a test page polls for others' changes: a colleague's change shows within a second, not 12–30 s. */
export const TEST_POLL_MS = 1_000;

export async function openContext(browser: Browser, options: PageOptions): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'nb-NO',
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
  });
  await context.addInitScript((user: string) => window.sessionStorage.setItem('felles-modell:dev-user', user), options.user);
  if (options.pollMs !== null) await context.addInitScript((ms: number) => Object.assign(window, { __FELLES_MODELL_POLL_MS__: ms }), options.pollMs ?? TEST_POLL_MS);
  context.setDefaultTimeout(TIMEOUTS.action);
  await recordPointerTrail(context);
  const page = await context.newPage();
  watchForFailureReport(page, options.user);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // teams-js fetches its valid-domains list from a Microsoft CDN; offline that one fails harmlessly.
    if (message.type() === 'error' && !/ERR_NAME_NOT_RESOLVED|res\.cdn\.office\.net|valid.?domains/i.test(message.text())) errors.push(message.text());
  });
  return { context, page, errors };
}

/** The whole page; `{ fullPage: false }` for the window only (what sticks to its edges shows where a person sees it). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

/** No horizontal scrolling: what the Teams store asks of meeting panels and dialogs. */
export function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.scrollingElement ?? document.documentElement;
    return element.scrollWidth <= element.clientWidth;
  });
}
