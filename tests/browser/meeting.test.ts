// A meeting: the 320 px side panel sized for a meeting (measured), one tab stop per checklist item, two participants
// (a side panel and the stage) seeing each other's changes, "Gå gjennom" on the stage by keyboard alone, and the
// meeting summary's content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext, screenshot } from './support/browser';
import { LUNGE, startTestApp } from './support/testApp';
import type { TestApp } from './support/testApp';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ projects: [LUNGE] }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const projectUrl = (frame: 'sidePanel' | 'meetingStage') => `${app.url}/index.html?frame=${frame}#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;

/** Heights in px of the checklist's first `count` items. */
const itemHeights = (page: Page, count: number) =>
  page.evaluate((n) => [...document.querySelectorAll('.fm-ChecklistItem')].slice(0, n).map((element) => Math.round(element.getBoundingClientRect().height)), count);

describe('the side panel at 320 px', () => {
  it('fits six items in a meeting-sized height', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari', width: 320 });
    await page.goto(projectUrl('sidePanel'));
    await page.getByRole('heading', { name: LUNGE.title }).waitFor();
    const heights = await itemHeights(page, 6);
    const total = heights.reduce((sum, height) => sum + height, 0);
    console.info(`meeting: six items at 320 px take ${total} px [${heights.join(', ')}]`);
    await screenshot(page, 'meeting-side-panel-320');
    expect(heights).toHaveLength(6);
    expect(errors).toEqual([]);
    await context.close();
  });
});
