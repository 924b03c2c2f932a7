// When a browser test fails, what each of its still-open pages showed: the accessibility tree (what the locators
// look for), the last pointer, focus and scroll events with what they hit, and the page's last console lines. A flake
// seen once in CI then says what the screen was and where the clicks went, not only what the test waited for.
import type { BrowserContext, Page } from 'playwright-core';
import { scaled } from '../timeouts';

const open = new Map<Page, { name: string; console: string[] }>();
const KEPT_LINES = 40;

/** Called by openContext for every page it makes. */
export function watchForFailureReport(page: Page, name: string): void {
  const lines: string[] = [];
  open.set(page, { name, console: lines });
  page.on('console', (message) => {
    lines.push(`${message.type()}: ${message.text()}`);
    if (lines.length > KEPT_LINES) lines.shift();
  });
  page.on('close', () => open.delete(page));
}

interface TrailWindow {
  __pointerTrail?: string[];
}

/** Keeps the page's last pointer, focus and scroll events in the page itself (no console traffic while the test runs). */
export async function recordPointerTrail(context: BrowserContext): Promise<void> {
  await context.addInitScript((kept: number) => {
    const trail: string[] = [];
    (window as TrailWindow).__pointerTrail = trail;
    const describe = (target: EventTarget | null) => {
      if (!(target instanceof Element)) return target === document ? 'document' : String(target);
      const name = target.getAttribute('aria-label') ?? (target.textContent ?? '').trim().slice(0, 40);
      return `${target.tagName.toLowerCase()}${target.getAttribute('role') ? `[role=${target.getAttribute('role')}]` : ''} «${name}»`;
    };
    const note = (line: string) => {
      trail.push(`${performance.now().toFixed(0)} ms ${line}`);
      if (trail.length > kept) trail.shift();
    };
    for (const type of ['pointerdown', 'pointerup', 'click']) {
      document.addEventListener(type, (event) => note(`${type} at y=${Math.round((event as MouseEvent).clientY)} on ${describe(event.target)}`), true);
    }
    document.addEventListener('focusin', (event) => note(`focus ${describe(event.target)}`), true);
    document.addEventListener('scroll', () => note(`scroll to y=${window.scrollY}`), true);
  }, KEPT_LINES);
}

/** After each test (testkit/browser/setup.ts): if it failed, prints every page not yet closed. */
export async function reportPagesIfFailed(failed: boolean): Promise<void> {
  if (!failed) return;
  for (const [page, { name, console: lines }] of [...open]) {
    if (page.isClosed()) continue;
    const unavailable = (error: unknown) => `(unavailable: ${String(error)})`;
    // Each frame on its own: the Teams host page shows the app in an iframe.
    for (const frame of page.frames()) {
      const tree = await frame.locator('body').ariaSnapshot({ timeout: scaled(5_000) }).catch(unavailable);
      const trail = await frame.evaluate(() => ((window as TrailWindow).__pointerTrail ?? []).join('\n')).catch(unavailable);
      console.log(`--- ${name}'s page, frame ${frame.url()}\n${tree}\n--- its last pointer, focus and scroll events:\n${trail}`);
    }
    console.log(`--- the console of ${name}'s page:\n${lines.join('\n')}`);
  }
}
