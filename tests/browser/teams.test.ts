// The app inside the Teams host simulator: configuring a tab (validity, save, setConfig, re-opening edits the same
// project, a new tab on the same site is offered that project instead of a duplicate), provisioning from the config
// page, the Teams themes and their live change, the 320 px side panel.
import { describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { hasNoHorizontalScroll, openContext, screenshot } from '../../testkit/browser/browser';
import { validNationalId } from '../../testkit/browser/nationalId';
import { hostState, openInTeams, pressHostSave, switchHostTheme } from '../../testkit/browser/teamsHost';
import { LUNGE } from '../../testkit/browser/testApp';
import { listRows } from '../../testkit/browser/extra';
import { appAndBrowser, pickMunicipality } from '../../testkit/browser/suite';
import type { TestApp } from '../../testkit/browser/testApp';

// The emulator's seeded sites (emulator/src/seed/seedDirectory.ts): kari owns both.
const NYTT_PROSJEKT_GROUP = '2d4f5a6b-0000-4a00-8000-000000000007';
const LUNGE_GROUP = '2d4f5a6b-0000-4a00-8000-000000000002';

let app: TestApp;
let browser: Browser;

appAndBrowser({}, (started) => ({ app, browser } = started));

/** The host simulator's state once `check` holds; fails the test (with the last state seen) if it never does. */
async function waitForHost(page: Page, check: (state: Awaited<ReturnType<typeof hostState>>) => boolean): Promise<Awaited<ReturnType<typeof hostState>>> {
  let last: Awaited<ReturnType<typeof hostState>> | undefined;
  await expect
    .poll(async () => {
      last = await hostState(page);
      return check(last);
    }, { message: 'the Teams host never reached the expected state' })
    .toBe(true);
  if (!last) throw new Error('no host state was read');
  return last;
}

const background = (frame: Frame) =>
  frame.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor);

