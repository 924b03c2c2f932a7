// Keyboard and history as a person meets them: the skip link is the first Tab stop and lands in <main>; closing item
// history, project history or the phase dialog with Escape puts focus back on the control that opened it; the
// keyboard alone reaches and runs every action of a checklist item, on the project tab, in the 320 px side panel and
// in "Gå gjennom" on an 800 px high stage (where the actions stay in view and Escape keeps the walk's place); the
// project history names phases in the reader's language, once per move, and an item's history names the item once.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { LUNGE } from '../../testkit/browser/testApp';
import { appAndBrowser, checklistItem, chooseMenuItem, isFocused, openMenu, pressAndExpectFocus, tabUntilFocused } from '../../testkit/browser/suite';

const suite = appAndBrowser({ projects: [LUNGE] });

const projectUrl = () => `${suite.app.url}/index.html#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const PROTOTYPE_TITLE = 'Konseptet er prøvd med en enkel prototype og justert etter tilbakemeldinger';
const CONSEQUENCES_TITLE = 'Konsekvenser for økonomi, avtaler og prosedyrer er avklart hos begge';
const BLUEPRINT_TITLE = 'Det valgte konseptet er beskrevet i en tjenesteblåkopi med ansvar og overganger mellom nivåene';
const frameUrl = (frame: 'sidePanel' | 'meetingStage') => `${suite.app.url}/index.html?frame=${frame}#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor();
const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The menu opened on `button` by Enter: its entries' names, read by walking it with ArrowDown. */
async function menuEntriesByKeyboard(page: Page, button: Locator): Promise<string[]> {
  await pressAndExpectFocus(page, 'Enter', page.getByRole('menuitem').first());
  const names: string[] = [];
  for (let step = 0; step < 10; step++) {
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (names.includes(name)) break;
    names.push(name);
    await page.keyboard.press('ArrowDown');
  }
  await pressAndExpectFocus(page, 'Escape', button);
  return names;
}

/** Every control of `box` is inside the window and on top at its centre: seen and clickable without scrolling. */
const inView = (box: Locator) =>
  box.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return rect.top >= 0 && rect.bottom <= window.innerHeight && top !== null && element.contains(top);
  });

async function open(page: Page): Promise<void> {
  await page.goto(projectUrl());
  await page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
}

/** Focus the opener with the keyboard's own path (focus + Enter), then close what it opened with Escape. */
async function openAndEscape(page: Page, opener: Locator, opened: Locator): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
  await opened.waitFor();
  await page.keyboard.press('Escape');
  await opened.waitFor({ state: 'hidden' });
  await expect.poll(() => isFocused(opener)).toBe(true);
}

