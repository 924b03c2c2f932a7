// Issue 22's journey in Chromium, in local mode: Kari confirms an item for kommunen in a project where Ingrid is
// registered for sykehuset. Ingrid's activity feed (local mode's "Aktivitet" panel, the emulator's feed) shows one
// notice naming the project and the item, and its link opens that item; Ola (kommune, Kari's own side, registered)
// gets none, and neither does Per (sykehus, not registered in the project). Ingrid's "Venter på meg" lists the item
// with its age; once she confirms it, it is gone for both.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { findItem } from '../../src/model/lookup';
import { participantToRow } from '../../src/store/sharepoint/rows';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { emulatorAdmin, graphCall, listPath, seriousViolations } from '../../testkit/browser/extra';
import { appAndBrowser, isFocused } from '../../testkit/browser/suite';
import { LUNGE } from '../../testkit/browser/testApp';

const suite = appAndBrowser({ projects: [LUNGE] });

const ITEM = 'utvikle.konsekvenser-avklart';
const TITLE = findItem(DEFAULT_MODEL, ITEM)!.label.nb;
const TITLE_PATTERN = /Konsekvenser for økonomi, avtaler og prosedyrer/;
const projectUrl = () => `${suite.app.url}/index.html#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const waitingUrl = () => `${suite.app.url}/index.html#/venter`;
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor();

interface Notice {
  senderId: string;
  templateParameters: Record<string, string>;
  text: Record<string, string>;
}

async function feedOf(user: string): Promise<Notice[]> {
  const response = await emulatorAdmin(suite.app, 'GET', `activity?user=${user}`);
  return ((await response.json()) as { value: Notice[] }).value;
}

/** Ola registers for kommunen (the seed registered Kari and Ingrid only), so Kari's own side has someone to spare. */
async function registerOla(): Promise<void> {
  const users = ((await (await emulatorAdmin(suite.app, 'GET', 'users')).json()) as { value: { id: string; objectId: string; displayName: string; mail: string; organisation: string }[] }).value;
  const ola = users.find((user) => user.id === 'ola')!;
  const fields = participantToRow({
    projectKey: LUNGE.projectKey,
    person: { id: ola.objectId, name: ola.displayName, email: ola.mail },
    organisation: ola.organisation,
    side: 'kommune',
    confirmedAt: new Date().toISOString(),
  });
  await graphCall(suite.app, 'ola', 'POST', `${listPath(LUNGE.siteUrl, 'participants')}/items`, { fields });
}

/** The entry for the item on "Venter på meg" (under the project's heading). */
const waitingEntry = (page: Page) => page.getByRole('region', { name: LUNGE.title }).getByRole('listitem').filter({ hasText: TITLE_PATTERN });

describe('Venter på deg', () => {
  it('tells the other side’s registered participant once, opens the item from the feed, lists it on Venter på meg until it is confirmed', async () => {
    await registerOla();
    const { browser } = suite;
    const kari = await openContext(browser, { user: 'kari' });
    const ingrid = await openContext(browser, { user: 'ingrid' });
    try {
      await kari.page.goto(projectUrl());
      await kari.page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
      // Kari confirms for kommunen an item nobody has confirmed yet (in the project's current phase, shown first).
      const item = kari.page.locator(`[data-item="${ITEM}"]`);
      await item.getByRole('button', { name: 'Bekreft for kommunen' }).click();
      await allSaved(kari.page);

      // Ingrid's activity feed: one notice, naming the project and the item.
      await expect.poll(async () => (await feedOf('ingrid')).length, { timeout: 30_000 }).toBe(1);
      const [notice] = await feedOf('ingrid');
      expect(notice!.senderId).toBe('kari');
      expect(notice!.templateParameters).toMatchObject({ item: TITLE, project: LUNGE.title });
      // Nobody on Kari's own side, and nobody who is not registered in the project.
      expect(await feedOf('ola')).toEqual([]);
      expect(await feedOf('per')).toEqual([]);
      expect(await feedOf('kari')).toEqual([]);

      // In Ingrid's window, local mode's "Aktivitet" panel shows it in her language, and its link opens the item.
      await ingrid.page.goto(`${suite.app.url}/index.html#/venter`);
      await ingrid.page.getByRole('heading', { level: 1, name: 'Venter på meg' }).waitFor();
      await ingrid.page.getByRole('button', { name: /^Aktivitet \(1\)/ }).click();
      const feed = ingrid.page.getByRole('region', { name: 'Aktivitet i Teams for Ingrid Hansen' });
      await feed.getByText(`Kari Nordmann bekreftet «${TITLE}».`, { exact: false }).waitFor();
      expect(await feed.getByText(LUNGE.title, { exact: false }).count()).toBeGreaterThan(0);
      await screenshot(ingrid.page, 'activity-feed');
      await feed.getByRole('link', { name: /^Åpne/ }).click();
      await ingrid.page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
      const opened = ingrid.page.locator(`[data-item="${ITEM}"]`);
      await opened.waitFor();
      // The item is on screen and has the keyboard: its confirm button for Ingrid's side.
      await expect.poll(() => opened.evaluate((element) => element.contains(document.activeElement)), { timeout: 15_000 }).toBe(true);
      expect(await isFocused(opened.getByRole('button', { name: 'Bekreft for sykehuset' }))).toBe(true);
      await screenshot(ingrid.page, 'opened-item');
      // The project's header counts what waits for her side here.
      expect(await ingrid.page.getByText(/\d+ krav venter på deg/).first().textContent()).toMatch(/krav venter på deg/);

      // "Venter på meg" lists it, under the project, with its age; Kari's own lists it as waiting for sykehuset.
      await ingrid.page.goto(waitingUrl());
      await waitingEntry(ingrid.page).waitFor();
      expect(await waitingEntry(ingrid.page).textContent()).toMatch(/i dag/);
      expect(await waitingEntry(ingrid.page).textContent()).toMatch(/bekreftet av Kari Nordmann/);
      expect(await seriousViolations(ingrid.page)).toEqual([]);
      await screenshot(ingrid.page, 'venter-pa-meg');
      await kari.page.goto(waitingUrl());
      await kari.page.getByRole('heading', { level: 3, name: 'Du har bekreftet – venter på sykehuset' }).first().waitFor();
      await waitingEntry(kari.page).waitFor();

      // Ingrid confirms it: gone from her list and from Kari's.
      await ingrid.page.goto(projectUrl());
      await ingrid.page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
      await ingrid.page.locator(`[data-item="${ITEM}"]`).getByRole('button', { name: 'Bekreft for sykehuset' }).click();
      await allSaved(ingrid.page);
      await ingrid.page.goto(waitingUrl());
      await ingrid.page.getByRole('heading', { level: 1, name: 'Venter på meg' }).waitFor();
      await ingrid.page.getByRole('status').filter({ hasText: /krav venter|Ingenting venter/ }).first().waitFor();
      expect(await waitingEntry(ingrid.page).count()).toBe(0);
      await kari.page.reload();
      await kari.page.getByRole('heading', { level: 1, name: 'Venter på meg' }).waitFor();
      await kari.page.getByText(/Krav i prosjektene dine/).waitFor();
      await kari.page.waitForLoadState('networkidle');
      expect(await waitingEntry(kari.page).count()).toBe(0);
      // Still one notice: Ingrid's confirmation waits on nobody, so nobody is told.
      expect(await feedOf('ingrid')).toHaveLength(1);
      expect(await feedOf('kari')).toEqual([]);
      expect([...kari.errors, ...ingrid.errors]).toEqual([]);
    } finally {
      await Promise.all([kari.context.close(), ingrid.context.close()]);
    }
  });
});
