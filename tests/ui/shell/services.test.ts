// @vitest-environment jsdom
// The composition root against the emulator: a Portfolio target remembered on the device by an older version of the
// app (before the model list was located with it) counts as unknown, so the first locate finds both lists again and
// the device remembers the model list's id from then on (without it, no open could read the model in its own batch);
// a target remembered whole is trusted.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../../testkit/emulator';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { provisionSite } from '../../../src/store/provisioning/provision';
import { createAppServices } from '../../../src/ui/shell/services';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';

const DATABASE = 'felles-modell-services-test';
const KOORDINERING_URL = 'https://innlandet.sharepoint.com/sites/koordinering';
const LUNGE_URL = 'https://innlandet.sharepoint.com/sites/lungepasienter';
const DIGITAL_URL = 'https://innlandet.sharepoint.com/sites/digital-hjemmeoppfolging';

let emulator: TestEmulator;
emulatorPerFile((started) => (emulator = started));

let portfolioListId: string;
beforeAll(async () => {
  await provisionSite(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id, { lists: 'portfolio' });
  await provisionSite(graphAs(emulator, 'kari'), emulator.sites.lungepasienter!.id, { lists: 'project' });
  await provisionSite(graphAs(emulator, 'kari'), emulator.sites['digital-hjemmeoppfolging']!.id, { lists: 'project' });
  const lists = await emulator.graph<{ value: { id: string; displayName: string }[] }>('kristin', 'GET', `/sites/${emulator.sites.koordinering!.id}/lists`);
  portfolioListId = lists.body.value.find((list) => list.displayName === 'Felles modell – portefølje')!.id;
});

const services = () =>
  createAppServices({
    tokens: { getAccessToken: async () => 'dev:kari', account: () => undefined },
    model: DEFAULT_MODEL,
    graphBaseUrl: emulator.graphBaseUrl,
    userAgentTag: 'NONISV|HelsefellesskapInnlandet|FellesModell/test',
    coordinationSiteUrl: KOORDINERING_URL,
    databaseName: DATABASE,
  });

const remembered = () => JSON.parse(localStorage.getItem(`${DATABASE}:sites`) ?? '{}') as { portfolio?: { siteId: string; listId: string; modelListId?: string } };

describe('createAppServices', () => {
  it('treats a remembered Portfolio target without the model list as unknown, remembers both after the first locate, and trusts them on the next start', async () => {
    const siteId = emulator.sites.koordinering!.id;
    localStorage.setItem(`${DATABASE}:sites`, JSON.stringify({ locations: {}, portfolio: { siteId, listId: portfolioListId } }));
    const app = services();
    await emulator.admin.resetStats();
    await app.locate({ siteUrl: LUNGE_URL });
    const firstLocate = await emulator.admin.stats();
    const known = remembered().portfolio;
    expect(known?.listId).toBe(portfolioListId);
    expect(known?.modelListId).toEqual(expect.any(String));

    // The next start on this device trusts the whole target: its first locate asks nothing of the coordination site.
    await emulator.admin.resetStats();
    const reloaded = services();
    await reloaded.locate({ siteUrl: DIGITAL_URL });
    const nextLocate = await emulator.admin.stats();
    expect([firstLocate.topLevel, nextLocate.topLevel]).toEqual([1, 1]);
    expect(firstLocate.inner - nextLocate.inner).toBe(2); // the coordination site and its lists
    expect(remembered().portfolio).toEqual(known);
  });
});
