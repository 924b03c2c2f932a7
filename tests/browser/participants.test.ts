// Who is on which side, in local mode: Kari (lillehammer.kommune.no) has no row in the project's participant registry,
// is asked "Hvem er du med for?" with Lillehammer kommune suggested, confirms, and is not asked again after a reload;
// Ingrid, in the meeting side panel of the same project, sees Kari arrive in the participants panel by polling.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { createGraphClient } from '../../src/store/graphClient/createGraphClient';
import { GraphChecklistStore } from '../../src/store/graph/GraphChecklistStore';
import type { ParticipantRow } from '../../src/store/sharepoint/rows';
import { openContext, screenshot } from '../../testkit/browser/browser';
import { emulatorAdmin } from '../../testkit/browser/extra';
import { LUNGE } from '../../testkit/browser/testApp';
import type { TestApp } from '../../testkit/browser/testApp';
import { appAndBrowser } from '../../testkit/browser/suite';
import { scaled } from '../../testkit/timeouts';

let app: TestApp;
let browser: Browser;

interface DevUser {
  id: string;
  objectId: string;
  token: string;
}

async function emulatorList<T>(what: 'users' | 'sites'): Promise<T[]> {
  const response = await emulatorAdmin(app, 'GET', what);
  if (!response.ok) throw new Error(`GET /_emulator/${what} answered ${response.status}`);
  return ((await response.json()) as { value: T[] }).value;
}

/** The demo seed registers Kari in every project she writes in: take her row out, so she is new to this one. */
async function removeFromRegistry(userId: string, projectKey: string, sitePath: string): Promise<void> {
  const user = (await emulatorList<DevUser>('users')).find((candidate) => candidate.id === userId);
  const site = (await emulatorList<{ path: string; webUrl: string }>('sites')).find((candidate) => candidate.path === sitePath);
  if (!user || !site) throw new Error(`no dev user ${userId} or site ${sitePath}`);
  const graph = createGraphClient({ baseUrl: `${app.url}/v1.0`, userAgentTag: 'NONISV|HelsefellesskapInnlandet|FellesModell-test/0.1.0', tokens: { getAccessToken: async () => user.token } });
  const location = await new GraphChecklistStore({ graph, model: DEFAULT_MODEL }).locate({ siteUrl: site.webUrl });
  const items = `/sites/${location.siteId}/lists/${location.lists.participants}/items`;
  const rows = await graph.call<{ value: { id: string; fields: ParticipantRow }[] }>({ method: 'GET', path: `${items}?$expand=fields` });
  const mine = rows.value.filter((row) => row.fields.ProjectKey === projectKey && row.fields.PersonId === user.objectId);
  expect(mine).toHaveLength(1);
  for (const row of mine) await graph.call({ method: 'DELETE', path: `${items}/${row.id}` });
}

appAndBrowser({ projects: [LUNGE] }, async (started) => {
  ({ app, browser } = started);
  await removeFromRegistry('kari', LUNGE.projectKey, LUNGE.siteUrl);
});

const projectUrl = (frame?: 'sidePanel') => `${app.url}/index.html${frame ? `?frame=${frame}` : ''}#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor();
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const PROMPT = 'Hvem er du med for?';

async function openParticipants(page: Page) {
  await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
  return page.getByRole('dialog', { name: 'Deltakere i prosjektet' });
}

describe('first use in a project', () => {
  it('asks Kari to confirm the suggestion from her e-mail domain, once; Ingrid sees her in the participants panel', async () => {
    const kari = await openContext(browser, { user: 'kari' });
    const ingrid = await openContext(browser, { user: 'ingrid', width: 400 });
    await Promise.all([kari.page.goto(projectUrl()), ingrid.page.goto(projectUrl('sidePanel'))]);
    await Promise.all([kari.page.getByRole('heading', { name: LUNGE.title }).first().waitFor(), ingrid.page.getByRole('heading', { name: LUNGE.title }).first().waitFor()]);

    // Ingrid is registered (the seed put her there): she is not asked, and the panel does not list Kari yet.
    const ingridsPanel = await openParticipants(ingrid.page);
    await ingridsPanel.getByText(/Ingrid Hansen \(deg\)/).waitFor();
    expect(await ingridsPanel.getByText(/Kari Nordmann/).count()).toBe(0);
    expect(await ingrid.page.getByText(PROMPT).count()).toBe(0);

    // Kari is asked, with her municipality suggested.
    await kari.page.getByText(PROMPT).waitFor();
    await kari.page.getByText('Du bekrefter for: Lillehammer kommune (kommunen). Stemmer dette?').waitFor();
    await screenshot(kari.page, 'participant-prompt');

    // "Endre" opens the form with the suggestion; Escape closes it and focus returns to "Endre".
    const change = kari.page.getByRole('button', { name: 'Endre', exact: true });
    await change.focus();
    await kari.page.keyboard.press('Enter');
    const form = kari.page.getByRole('dialog', { name: PROMPT });
    expect(await form.getByRole('textbox', { name: /Organisasjon/ }).inputValue()).toBe('Lillehammer kommune');
    await kari.page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedText(kari.page)).toBe('Endre');

    await kari.page.getByRole('button', { name: 'Ja', exact: true }).click();
    await kari.page.getByText('Takk. Du bekrefter for Lillehammer kommune (kommunen).').waitFor();
    expect(await kari.page.getByText(PROMPT).count()).toBe(0);

    // Ingrid's side panel polls: Kari arrives in the open panel without a reload.
    await expect.poll(() => ingridsPanel.getByText(/Kari Nordmann/).count(), { timeout: scaled(30_000) }).toBe(1);
    expect(await ingridsPanel.getByText('Lillehammer kommune · Kommune').count()).toBe(1);
    await screenshot(ingrid.page, 'participants-panel-side-panel');

    // After a reload Kari is in the registry (the panel lists her as "deg") and is not asked again.
    await allSaved(kari.page);
    await kari.page.reload();
    await kari.page.getByRole('heading', { name: LUNGE.title }).first().waitFor();
    await allSaved(kari.page);
    const karisPanel = await openParticipants(kari.page);
    await karisPanel.getByText(/Kari Nordmann \(deg\)/).waitFor();
    expect(await kari.page.getByText(PROMPT).count()).toBe(0);
    await kari.page.keyboard.press('Escape');
    await karisPanel.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedText(kari.page)).toBe('Deltakere');

    expect([...kari.errors, ...ingrid.errors]).toEqual([]);
    await Promise.all([kari.context.close(), ingrid.context.close()]);
  });
});
