// What a person may do decides what they are offered. Kristin (read on the project site) gets the read-only view and
// never a tick that stays on screen unsaved; Eva (no access) is told she has no access, who can give it and what to
// ask for, with no "Prøv igjen", on a project and on the coordination site (Oversikt, the model editor: its owners,
// not "the project lead", and never that she may read it); a site without our lists names them as SharePoint does
// and keeps the admin's command under "For administrator".
import { describe, expect, it } from 'vitest';
import { openContext } from '../../testkit/browser/browser';
import { emulatorAdmin, seriousViolations } from '../../testkit/browser/extra';
import { LUNGE } from '../../testkit/browser/testApp';
import { appAndBrowser, checklistItem } from '../../testkit/browser/suite';
import { openInTeams } from '../../testkit/browser/teamsHost';

const suite = appAndBrowser({ projects: [LUNGE] });

// The project's team (emulator/src/seed/seedDirectory.ts): its group and site, as Teams gives them to a tab.
const LUNGE_GROUP = '2d4f5a6b-0000-4a00-8000-000000000002';
const LUNGE_WEB_URL = 'https://innlandet.sharepoint.com/sites/lungepasienter';
const projectUrl = () => `${suite.app.url}/index.html#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const item = checklistItem;
const PROTOTYPE = /Konseptet er prøvd med en enkel prototype/;

describe('rights', () => {
  it('gives a reader the read-only view: no phase change, no comments, no tick left on screen unsaved', async () => {
    const { context, page } = await openContext(suite.browser, { user: 'kristin' });
    await page.goto(projectUrl());
    await page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();
    const box = item(page, PROTOTYPE).getByRole('checkbox');
    await box.waitFor();
    // Where the rights are known in advance the box is never enabled; where a write is the first to tell, the
    // refused tick is taken back and the view turns read-only.
    if (await box.isEnabled()) await box.click();
    await page.getByText('Du kan lese prosjektet, men ikke endre det.').waitFor();
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await box.isEnabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Bytt fase …' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /kommentar/i }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Bekreft for/ }).count()).toBe(0);
    expect(await page.getByText(/Ble ikke lagret/).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('tells a person without access that she has none, who can give it and what to ask for, with no retry', async () => {
    const { context, page } = await openContext(suite.browser, { user: 'eva' });
    await page.goto(projectUrl());
    await page.getByRole('heading', { name: 'Du har ikke tilgang til dette prosjektet' }).waitFor();
    await page.getByText(/Eierne av nettstedet kan gi deg tilgang|Disse kan gi deg tilgang/).waitFor();
    await page.getByText(/Be om lesetilgang/).waitFor();
    expect(await page.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(0);
    expect(await page.getByText('Noe gikk galt').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('in Teams, names the team\'s owners to a person without access where the tenant lets the app read them', async () => {
    const settings = (body: Record<string, unknown>) => emulatorAdmin(suite.app, 'POST', 'settings', body);
    const { context, page } = await openContext(suite.browser, { user: 'eva' });
    const inTeams = () => openInTeams(page, suite.app.url, { frame: 'content', entityId: LUNGE.projectKey, groupId: LUNGE_GROUP, teamSiteUrl: LUNGE_WEB_URL });
    try {
      // The default, and most tenants: the app may not read a group's owners (GroupMember.Read.All), so none are named.
      let frame = await inTeams();
      await frame.getByRole('heading', { name: 'Du har ikke tilgang til dette prosjektet' }).waitFor();
      await frame.getByText(/Eierne av nettstedet kan gi deg tilgang/).waitFor();
      expect((await settings({ groupMemberReadConsented: true })).ok).toBe(true);
      frame = await inTeams();
      await frame.getByText(/Disse kan gi deg tilgang/).waitFor();
      const named = await frame.getByText(/Disse kan gi deg tilgang/).textContent();
      expect(named).toContain('Kari Nordmann (kari.nordmann@lillehammer.kommune.no)');
      expect(named).toContain('Ingrid Hansen (ingrid.hansen@sykehuset-innlandet.no)');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await settings({ groupMemberReadConsented: false });
      await context.close();
    }
  });

  it('tells a person without access to the coordination site whose site it is and who can give access, on Oversikt and in the model editor', async () => {
    const settings = (body: Record<string, unknown>) => emulatorAdmin(suite.app, 'POST', 'settings', body);
    const { context, page, errors } = await openContext(suite.browser, { user: 'eva' });
    try {
      for (const [route, what] of [['overview', /Oversikten over prosjektene ligger på koordineringsområdet/], ['modell', /Modellen og verktøykassen ligger på koordineringsområdet/]] as const) {
        await page.goto(`${suite.app.url}/index.html#/${route}`);
        await page.getByRole('heading', { name: 'Du har ikke tilgang til koordineringsområdet' }).waitFor();
        await page.getByText(what).waitFor();
        // Who can give access comes after the owners' lookup.
        await page.getByText(/Eierne av koordineringsområdet kan gi deg tilgang/).waitFor();
        const body = (await page.getByRole('main').textContent()) ?? '';
        expect(body).toContain('https://innlandet.sharepoint.com/sites/koordinering');
        expect(body).toMatch(/Eierne av koordineringsområdet kan gi deg tilgang/);
        expect(body).not.toMatch(/prosjektlederen om tilgang|lesetilgang til koordineringsområdet|Du har bare lesetilgang/);
        expect(await page.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(0);
        expect(await seriousViolations(page)).toEqual([]);
      }
      // Where the tenant lets the app read a team's owners, they are named.
      expect((await settings({ groupMemberReadConsented: true })).ok).toBe(true);
      await page.reload();
      await page.getByText(/Disse eier koordineringsområdet og kan gi deg tilgang: Kristin Berg/).waitFor();
      expect(errors.filter((e) => !/403|Forbidden/.test(e))).toEqual([]);
    } finally {
      await settings({ groupMemberReadConsented: false });
      await context.close();
    }
  });

  it('names the missing lists as SharePoint shows them and keeps the admin command under "For administrator"', async () => {
    const { context, page } = await openContext(suite.browser, { user: 'kari' });
    await page.goto(`${suite.app.url}/index.html#/tab?site=/sites/nytt-prosjekt`);
    await page.getByRole('heading', { name: 'Prosjektet er ikke satt opp på dette nettstedet ennå' }).waitFor();
    const body = (await page.getByRole('main').textContent()) ?? '';
    expect(body).toContain('Felles modell – prosjekter');
    expect(body).toContain('Felles modell – hendelser');
    expect(body).not.toMatch(/mangler: projects/);
    const admin = page.getByRole('region', { name: 'For administrator' });
    await admin.getByText(/npm run provision -- --site/).waitFor();
    expect(await page.getByRole('button', { name: 'Opprett listene' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