describe('keyboard', () => {
  it('offers "Hopp til innholdet" as the first Tab stop, and it moves focus into the main content', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari' });
    await open(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
    expect(await isFocused(skip)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toContain(`project=${LUNGE.projectKey}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('returns focus to the opener after Escape closes item history, project history and the phase dialog', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari' });
    await open(page);
    // An item's history sits in its menu ("Flere valg"): focus comes back to the menu's button.
    const more = page.getByRole('button', { name: `Flere valg for «${PROTOTYPE_TITLE}»` });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Vis historikk' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(more)).toBe(true);
    await openAndEscape(page, page.getByRole('button', { name: 'Historikk', exact: true }), page.getByRole('dialog'));
    await openAndEscape(page, page.getByRole('button', { name: 'Bytt fase …' }), page.getByRole('dialog'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('every action of a checklist item, by keyboard alone', () => {
  it('on the project tab: Tab reaches each item’s tick, comment and menu, and the confirm button; Space, Enter and the arrows run them', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari' });
    await open(page);
    const prototype = checklistItem(page, exact(PROTOTYPE_TITLE));
    const tick = prototype.getByRole('checkbox', { name: PROTOTYPE_TITLE });
    const comment = prototype.getByRole('button', { name: 'Legg til kommentar' });
    const menu = prototype.getByRole('button', { name: `Flere valg for «${PROTOTYPE_TITLE}»` });
    // From the top of the page, Tab alone reaches the item, then each of its controls in reading order.
    await tabUntilFocused(page, tick);
    await pressAndExpectFocus(page, 'Tab', comment);
    await pressAndExpectFocus(page, 'Tab', menu);
    // Space ticks (and again unticks); Enter opens the comment editor, whose Avbryt gives the focus back.
    await pressAndExpectFocus(page, 'Shift+Tab', comment);
    await pressAndExpectFocus(page, 'Shift+Tab', tick);
    await page.keyboard.press('Space');
    await expect.poll(() => tick.isChecked()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => tick.isChecked()).toBe(false);
    await allSaved(page);
    await pressAndExpectFocus(page, 'Tab', comment);
    await pressAndExpectFocus(page, 'Enter', prototype.getByRole('textbox', { name: /^Kommentar/ }));
    await pressAndExpectFocus(page, 'Tab', prototype.getByRole('button', { name: 'Lagre' }));
    await pressAndExpectFocus(page, 'Tab', prototype.getByRole('button', { name: 'Avbryt' }));
    await pressAndExpectFocus(page, 'Enter', comment);
    // The menu opens with Enter and is walked with the arrows: history, feedback and not relevant; Escape gives the
    // focus back, also from the feedback dialog an entry opens.
    await pressAndExpectFocus(page, 'Tab', menu);
    expect(await menuEntriesByKeyboard(page, menu)).toEqual(['Vis historikk', 'Gi tilbakemelding …', 'Merk som ikke relevant …']);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Gi tilbakemelding …' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Tilbakemelding til koordinatorene' }).waitFor();
    await pressAndExpectFocus(page, 'Escape', menu);

    // An item both sides confirm: its comment and menu, then my side's confirm button; Enter confirms, and the
    // withdrawal is then in the menu, where the focus stays within reach.
    const consequences = checklistItem(page, exact(CONSEQUENCES_TITLE));
    const consequencesMenu = consequences.getByRole('button', { name: `Flere valg for «${CONSEQUENCES_TITLE}»` });
    const confirm = consequences.getByRole('button', { name: 'Bekreft for kommunen' });
    await tabUntilFocused(page, consequences.getByRole('button', { name: 'Legg til kommentar' }), 10);
    await pressAndExpectFocus(page, 'Tab', consequencesMenu);
    await pressAndExpectFocus(page, 'Tab', confirm);
    // The confirm button goes with the confirmation: the focus moves to the menu, not to the top of the page.
    await pressAndExpectFocus(page, 'Enter', consequencesMenu);
    await expect.poll(() => consequences.textContent()).toMatch(/Kommune:\s*Bekreftet av Kari Nordmann/);
    expect(await menuEntriesByKeyboard(page, consequencesMenu)).toContain('Trekk tilbake bekreftelsen for kommunen');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Trekk tilbake bekreftelsen for kommunen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => consequences.getByRole('button', { name: 'Bekreft for kommunen' }).count()).toBe(1);
    await allSaved(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in the 320 px side panel: Tab reaches each item’s tick or confirm button and its menu, which holds the comment', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari', width: 320 });
    await page.goto(frameUrl('sidePanel'));
    await page.getByRole('heading', { name: LUNGE.title }).waitFor();
    const prototype = checklistItem(page, exact(PROTOTYPE_TITLE));
    const menu = prototype.getByRole('button', { name: `Flere valg for «${PROTOTYPE_TITLE}»` });
    await tabUntilFocused(page, prototype.getByRole('checkbox'));
    await pressAndExpectFocus(page, 'Tab', menu);
    expect(await menuEntriesByKeyboard(page, menu)).toEqual(['Kommenter …', 'Vis historikk', 'Gi tilbakemelding …', 'Merk som ikke relevant …']);
    const consequences = checklistItem(page, exact(CONSEQUENCES_TITLE));
    await tabUntilFocused(page, consequences.getByRole('button', { name: `Flere valg for «${CONSEQUENCES_TITLE}»` }), 10);
    await pressAndExpectFocus(page, 'Tab', consequences.getByRole('button', { name: 'Bekreft for kommunen' }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in "Gå gjennom" on an 800 px high stage: the actions are in view, Tab reaches them, and Escape keeps the place', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'per', width: 1280, height: 800 });
    await page.goto(frameUrl('meetingStage'));
    await page.getByRole('heading', { name: LUNGE.title }).waitFor();
    const start = page.getByRole('button', { name: 'Gå gjennom' });
    await tabUntilFocused(page, start);
    await page.keyboard.press('Enter');
    const walk = page.getByRole('region', { name: /Gå gjennom kravene i Utvikle/ });
    const title = walk.getByRole('heading', { level: 3 });
    await expect.poll(() => title.textContent()).toBe(BLUEPRINT_TITLE);
    await expect.poll(() => isFocused(title)).toBe(true);
    const actions = [
      walk.getByRole('button', { name: 'Bekreft for sykehuset' }),
      walk.getByRole('button', { name: 'Ikke relevant …' }),
      walk.getByRole('button', { name: 'Kommenter …' }),
      walk.getByRole('button', { name: 'Gi tilbakemelding' }),
      walk.getByRole('button', { name: 'Neste' }),
    ];
    // Without scrolling, every action is on screen and not under anything.
    for (const action of actions) expect(await inView(action), String(action)).toBe(true);
    await screenshot(page, 'meeting-stage-walk-through-800', { fullPage: false });
    // Tab from the title reaches each (Forrige is off on the first requirement).
    for (const action of actions) await tabUntilFocused(page, action, 6);
    // A reason opens in place: the field takes the focus, Lagre and Avbryt are in view; Avbryt by keyboard.
    await title.focus();
    await tabUntilFocused(page, actions[1]!, 6);
    await pressAndExpectFocus(page, 'Enter', walk.getByRole('textbox', { name: /Begrunnelse/ }));
    for (const control of [walk.getByRole('textbox', { name: /Begrunnelse/ }), walk.getByRole('button', { name: 'Lagre' }), walk.getByRole('button', { name: 'Avbryt' })]) {
      expect(await inView(control), String(control)).toBe(true);
    }
    await pressAndExpectFocus(page, 'Tab', walk.getByRole('button', { name: 'Lagre' }));
    await pressAndExpectFocus(page, 'Tab', walk.getByRole('button', { name: 'Avbryt' }));
    await pressAndExpectFocus(page, 'Enter', actions[1]!);
    // Feedback opens a dialog; Escape closes it and the focus is back on its button, the walk where it was.
    await tabUntilFocused(page, actions[3]!, 6);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Tilbakemelding til koordinatorene' }).waitFor();
    await pressAndExpectFocus(page, 'Escape', actions[3]!);
    await expect.poll(() => title.textContent()).toBe(BLUEPRINT_TITLE);
    // Next requirement, then Escape: back to the checklist, the focus on the button that goes on from there.
    await title.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).not.toBe(BLUEPRINT_TITLE);
    const second = await title.textContent();
    await page.keyboard.press('Escape');
    await walk.waitFor({ state: 'hidden' });
    const resume = page.getByRole('button', { name: /^Fortsett gjennomgangen \(krav 2 av \d+\)$/ });
    await expect.poll(() => isFocused(resume)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent()).toBe(second);
    await walk.getByText(/^Krav 2 av \d+$/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('history', () => {
  it('names phases in the reader’s language, one entry per move, and an item’s entries do not repeat its title', async () => {
    const { context, page, errors } = await openContext(suite.browser, { user: 'kari' });
    await open(page);
    const prototype = page.getByRole('checkbox', { name: PROTOTYPE_TITLE });
    await prototype.click();
    await expect.poll(() => prototype.isChecked()).toBe(true);
    await page.getByText(/Alt er lagret/).first().waitFor();
    // The drawer may open before the tick reaches SharePoint: it reads the history again when it lands.
    await openMenu(page, page.getByRole('button', { name: `Flere valg for «${PROTOTYPE_TITLE}»` }));
    await chooseMenuItem(page, 'Vis historikk');
    const itemDrawer = page.getByRole('dialog', { name: `Historikk for «${PROTOTYPE_TITLE}»` });
    const entries = itemDrawer.getByRole('listitem');
    await entries.first().waitFor();
    for (const text of await entries.allTextContents()) expect(text).not.toContain(PROTOTYPE_TITLE);
    expect(await entries.filter({ hasText: /krysset av/ }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await itemDrawer.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Bytt fase …' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Levere/ }).check();
    await dialog.getByRole('textbox', { name: /Begrunnelse for å gå videre/ }).fill('Styringsgruppen vedtok å starte piloten.');
    await dialog.getByRole('button', { name: /^Flytt til Levere/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/Alt er lagret/).first().waitFor();

    await page.getByRole('button', { name: 'Historikk', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Prosjekthistorikk' });
    const move = drawer.getByRole('listitem').filter({ hasText: 'flyttet prosjektet fra Utvikle til Levere – teste og implementere' });
    await move.first().waitFor();
    expect(await move.count()).toBe(1);
    expect(await drawer.textContent()).not.toMatch(/phase:/);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    expect(errors).toEqual([]);
    await context.close();
  });
});