describe('configuring a tab in Teams', () => {
  it('provisions the lists, validates, saves with setConfig, and re-opening edits the same project', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari' });
    let frame = await openInTeams(page, app.url, { frame: 'settings', url: '/index.html#/config', groupId: NYTT_PROSJEKT_GROUP });

    // The team's site has no lists yet: kari owns it, so she may create them here.
    await frame.getByRole('button', { name: 'Opprett listene' }).click();
    await frame.getByRole('heading', { name: 'Sett opp prosjektet' }).waitFor();
    await screenshot(page, 'config-teams-desktop');

    const title = frame.getByRole('textbox', { name: /Prosjektnavn/ });
    await title.fill(`Utskriving ${validNationalId('010190')}`);
    await pickMunicipality(frame, 'Hamar');
    await frame.getByText(/fødselsnummer/).first().waitFor();
    expect((await hostState(page)).validity.at(-1)).toBe(false);

    await title.fill('Trygg utskriving');
    const valid = await waitForHost(page, (s) => s.validity.at(-1) === true);
    expect(valid.validity.at(-1)).toBe(true);
    expect(valid.handlers).toContain('save');

    await pressHostSave(page);
    const saved = await waitForHost(page, (s) => s.saveResults.length > 0);
    expect(saved.saveResults).toEqual([{ ok: true }]);
    const config = saved.configs[0];
    expect(config?.entityId).toMatch(/^[0-9a-f-]{36}$/);
    expect(config?.contentUrl).toBe(`${app.url}/index.html#/tab?project=${config?.entityId}`);
    expect(config?.suggestedDisplayName).toBe('Felles modell – Trygg utskriving');

    // Re-opening the settings of the same tab (Teams passes the entityId back) edits that project.
    frame = await openInTeams(page, app.url, { frame: 'settings', url: '/index.html#/config', groupId: NYTT_PROSJEKT_GROUP, entityId: config?.entityId ?? '' });
    await frame.getByRole('heading', { name: 'Innstillinger for prosjektet' }).waitFor();
    await expect.poll(() => frame.getByRole('textbox', { name: /Prosjektnavn/ }).inputValue()).toBe('Trygg utskriving');
    await frame.getByRole('textbox', { name: /Prosjektnavn/ }).fill('Trygg utskriving fra sykehus');
    await waitForHost(page, (s) => s.validity.at(-1) === true);
    await pressHostSave(page);
    const again = await waitForHost(page, (s) => s.saveResults.length > 0);
    expect(again.configs[0]?.entityId).toBe(config?.entityId);

    // The content frame of that tab shows the project, renamed, and ends Teams' loading screen.
    frame = await openInTeams(page, app.url, { frame: 'content', url: new URL(config?.contentUrl ?? '').pathname + new URL(config?.contentUrl ?? '').hash, groupId: NYTT_PROSJEKT_GROUP, entityId: config?.entityId ?? '' });
    await frame.getByRole('heading', { level: 1, name: 'Trygg utskriving fra sykehus' }).waitFor();
    expect((await waitForHost(page, (s) => s.notified.includes('success'))).notified).toContain('success');

    // A second tab added to the same team (Teams gives no entityId): the site's project is offered, not an empty
    // "Sett opp prosjektet" form that would make a second project. Saving points the tab at it and writes nothing.
    frame = await openInTeams(page, app.url, { frame: 'settings', url: '/index.html#/config', groupId: NYTT_PROSJEKT_GROUP });
    await frame.getByRole('heading', { name: 'Prosjektet finnes allerede' }).waitFor();
    expect(await frame.getByRole('heading', { name: 'Sett opp prosjektet' }).count()).toBe(0);
    expect(await frame.getByRole('radio', { name: 'Trygg utskriving fra sykehus' }).isChecked()).toBe(true);
    await waitForHost(page, (s) => s.validity.at(-1) === true);
    await pressHostSave(page);
    const existing = await waitForHost(page, (s) => s.saveResults.length > 0);
    expect(existing.saveResults).toEqual([{ ok: true }]);
    expect(existing.configs[0]).toEqual(expect.objectContaining({ entityId: config?.entityId, suggestedDisplayName: 'Felles modell – Trygg utskriving fra sykehus' }));
    expect((await listRows(app, 'kari', '/sites/nytt-prosjekt', 'projects')).map((row) => row['ProjectKey'])).toEqual([config?.entityId]);

    // A new, separate project stays one deliberate choice away: choosing it shows the form, and the host's Save waits for it.
    frame = await openInTeams(page, app.url, { frame: 'settings', url: '/index.html#/config', groupId: NYTT_PROSJEKT_GROUP });
    await frame.getByRole('radio', { name: 'Sett opp et nytt, eget prosjekt' }).check();
    await frame.getByRole('heading', { name: 'Sett opp prosjektet' }).waitFor();
    await waitForHost(page, (s) => s.validity.at(-1) === false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Teams themes', () => {
  it('follows the host theme at start and when the user switches it', async () => {
    const { context, page } = await openContext(browser, { user: 'kari' });
    const frame = await openInTeams(page, app.url, { frame: 'content', theme: 'default', groupId: LUNGE_GROUP, entityId: LUNGE.projectKey });
    await frame.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
    const light = await background(frame);
    await screenshot(page, 'theme-light');

    await switchHostTheme(page, 'dark');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await background(frame);
    await screenshot(page, 'theme-dark');

    await switchHostTheme(page, 'contrast');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    const contrast = await background(frame);
    await screenshot(page, 'theme-contrast');

    await switchHostTheme(page, 'glass');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

    expect(new Set([light, dark, contrast]).size).toBe(3);
    expect(light).toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('meeting side panel in Teams', () => {
  it('shows the compact view at 320 px without horizontal scrolling', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'ingrid', width: 800 });
    const frame = await openInTeams(page, app.url, { frame: 'sidePanel', width: 320, groupId: LUNGE_GROUP, entityId: LUNGE.projectKey });
    await frame.getByRole('heading', { name: LUNGE.title }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await frame.evaluate(() => window.innerWidth)).toBe(320);
    await screenshot(page, 'side-panel-teams');
    expect(errors).toEqual([]);
    await context.close();
  });
});
