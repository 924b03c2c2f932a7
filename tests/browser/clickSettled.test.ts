// The test helper that clicks what may move (support/suite.ts, clickSettled): a target that moves between mousedown
// and mouseup loses Playwright's click without Playwright noticing, and the helper must notice it; a target that
// ignores clicks must fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../testkit/browser/browser';
import { chooseMenuItem } from '../../testkit/browser/suite';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** A menu entry that jumps away on its first `pointerdown` (as a repositioned popover does) and closes on click. */
async function menuPage(options: { jumps: number; closesOnClick: boolean }): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(`<div style="height:600px"></div><div id="entry" role="menuitem" style="position:absolute;top:100px;left:100px;width:200px;height:40px;background:#ddd">Vis historikk</div>`);
  await page.evaluate(({ jumps, closesOnClick }) => {
    const entry = document.getElementById('entry')!;
    let left = jumps;
    entry.addEventListener('pointerdown', () => {
      if (left-- <= 0) return;
      entry.style.top = '400px';
      setTimeout(() => (entry.style.top = '100px'), 300);
    });
    if (closesOnClick) entry.addEventListener('click', () => entry.remove());
  }, options);
  return page;
}

describe('clickSettled, through chooseMenuItem', () => {
  it('clicks again when the menu moved under the pointer, and the entry is then chosen', async () => {
    const page = await menuPage({ jumps: 1, closesOnClick: true });
    await chooseMenuItem(page, 'Vis historikk');
    expect(await page.getByRole('menuitem').count()).toBe(0);
    await page.close();
  });

  it('fails when the menu ignores clicks', async () => {
    const page = await menuPage({ jumps: 0, closesOnClick: false });
    await expect(chooseMenuItem(page, 'Vis historikk')).rejects.toThrow(/clicked twice and the click never arrived/);
    await page.close();
  });
});
