// Keyboard and history as a person meets them: the skip link is the first Tab stop and lands in <main>; closing item
// history, project history or the phase dialog with Escape puts focus back on the control that opened it; the
// project history names phases in the reader's language, once per move, and an item's history names the item once.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openContext } from '../../testkit/browser/browser';
import { LUNGE } from '../../testkit/browser/testApp';
import { appAndBrowser, chooseMenuItem, isFocused, openMenu } from '../../testkit/browser/suite';

const suite = appAndBrowser({ projects: [LUNGE] });

const projectUrl = () => `${suite.app.url}/index.html#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const PROTOTYPE_TITLE = 'Konseptet er prøvd med en enkel prototype og justert etter tilbakemeldinger';

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
