// Two people in one meeting: a kommune user and a sykehus user tick and confirm in two browser contexts and see each
// other's changes without reloading; a reload keeps everything; the phase changes with and without the gate met;
// and a checklist can be worked with the keyboard alone.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DemoProject } from '../../src/model/demoProjects';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { LUNGE } from '../../testkit/browser/testApp';
import type { TestApp } from '../../testkit/browser/testApp';
import { appAndBrowser } from '../../testkit/browser/suite';
import { TIMEOUTS } from '../../testkit/timeouts';

// A project whose first phase is complete: its gate is met.
const GATE_MET: DemoProject = {
  projectKey: '7e2d9c1b-5a4f-4e3d-9c8b-1a2b3c4d5e99',
  siteUrl: '/sites/nytt-prosjekt',
  title: 'Trygg overgang hjem',
  municipalities: ['Hamar kommune'],
  hospitalUnit: 'Sykehuset Innlandet HF',
  targetGroups: ['skropelige-eldre'],
  currentPhase: 'forankring',
  lastActivityDaysAgo: 0,
  ticks: LUNGE.ticks.filter((tick) => tick.itemKey.startsWith('forankring.')),
};

const PROTOTYPE = /Konseptet er prøvd med en enkel prototype/;
const BLUEPRINT = /tjenesteblåkopi med ansvar/;
const ROS = /ROS-analyse eller DPIA/;
const CONSEQUENCES = /Konsekvenser for økonomi/;

let app: TestApp;
let browser: Browser;

appAndBrowser({ projects: [LUNGE, GATE_MET] }, (started) => ({ app, browser } = started));

const projectUrl = (project: DemoProject, frame?: 'sidePanel') =>
  `${app.url}/index.html${frame ? `?frame=${frame}` : ''}#/tab?project=${project.projectKey}&site=${project.siteUrl}`;

const item = (page: Page, label: RegExp) => page.getByRole('listitem').filter({ has: page.getByText(label) }).first();
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor();

describe('two sides in one meeting', () => {
  it('see each other’s ticks and confirmations without reloading, and a reload keeps them', async () => {
    const kari = await openContext(browser, { user: 'kari', width: 400 });
    const ingrid = await openContext(browser, { user: 'ingrid', width: 400 });
    await Promise.all([kari.page.goto(projectUrl(LUNGE, 'sidePanel')), ingrid.page.goto(projectUrl(LUNGE, 'sidePanel'))]);
    await Promise.all([kari.page.getByRole('heading', { name: LUNGE.title }).waitFor(), ingrid.page.getByRole('heading', { name: LUNGE.title }).waitFor()]);

    // Kari (kommune) ticks an item; Ingrid (sykehus) sees it arrive.
    const karisBox = item(kari.page, PROTOTYPE).getByRole('checkbox');
    expect(await karisBox.isChecked()).toBe(false);
    await karisBox.click();
    expect(await karisBox.isChecked()).toBe(true);
    await expect.poll(() => item(ingrid.page, PROTOTYPE).getByRole('checkbox').isChecked(), { timeout: TIMEOUTS.colleague }).toBe(true);

    // Ingrid confirms for the hospital an item the municipality already confirmed; Kari sees it.
    await item(ingrid.page, BLUEPRINT).getByRole('button', { name: 'Bekreft for sykehuset' }).click();
    await expect
      .poll(() => item(kari.page, BLUEPRINT).textContent(), { timeout: TIMEOUTS.colleague })
      .toMatch(/Sykehus:\s*Bekreftet av Ingrid Hansen/);
    await screenshot(ingrid.page, 'side-panel-after-confirm');

    await Promise.all([allSaved(kari.page), allSaved(ingrid.page)]);
    await kari.page.reload();
    await kari.page.getByRole('heading', { name: LUNGE.title }).waitFor();
    expect(await item(kari.page, PROTOTYPE).getByRole('checkbox').isChecked()).toBe(true);
    expect(await item(kari.page, BLUEPRINT).textContent()).toMatch(/Sykehus:\s*Bekreftet av Ingrid Hansen/);
    expect([...kari.errors, ...ingrid.errors]).toEqual([]);
    await Promise.all([kari.context.close(), ingrid.context.close()]);
  });

  it('show a colleague’s change in the history that is open, without closing it', async () => {
    const kari = await openContext(browser, { user: 'kari' });
    const ingrid = await openContext(browser, { user: 'ingrid' });
    await Promise.all([kari.page.goto(projectUrl(LUNGE)), ingrid.page.goto(projectUrl(LUNGE))]);
    await Promise.all([kari.page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor(), ingrid.page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor()]);
    await kari.page.getByRole('button', { name: 'Historikk', exact: true }).click();
    const history = kari.page.getByRole('dialog', { name: 'Prosjekthistorikk' });
    await history.getByRole('listitem').first().waitFor();
    const ingridsTick = history.getByRole('listitem').filter({ hasText: 'Ingrid Hansen' }).filter({ hasText: ROS });
    expect(await ingridsTick.count()).toBe(0);

    const rosBox = item(ingrid.page, ROS).getByRole('checkbox');
    await rosBox.click();
    await expect.poll(() => rosBox.isChecked()).toBe(true);
    // Kari's poll brings the change; the drawer, still open, reads the history again.
    await expect.poll(() => ingridsTick.count(), { timeout: TIMEOUTS.colleague }).toBe(1);
    expect(await ingridsTick.textContent()).toMatch(/krysset av/);

    // Put it back for the tests below.
    await rosBox.click();
    await expect.poll(() => rosBox.isChecked()).toBe(false);
    await allSaved(ingrid.page);
    expect([...kari.errors, ...ingrid.errors]).toEqual([]);
    await Promise.all([kari.context.close(), ingrid.context.close()]);
  });
});

