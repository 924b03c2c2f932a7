// The identity written into a row is the identity of the token that writes it. In local mode one window switches
// dev user after load (Kari → Ingrid, reload, → Per): every Events row then carries the new person's name, id and
// side, the page offers the new person's confirmations, and each person's device database is their own.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openContext } from '../../testkit/browser/browser';
import { deviceStorage, graphCall, listPath, listRows } from '../../testkit/browser/extra';
import type { DeviceStorage } from '../../testkit/browser/extra';
import { LUNGE } from '../../testkit/browser/testApp';
import type { TestApp } from '../../testkit/browser/testApp';
import { appAndBrowser } from '../../testkit/browser/suite';
import { people } from '../../testkit/people';

let app: TestApp;
let browser: Browser;

appAndBrowser({ projects: [LUNGE] }, (started) => ({ app, browser } = started));

const projectUrl = () => `${app.url}/index.html#/tab?project=${LUNGE.projectKey}&site=${LUNGE.siteUrl}`;
const item = (page: Page, label: RegExp) => page.getByRole('listitem').filter({ has: page.getByText(label) }).first();
const allSaved = (page: Page) => page.getByText(/Alt er lagret/).first().waitFor();
const heading = (page: Page) => page.getByRole('heading', { level: 1, name: LUNGE.title }).waitFor();

const PROTOTYPE = /Konseptet er prøvd med en enkel prototype/;
const BLUEPRINT = /tjenesteblåkopi med ansvar/;
const ROS = /ROS-analyse eller DPIA/;

interface EventRow {
  id: string;
  Kind?: string;
  ItemKey?: string;
  ActorId?: string;
  ActorName?: string;
  Side?: string;
}

const allEvents = async (): Promise<EventRow[]> => (await listRows(app, 'kari', LUNGE.siteUrl, 'events')) as unknown as EventRow[];

/** The Events rows of one item and kind written since `before` (read over Graph as Kari, an owner of the site). */
async function eventsFor(itemKey: string, kind: string, before: readonly EventRow[]): Promise<EventRow[]> {
  const old = new Set(before.map((row) => row.id));
  return (await allEvents()).filter((row) => !old.has(row.id) && row.ItemKey === itemKey && row.Kind === kind);
}

async function switchUser(page: Page, userId: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Utviklerbruker' }).selectOption(userId);
}

describe('switching dev user after load', () => {
  it('writes every row as the person whose token writes it: Kari → Ingrid, reload, → Per', async () => {
    const { context, page, errors } = await openContext(browser, { user: 'kari' });
    await page.goto(projectUrl());
    await heading(page);
    // Kari is offered the kommune's confirmation: the page is hers.
    await item(page, PROTOTYPE).getByRole('checkbox').waitFor();
    expect(await page.getByRole('button', { name: 'Bekreft for kommunen' }).count()).toBeGreaterThan(0);

    const beforeIngrid = await allEvents();
    await switchUser(page, 'ingrid');
    await heading(page);
    // Ingrid confirms for the sykehus, never for Kari's kommune.
    const blueprint = item(page, BLUEPRINT);
    await blueprint.getByRole('button', { name: 'Bekreft for sykehuset' }).waitFor();
    expect(await page.getByRole('button', { name: 'Bekreft for kommunen' }).count()).toBe(0);
    await blueprint.getByRole('button', { name: 'Bekreft for sykehuset' }).click();
    await item(page, PROTOTYPE).getByRole('checkbox').click();
    await allSaved(page);

    const ingrid = { ActorName: 'Ingrid Hansen', ActorId: people.ingrid.id, Side: 'sykehus' };
    expect(await eventsFor('utvikle.tjenesteblakopi', 'confirm', beforeIngrid)).toEqual([expect.objectContaining(ingrid)]);
    expect(await eventsFor('utvikle.prototype', 'status', beforeIngrid)).toEqual([expect.objectContaining(ingrid)]);

    await page.reload();
    await heading(page);
    const beforePer = await allEvents();
    await switchUser(page, 'per');
    await heading(page);
    await item(page, ROS).getByRole('checkbox').waitFor();
    expect(await page.getByRole('button', { name: 'Bekreft for kommunen' }).count()).toBe(0);
    // Offline, Per's tick waits in his device's queue (sent intents leave it), so the queue can be read with it in.
    await context.setOffline(true);
    await item(page, ROS).getByRole('checkbox').click();
    const queued = (storage: DeviceStorage, user: string) =>
      ((storage.indexedDb[`felles-modell-local-${user}`]?.['intents'] ?? []) as { value: { intent: { actor: { id: string } } } }[]).map((entry) => entry.value.intent.actor.id);
    await expect.poll(async () => queued(await deviceStorage(page), 'per').length).toBe(1);
    const storage = await deviceStorage(page);
    await context.setOffline(false);
    await allSaved(page);
    expect(await eventsFor('utvikle.ros-dpia-vurdert', 'status', beforePer)).toEqual([expect.objectContaining({ ActorName: 'Per Olsen', ActorId: people.per.id, Side: 'sykehus' })]);

    // Each person's device storage holds that person only: the remembered "me", and the queued intent's actor (Per's
    // tick, queued under his name in his database; Ingrid's were sent before she left, so hers is empty).
    for (const user of ['ingrid', 'per'] as const) {
      const sites = JSON.parse(storage.localStorage[`felles-modell-local-${user}:sites`] ?? '{}') as { me?: { id: string; name: string } };
      expect(sites.me?.id, `the "me" remembered for ${user}`).toBe(people[user].id);
    }
    expect(queued(storage, 'per'), 'the intents queued in per\'s database, by actor').toEqual([people.per.id]);
    expect(queued(storage, 'ingrid'), 'the intents queued in ingrid\'s database, by actor').toEqual([]);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    await context.close();
  });

  it('takes the side of a non-confirmation row from the participant registry, not the e-mail domain', async () => {
    // Per's e-mail says sykehus; the project's registry (as the lead wrote it, and Per confirmed) says kommune here.
    await graphCall(app, 'kari', 'POST', `${listPath(LUNGE.siteUrl, 'participants')}/items`, {
      fields: {
        Title: 'Per Olsen',
        ParticipantKey: `${LUNGE.projectKey}|${people.per.id}`,
        ProjectKey: LUNGE.projectKey,
        PersonId: people.per.id,
        Email: 'per.olsen@sykehuset-innlandet.no',
        Organisation: 'Lillehammer kommune',
        Side: 'kommune',
        ConfirmedAt: new Date().toISOString(),
      },
    });

    const { context, page, errors } = await openContext(browser, { user: 'per' });
    await page.goto(projectUrl());
    await heading(page);
    const before = await allEvents();
    await item(page, PROTOTYPE).getByRole('checkbox').click();
    await allSaved(page);
    const rows = await eventsFor('utvikle.prototype', 'status', before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(expect.objectContaining({ ActorName: 'Per Olsen', Side: 'kommune' }));
    expect(errors).toEqual([]);
    await context.close();
  });
});
