// Delta and JSON batching.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
let listPath: string;
type DeltaPage = { value: { id: string; deleted?: { state: string }; fields?: Record<string, unknown> }[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
type BatchBody = { responses: { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> & { error?: { code: string } } }[] };

emulatorPerFile(async (started) => {
  emu = started;
  const lists = `/sites/${emu.sites['bo-trygt-hjemme']!.id}/lists`;
  const r = await emu.graph<{ id: string }>('ola', 'POST', lists, { displayName: 'Events', columns: [{ name: 'ProjectKey', text: {}, indexed: true }] });
  listPath = `${lists}/${r.body.id}`;
});

async function drain(url: string): Promise<{ items: DeltaPage['value']; deltaLink: string; pages: number }> {
  const items: DeltaPage['value'] = [];
  let pages = 0;
  let next: string = url;
  for (;;) {
    const r: { status: number; body: DeltaPage } = await emu.graph<DeltaPage>('kari', 'GET', next);
    expect(r.status).toBe(200);
    pages++;
    items.push(...r.body.value);
    if (r.body['@odata.deltaLink']) return { items, deltaLink: r.body['@odata.deltaLink'], pages };
    const link = r.body['@odata.nextLink'];
    if (!link) throw new Error('a delta page has neither nextLink nor deltaLink');
    expect(link.startsWith(emu.graphBaseUrl)).toBe(true);
    next = link;
  }
}

// https://learn.microsoft.com/en-us/graph/api/listitem-delta?view=graph-rest-1.0
describe('delta', () => {
  it('enumerates all items over pages, then gives changes and deletions since the token', async () => {
    for (let i = 1; i <= 5; i++) await emu.graph('kari', 'POST', `${listPath}/items`, { fields: { Title: `e${i}`, ProjectKey: 'p' } });
    const first = await drain(`${listPath}/items/delta?$expand=fields($select=Title)&$top=2`);
    expect(first.items.map((i) => i.fields?.Title)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(first.pages).toBe(3);
    expect(first.deltaLink.startsWith(`${emu.graphBaseUrl}/sites/`)).toBe(true);

    await emu.graph('kari', 'PATCH', `${listPath}/items/2/fields`, { Title: 'e2b' });
    await emu.graph('kari', 'DELETE', `${listPath}/items/3`);
    await emu.graph('kari', 'POST', `${listPath}/items`, { fields: { Title: 'e6' } });
    const changes = await drain(first.deltaLink);
    expect(changes.items).toEqual([
      expect.objectContaining({ id: '2', fields: expect.objectContaining({ Title: 'e2b' }) }),
      { id: '3', deleted: { state: 'deleted' } },
      expect.objectContaining({ id: '6' }),
    ]);
    const none = await drain(changes.deltaLink);
    expect(none.items).toEqual([]);
  });

  it('token=latest gives no items and a deltaLink that yields later changes', async () => {
    const latest = await emu.graph<DeltaPage>('kari', 'GET', `${listPath}/items/delta?token=latest`);
    expect(latest.body.value).toEqual([]);
    expect(latest.body['@odata.deltaLink']).toBeDefined();
    await emu.graph('kari', 'POST', `${listPath}/items`, { fields: { Title: 'after-latest' } });
    const r = await drain(latest.body['@odata.deltaLink']!);
    expect(r.items).toHaveLength(1);
  });

  // https://learn.microsoft.com/en-us/graph/delta-query-overview (410 Gone, resyncChangesApplyDifferences, Location)
  it('answers 410 resyncChangesApplyDifferences with a Location to start over once tokens are expired', async () => {
    const latest = await emu.graph<DeltaPage>('kari', 'GET', `${listPath}/items/delta?token=latest`);
    await emu.admin.expireDelta();
    const gone = await emu.graph<{ error: { code: string } }>('kari', 'GET', latest.body['@odata.deltaLink']!);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('resyncChangesApplyDifferences');
    const location = gone.headers.get('location')!;
    expect(location).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/sites\/.+\/items\/delta$/);
    const fresh = await drain(location);
    expect(fresh.items.length).toBeGreaterThan(0);
  });

  it('treats tokens with more changes than deltaTokenMaxChanges as stale', async () => {
    const latest = await emu.graph<DeltaPage>('kari', 'GET', `${listPath}/items/delta?token=latest`);
    await emu.admin.setSettings({ deltaTokenMaxChanges: 1 });
    await emu.graph('kari', 'POST', `${listPath}/items`, { fields: { Title: 'a' } });
    await emu.graph('kari', 'POST', `${listPath}/items`, { fields: { Title: 'b' } });
    expect((await emu.graph('kari', 'GET', latest.body['@odata.deltaLink']!)).status).toBe(410);
  });
});

// https://learn.microsoft.com/en-us/graph/json-batching
describe('$batch', () => {
  const batch = (requests: unknown[], user = 'kari') => emu.graph<BatchBody & { error?: { code: string } }>(user, 'POST', '/$batch', { requests });

  it('runs requests with and without /v1.0, case-insensitive headers, inner 204 without body', async () => {
    const r = await batch([
      { id: '1', method: 'GET', url: `${listPath}/items/1` },
      { id: '2', method: 'POST', url: `/v1.0${listPath}/items`, headers: { 'CONTENT-TYPE': 'application/json' }, body: { fields: { Title: 'from batch' } } },
      { id: '3', method: 'DELETE', url: `${listPath.slice(1)}/items/4` },
    ]);
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x) => [x.id, x]));
    expect(byId['1']?.status).toBe(200);
    expect(byId['2']?.status).toBe(201);
    expect(byId['2']?.body?.fields).toMatchObject({ Title: 'from batch' });
    expect(byId['3']?.status).toBe(204);
    expect(byId['3']).not.toHaveProperty('body');
  });

  it('rejects more than 20 requests and duplicate ids with 400 for the whole batch', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await batch(many)).status).toBe(400);
    expect((await batch([{ id: 'a', method: 'GET', url: '/me' }, { id: 'a', method: 'GET', url: '/me' }])).status).toBe(400);
  });

  it('needs a Content-Type for a body (inner 400), and gives 424 to dependents of a failed request', async () => {
    const r = await batch([
      { id: '1', method: 'POST', url: `${listPath}/items`, body: { fields: { Title: 'no content type' } } },
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      { id: '3', method: 'GET', url: '/me' },
    ]);
    const byId = Object.fromEntries(r.body.responses.map((x) => [x.id, x]));
    expect(byId['1']?.status).toBe(400);
    expect(byId['2']?.status).toBe(424);
    expect(byId['3']?.status).toBe(200);
  });

  it('authorizes each inner request on its own', async () => {
    const r = await batch([
      { id: '1', method: 'GET', url: `/sites/${emu.sites['bo-trygt-hjemme']!.id}` },
      { id: '2', method: 'GET', url: '/sites/root' },
    ], 'eva');
    const byId = Object.fromEntries(r.body.responses.map((x) => [x.id, x]));
    expect(byId['1']?.status).toBe(403);
    expect(byId['2']?.status).toBe(200);
  });

  it('throttles inner requests on their own: inner 429 with Retry-After in the inner headers', async () => {
    await emu.admin.setFaults({ failNext: [{ status: 429, count: 1, pathPattern: '/items', applyTo: 'inner', retryAfterSeconds: 7 }] });
    const r = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: `${listPath}/items` },
      { id: '3', method: 'GET', url: `${listPath}/items`, dependsOn: ['2'] },
    ]);
    await emu.admin.clearFaults();
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x) => [x.id, x]));
    expect(byId['1']?.status).toBe(200);
    expect(byId['2']?.status).toBe(429);
    expect(byId['2']?.headers['Retry-After']).toBe('7');
    expect(byId['2']?.body?.error?.code).toBe('activityLimitReached');
    expect(byId['3']?.status).toBe(424);
  });
});