describe('keyboard only', () => {
  it('reaches, ticks and confirms checklist items with Tab, Space and Enter', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari' });
    await page.goto(projectUrl(LUNGE));
    await page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();

    const tabUntil = async (matches: () => Promise<boolean>, limit = 120) => {
      for (let presses = 0; presses < limit; presses++) {
        if (await matches()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('Tab never reached the control');
    };
    const rosBox = item(page, ROS).getByRole('checkbox');
    await tabUntil(() => rosBox.evaluate((element) => element === document.activeElement));
    await page.keyboard.press('Space');
    await expect.poll(() => rosBox.isChecked()).toBe(true);

    const confirm = item(page, CONSEQUENCES).getByRole('button', { name: 'Bekreft for kommunen' });
    await tabUntil(() => confirm.evaluate((element) => element === document.activeElement));
    await page.keyboard.press('Enter');
    await expect.poll(() => item(page, CONSEQUENCES).textContent()).toMatch(/Kommune:\s*Bekreftet av Kari Nordmann/);
    await allSaved(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('changing phase', () => {
  it('asks for a reason when the gate is not met', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari' });
    await page.goto(projectUrl(LUNGE));
    await page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
    await page.getByRole('button', { name: 'Bytt fase …' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Levere/ }).check();
    const move = dialog.getByRole('button', { name: /^Flytt til Levere/ });
    const reason = dialog.getByRole('textbox', { name: /Begrunnelse for å gå videre/ });
    // Without a reason the move is refused, and the dialog stays open on the reason field.
    await move.click();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.isVisible()).toBe(true);
    await screenshot(page, 'phase-change-reason');
    await reason.fill('Styringsgruppen vedtok å starte piloten i mai.');
    await move.click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Nåværende fase').first().waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).filter({ hasText: /^Levere/ }).count()).toBeGreaterThan(0);
    await allSaved(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves without a reason when the gate is met', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari' });
    await page.goto(projectUrl(GATE_MET));
    await page.getByRole('heading', { level: 1, name: GATE_MET.title }).waitFor();
    await page.getByRole('button', { name: 'Bytt fase …' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Utforske/ }).check();
    await dialog.getByText('Alle minimumskrav er oppfylt. Prosjektet kan gå videre.').waitFor();
    expect(await dialog.getByRole('textbox', { name: /Begrunnelse/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: /^Flytt til Utforske/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).filter({ hasText: /^Utforske/ }).count()).toBeGreaterThan(0);
    await allSaved(page);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).filter({ hasText: /^Utforske/ }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
