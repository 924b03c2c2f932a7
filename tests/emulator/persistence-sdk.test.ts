// Persistence to a SQLite file across restarts, and the official JS SDK against the emulator.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, PageIterator } from '@microsoft/microsoft-graph-client';
import type { AuthenticationProvider, PageCollection } from '@microsoft/microsoft-graph-client';
import { startTestEmulator } from '../../testkit/emulator';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-emulator-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps lists and items in the data file across a restart', async () => {
    const data = path.join(dir, 'graph.sqlite');
    const first = await startTestEmulator({ data });
    const lists = `/sites/${first.sites.lungepasienter!.id}/lists`;
    const l = await first.graph<{ id: string }>('kari', 'POST', lists, { displayName: 'Persisted', columns: [{ name: 'K', text: {} }] });
    await first.graph('kari', 'POST', `${lists}/${l.body.id}/items`, { fields: { Title: 'kept', K: 'v' } });
    const latest = await first.graph<{ '@odata.deltaLink': string }>('kari', 'GET', `${lists}/${l.body.id}/items/delta?token=latest`);
    await first.close();

    const second = await startTestEmulator({ data });
    try {
      const item = await second.graph<{ fields: Record<string, unknown> }>('kari', 'GET', `${lists}/Persisted/items/1`);
      expect(item.status).toBe(200);
      expect(item.body.fields).toMatchObject({ Title: 'kept', K: 'v' });
      await second.graph('kari', 'POST', `${lists}/${l.body.id}/items`, { fields: { Title: 'second' } });
      // A delta token from before the restart still works (the change log is persisted); only the host/port differ.
      const link = latest.body['@odata.deltaLink'].replace(first.baseUrl, second.baseUrl);
      const changes = await second.graph<{ value: { id: string }[] }>('kari', 'GET', link);
      expect(changes.body.value.map((i) => i.id)).toEqual(['2']);
    } finally {
      await second.close();
    }
  });
});

describe('image', () => {
  it('starts a second emulator from what the first stores, and each goes on alone', async () => {
    const first = await startTestEmulator();
    const lists = `/sites/${first.sites.lungepasienter!.id}/lists`;
    const list = await first.graph<{ id: string }>('kari', 'POST', lists, { displayName: 'Imaged', columns: [{ name: 'K', text: {} }] });
    await first.graph('kari', 'POST', `${lists}/${list.body.id}/items`, { fields: { Title: 'before the image' } });
    const second = await startTestEmulator({ image: first.image() });
    try {
      await first.graph('kari', 'POST', `${lists}/${list.body.id}/items`, { fields: { Title: 'only in the first' } });
      await second.graph('kari', 'POST', `${lists}/${list.body.id}/items`, { fields: { Title: 'only in the second' } });
      const titles = async (emulator: typeof first) =>
        (await emulator.graph<{ value: { fields: { Title: string } }[] }>('kari', 'GET', `${lists}/${list.body.id}/items?expand=fields`)).body.value.map((item) => item.fields.Title);
      expect(await titles(first)).toEqual(['before the image', 'only in the first']);
      expect(await titles(second)).toEqual(['before the image', 'only in the second']);
      // The directory came with the image (not seeded twice): the same sites and users.
      const ids = (emulator: typeof first) => Object.entries(emulator.sites).map(([key, site]) => [key, site.id, site.webUrl]);
      expect(ids(second)).toEqual(ids(first));
      expect(Object.keys(second.users)).toEqual(Object.keys(first.users));
    } finally {
      await second.close();
      await first.close();
    }
  });
});

// docs/graph-subset.md "The JS SDK": initWithMiddleware with baseUrl https://127.0.0.1:PORT/ and customHosts; PageIterator.iterate()
describe('@microsoft/microsoft-graph-client 3.0.7', () => {
  it('sends the token and follows absolute nextLinks with PageIterator', async () => {
    const emu = await startTestEmulator({ settings: { pageSize: 3 } });
    try {
      const authProvider: AuthenticationProvider = { getAccessToken: async () => emu.tokenFor('ingrid') };
      const client = Client.initWithMiddleware({ authProvider, baseUrl: `${emu.baseUrl}/`, customHosts: new Set(['127.0.0.1']) });
      const me = (await client.api('/me').get()) as { displayName: string };
      expect(me.displayName).toBe('Ingrid Hansen');
      const lists = `/sites/${emu.sites.lungepasienter!.id}/lists`;
      const list = (await client.api(lists).post({ displayName: 'Sdk', columns: [{ name: 'ProjectKey', text: {}, indexed: true }] })) as { id: string };
      for (let i = 0; i < 8; i++) await client.api(`${lists}/${list.id}/items`).post({ fields: { Title: `t${i}`, ProjectKey: 'p' } });
      const first = (await client.api(`${lists}/${list.id}/items`).expand('fields').filter("fields/ProjectKey eq 'p'").get()) as PageCollection;
      expect(first.value).toHaveLength(3);
      const titles: string[] = [];
      const iterator = new PageIterator(client, first, (item: { fields: { Title: string } }) => {
        titles.push(item.fields.Title);
        return true;
      });
      await iterator.iterate();
      expect(titles).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7']);
      const delta = (await client.api(`${lists}/${list.id}/items/delta`).get()) as PageCollection;
      const deltaIterator = new PageIterator(client, delta, () => true);
      await deltaIterator.iterate();
      expect(deltaIterator.getDeltaLink()).toContain('/items/delta?token=');
    } finally {
      await emu.close();
    }
  });
});
