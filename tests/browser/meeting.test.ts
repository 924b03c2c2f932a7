// A meeting: the 320 px side panel sized for a meeting (measured), one tab stop per checklist item, two participants
// (one in the side panel, one on the stage) seeing each other's changes, "Gå gjennom" on the stage by keyboard
// alone, and the meeting summary's content.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasNoHorizontalScroll, openContext, screenshot } from '../../testkit/browser/browser';
import { seriousViolations } from '../../testkit/browser/extra';
import { LUNGE } from '../../testkit/browser/testApp';
import { appAndBrowser, checklistItem, isFocused } from '../../testkit/browser/suite';
import { TIMEOUTS } from '../../testkit/timeouts';

const suite = appAndBrowser({ projects: [LUNGE] });

const projectUrl = (frame: 'sidePanel' | 'meetingStage') => `${suite.app.url}/index.html?frame=${frame}#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const item = checklistItem;
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor();

const TWO_CONCEPTS = /Minst to konsepter er vurdert/;
const BLUEPRINT = /tjenesteblåkopi med ansvar/;
const PROTOTYPE = /Konseptet er prøvd med en enkel prototype/;
const ROS = /ROS-analyse eller DPIA/;
const CONSEQUENCES = /Konsekvenser for økonomi/;

/** Heights in px of the checklist's first `count` items. */
const itemHeights = (page: Page, count: number) =>
  page.evaluate((n) => [...document.querySelectorAll('.fm-ChecklistItem')].slice(0, n).map((element) => Math.round(element.getBoundingClientRect().height)), count);

describe('the side panel at 320 px', () => {
  it('is meeting-sized: finished items short, withdraw in the menu, targets 44 px, nothing clipped, axe clean', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari', width: 320 });
    await page.goto(projectUrl('sidePanel'));
    await page.getByRole('heading', { name: LUNGE.title }).waitFor();
    await allSaved(page);
    const heights = await itemHeights(page, 6);
    const total = heights.reduce((sum, height) => sum + height, 0);
    // Before this change: 1,648 px for these six items [439, 151, 373, 173, 217, 295] (2,284 px the whole page).
    console.info(`meeting: six items at 320 px take ${total} px [${heights.join(', ')}]`);
    await screenshot(page, 'meeting-side-panel-320');
    expect(heights).toHaveLength(6);
    expect(total).toBeLessThan(1000);
    // A finished one-side item is its two-line label and nothing else.
    expect((await item(page, TWO_CONCEPTS).boundingBox())!.height).toBeLessThanOrEqual(80);
    // Withdrawing is in the item's menu, never a button that dominates a finished item.
    expect(await page.getByRole('button', { name: /Trekk tilbake/ }).count()).toBe(0);
    await item(page, BLUEPRINT).getByRole('button', { name: /Flere valg/ }).click();
    await page.getByRole('menuitem', { name: 'Trekk tilbake bekreftelsen for kommunen' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    // Every control in the checklist is a 44 px touch target and none overflows its item.
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('.fm-ChecklistItem')].flatMap((li) => {
        const box = li.getBoundingClientRect();
        return [...li.querySelectorAll('button, input')].flatMap((control) => {
          const own = (control.tagName === 'INPUT' ? control.parentElement! : control).getBoundingClientRect();
          const name = control.getAttribute('aria-label') ?? control.textContent ?? control.tagName;
          return [...(own.height < 44 ? [`${name}: ${own.height}px tall`] : []), ...(own.right > box.right + 0.5 || own.left < box.left - 0.5 ? [`${name}: outside its item`] : [])];
        });
      }),
    );
    expect(problems).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives each item one tab stop, its tick or confirm button, with the arrow keys inside', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari', width: 320 });
    await page.goto(projectUrl('sidePanel'));
    await page.getByRole('heading', { name: LUNGE.title }).waitFor();
    const prototype = item(page, PROTOTYPE).getByRole('checkbox');
    await prototype.focus();
    // One Tab from an item's tick reaches the next item's tick, and one more the next item's confirm button.
    await page.keyboard.press('Tab');
    expect(await isFocused(item(page, ROS).getByRole('checkbox'))).toBe(true);
    await page.keyboard.press('Tab');
    const confirm = item(page, CONSEQUENCES).getByRole('button', { name: 'Bekreft for kommunen' });
    expect(await isFocused(confirm)).toBe(true);
    // Inside the item, the arrow keys reach its other controls.
    // (The menu button may be its stand-in still, replaced once Fluent's Menu has loaded: the focus moves over.)
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => isFocused(item(page, CONSEQUENCES).getByRole('button', { name: /Flere valg/ }))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(confirm)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(item(page, ROS).getByRole('checkbox'))).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => item(page, ROS).getByRole('checkbox').isChecked()).toBe(true);
    await allSaved(page);
    // Put it back for the tests below.
    await page.keyboard.press('Space');
    await expect.poll(() => item(page, ROS).getByRole('checkbox').isChecked()).toBe(false);
    await allSaved(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('two participants: a side panel and the stage', () => {
  it('see each other’s changes, walk through by keyboard alone, and the summary says what happened', async () => {
    const kari = await openContext(suite.browser, { user: 'kari', width: 320 });
    const ingrid = await openContext(suite.browser, { user: 'ingrid', width: 1280, height: 900 });
    await Promise.all([kari.page.goto(projectUrl('sidePanel')), ingrid.page.goto(projectUrl('meetingStage'))]);
    await Promise.all([kari.page.getByRole('heading', { name: LUNGE.title }).waitFor(), ingrid.page.getByRole('heading', { name: LUNGE.title }).waitFor()]);
    const stage = ingrid.page;

    // Ingrid starts "Gå gjennom" with the keyboard alone.
    const walkButton = stage.getByRole('button', { name: 'Gå gjennom' });
    await walkButton.focus();
    await stage.keyboard.press('Enter');
    const walk = stage.getByRole('region', { name: /Gå gjennom kravene i Utvikle/ });
    await walk.waitFor();
    const title = walk.getByRole('heading', { level: 3 });
    await expect.poll(() => title.textContent()).toMatch(BLUEPRINT);
    expect(await isFocused(title)).toBe(true);
    await walk.getByText('Krav 1 av 4').waitFor();
    await screenshot(stage, 'meeting-stage-walk-through');

    // The blueprint waits for the hospital: Ingrid confirms it, by Tab and Enter.
    const confirm = walk.getByRole('button', { name: 'Bekreft for sykehuset' });
    for (let presses = 0; presses < 10 && !(await isFocused(confirm)); presses++) await stage.keyboard.press('Tab');
    expect(await isFocused(confirm)).toBe(true);
    await stage.keyboard.press('Enter');
    await expect.poll(() => walk.textContent()).toMatch(/Sykehus:\s*Bekreftet av Ingrid Hansen/);
    // Kari sees it in the side panel without reloading.
    await expect.poll(() => item(kari.page, BLUEPRINT).textContent(), { timeout: TIMEOUTS.colleague }).toMatch(/Sykehus:\s*Bekreftet av Ingrid Hansen/);

    // Arrow keys move on; Kari ticks the prototype in the side panel while Ingrid has it on the stage.
    await title.focus();
    await stage.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).toMatch(PROTOTYPE);
    await walk.getByText('Krav 2 av 4').waitFor();
    await item(kari.page, PROTOTYPE).getByRole('checkbox').click();
    await expect.poll(() => walk.textContent(), { timeout: TIMEOUTS.colleague }).toMatch(/Kari Nordmann endret dette kravet nå|Sist endret av Kari Nordmann/);
    await expect.poll(() => walk.textContent()).toMatch(/Status: Fullført/);

    // Not relevant, with a reason, by keyboard: the field takes the focus, Enter on Lagre saves.
    await stage.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).toMatch(ROS);
    const notRelevant = walk.getByRole('button', { name: 'Ikke relevant …' });
    for (let presses = 0; presses < 10 && !(await isFocused(notRelevant)); presses++) await stage.keyboard.press('Tab');
    await stage.keyboard.press('Enter');
    const reason = walk.getByRole('textbox', { name: /Begrunnelse/ });
    await expect.poll(() => isFocused(reason)).toBe(true);
    await stage.keyboard.type('Løsningen behandler ingen helseopplysninger.');
    await stage.keyboard.press('Tab');
    await stage.keyboard.press('Enter');
    await expect.poll(() => walk.textContent()).toMatch(/Ikke relevant: Løsningen behandler ingen helseopplysninger/);
    await expect.poll(() => item(kari.page, ROS).textContent(), { timeout: TIMEOUTS.colleague }).toMatch(/Ikke relevant: Løsningen behandler ingen/);
    await Promise.all([allSaved(kari.page), allSaved(stage)]);

    // The summary in the side panel lists all three, in plain bokmål.
    await kari.page.getByRole('button', { name: 'Møtereferat' }).click();
    const summary = kari.page.getByLabel('Møtereferatet som tekst');
    await expect.poll(() => summary.textContent(), { timeout: TIMEOUTS.colleague }).toMatch(/### Bekreftet \(1\)/);
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(/for sykehuset: Ingrid Hansen/);
    expect(text).toMatch(/### Fullført \(1\)\n- «Konseptet er prøvd med en enkel prototype[^»]*»: Kari Nordmann/);
    expect(text).toMatch(/### Merket som ikke relevant \(1\)\n- «Det er vurdert om ROS-analyse[^»]*»: Ingrid Hansen, \d\d:\d\d\. Begrunnelse: Løsningen behandler ingen helseopplysninger\./);
    // The seeded history from before the meeting is not part of it.
    expect(text).not.toMatch(/Idéverkstedet/);
    await screenshot(kari.page, 'meeting-side-panel-summary');
    expect([...kari.errors, ...ingrid.errors]).toEqual([]);
    await Promise.all([kari.context.close(), ingrid.context.close()]);
  });
});
