// Issue 18, "nothing written is lost": Kari, offline, comments on an item; Ingrid, online, saves a different comment
// on the same item; Kari comes back online. Both comments are kept and shown, in the order they were written, in
// both windows and after a reload of each, and the item's history holds both texts. (Before threads, Kari's queued
// comment replaced Ingrid's without a word to either of them.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { appAndBrowser, checklistItem, itemPartsLoaded, openMenu } from '../../testkit/browser/suite';
import { listRows } from '../../testkit/browser/extra';
import { LUNGE } from '../../testkit/browser/testApp';
import { TIMEOUTS, scaled } from '../../testkit/timeouts';

const suite = appAndBrowser({ projects: [LUNGE] });

const ITEM = { key: 'utvikle.prototype', label: /Konseptet er prøvd med en enkel prototype/, text: 'Konseptet er prøvd med en enkel prototype og justert etter tilbakemeldinger' };
const KARI_TEXT = 'Kari (uten nett): prototypen ble testet på Gausdal sykehjem.';
const INGRID_TEXT = 'Ingrid: pasientforløpet må med før neste fase.';
const PENDING = 'Ikke lagret ennå';

const projectUrl = () => `${suite.app.url}/index.html#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor({ timeout: scaled(60_000) });
const thread = (page: Page) => checklistItem(page, ITEM.label).getByRole('list', { name: `Kommentarer til «${ITEM.text}»` });
/** The comments' texts as the item shows them, oldest first. */
const shownComments = (page: Page) => thread(page).locator('li p').allTextContents().catch(() => [] as string[]);

async function open(page: Page): Promise<void> {
  await page.goto(projectUrl());
  await page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
  await allSaved(page);
}

async function comment(page: Page, text: string): Promise<void> {
  const row = checklistItem(page, ITEM.label);
  await row.getByRole('button', { name: 'Legg til kommentar' }).click();
  await row.getByRole('textbox', { name: `Kommentar til «${ITEM.text}»` }).fill(text);
  await row.getByRole('button', { name: 'Lagre' }).click();
}

describe('an offline comment against an online one', () => {
  it('keeps both, shows both in both windows and after a reload, and history has both texts', async () => {
    const kari = await openContext(suite.browser, { user: 'kari' });
    const ingrid = await openContext(suite.browser, { user: 'ingrid' });
    await Promise.all([open(kari.page), open(ingrid.page)]);
    await itemPartsLoaded(kari.page);

    // Kari writes while offline: shown at once, marked as not saved.
    await kari.context.setOffline(true);
    await kari.page.getByRole('status').filter({ hasText: /Frakoblet/ }).first().waitFor();
    await comment(kari.page, KARI_TEXT);
    await expect.poll(() => shownComments(kari.page)).toEqual([KARI_TEXT]);
    expect(await thread(kari.page).textContent()).toContain(PENDING);

    // Ingrid, online, comments on the same item a little later and it is saved. (A thread orders by the second a
    // comment was written, as the Events list keeps it: Ingrid's is written in a later second than Kari's.)
    const karisSecond = Math.floor(Date.now() / 1000);
    await expect.poll(() => Math.floor(Date.now() / 1000)).toBeGreaterThan(karisSecond);
    await comment(ingrid.page, INGRID_TEXT);
    await allSaved(ingrid.page);
    await expect.poll(() => shownComments(ingrid.page)).toEqual([INGRID_TEXT]);

    // Kari is back: her comment is saved beside Ingrid's, and each window shows both, in the order they were written.
    await kari.context.setOffline(false);
    await allSaved(kari.page);
    await expect.poll(() => shownComments(kari.page), { timeout: TIMEOUTS.colleague }).toEqual([KARI_TEXT, INGRID_TEXT]);
    await expect.poll(() => shownComments(ingrid.page), { timeout: TIMEOUTS.colleague }).toEqual([KARI_TEXT, INGRID_TEXT]);
    expect(await kari.page.getByText(PENDING).count()).toBe(0);
    await screenshot(kari.page, 'comments-both-kept');

    // After a reload, in both windows.
    await Promise.all([kari.page.reload(), ingrid.page.reload()]);
    await Promise.all([open(kari.page), open(ingrid.page)]);
    for (const page of [kari.page, ingrid.page]) await expect.poll(() => shownComments(page)).toEqual([KARI_TEXT, INGRID_TEXT]);
    const bylines = await thread(ingrid.page).locator('li').allTextContents();
    expect(bylines[0]).toMatch(/^Kari Nordmann \(Kommune\)/);
    expect(bylines[1]).toMatch(/^Ingrid Hansen \(Sykehus\)/);

    // The item's history tells it the same way, with both texts.
    await openMenu(ingrid.page, checklistItem(ingrid.page, ITEM.label).getByRole('button', { name: `Flere valg for «${ITEM.text}»` }));
    await ingrid.page.getByRole('menuitem', { name: 'Vis historikk' }).click();
    const drawer = ingrid.page.getByRole('dialog');
    await drawer.getByText(INGRID_TEXT).waitFor();
    expect(await drawer.getByText(KARI_TEXT).count()).toBe(1);
    expect(await drawer.getByText(/kommenterte/).count()).toBe(2);

    // And what SharePoint holds: one row, both comments, each logged once.
    const rows = (await listRows(suite.app, 'ola', LUNGE.siteUrl, 'checklist')).filter((r) => r.ProjectKey === LUNGE.projectKey && r.ItemKey === ITEM.key);
    expect(rows.map((r) => JSON.parse(String(r.CommentThread)).map((c: { text: string }) => c.text))).toEqual([[KARI_TEXT, INGRID_TEXT]]);
    const logged = (await listRows(suite.app, 'ola', LUNGE.siteUrl, 'events')).filter((e) => e.ProjectKey === LUNGE.projectKey && e.ItemKey === ITEM.key && e.Kind === 'commentAdded');
    expect(logged.map((e) => e.ToValue).sort()).toEqual([INGRID_TEXT, KARI_TEXT].sort());

    expect([...kari.errors, ...ingrid.errors].filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await Promise.all([kari.context.close(), ingrid.context.close()]);
  }, scaled(180_000));
});
