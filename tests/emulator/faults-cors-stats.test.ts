// CORS, fault injection and request statistics (admin API: emulator/README.md).
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
let items: string;
emulatorPerFile(async (started) => {
  emu = started;
  const lists = `/sites/${emu.sites.koordinering!.id}/lists`;
  const r = await emu.graph<{ id: string }>('kristin', 'POST', lists, { displayName: 'Portfolio', columns: [{ name: 'ProjectKey', text: {}, indexed: true }] });
  items = `${lists}/${r.body.id}/items`;
});

// docs/graph-subset.md "The JS SDK" and "Throttling, the tenant RU budget and errors" (observed CORS behaviour)
describe('CORS', () => {
  it('answers a preflight from any origin, allowing the headers the SDK and app send', async () => {
    const r = await fetch(`${emu.graphBaseUrl}/sites/root/lists`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,content-type,prefer,if-match,client-request-id,sdkversion,retry-attempt,x-ms-foo',
      },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(r.headers.get('access-control-allow-methods')).toContain('PATCH');
    const allowed = r.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['authorization', 'content-type', 'prefer', 'if-match', 'client-request-id', 'sdkversion', 'retry-attempt', 'x-ms-foo']) expect(allowed).toContain(h);
  });

  it('exposes request-id, client-request-id, ETag, Location but not Retry-After unless exposeRetryAfter', async () => {
    const headers = { Origin: 'https://app.example', Authorization: `Bearer ${emu.tokenFor('kari')}` };
    const r = await fetch(`${emu.graphBaseUrl}/me`, { headers });
    const exposed = r.headers.get('access-control-expose-headers')!.toLowerCase();
    for (const h of ['request-id', 'client-request-id', 'etag', 'location']) expect(exposed).toContain(h);
    expect(exposed).not.toContain('retry-after');
    await emu.admin.setSettings({ exposeRetryAfter: true });
    const r2 = await fetch(`${emu.graphBaseUrl}/me`, { headers });
    expect(r2.headers.get('access-control-expose-headers')!.toLowerCase()).toContain('retry-after');
  });
});

describe('faults', () => {
  it('adds latency to the requests in scope, recorded in the stats (no wall-clock assertion)', async () => {
    await emu.admin.setFaults({ latencyMs: 150, methods: ['GET'] });
    await emu.admin.resetStats();
    expect((await emu.graph('kari', 'GET', '/me')).status).toBe(200);
    expect((await emu.admin.stats()).injectedLatencyMs).toBe(150);
    await emu.graph('kari', 'POST', items, { fields: { Title: 'not delayed' } }); // POST is not in `methods`
    expect((await emu.admin.stats()).injectedLatencyMs).toBe(150);
  });

  it('failNext answers the next matching requests with 429/503 and a (fractional) Retry-After, then recovers', async () => {
    await emu.admin.setFaults({ failNext: [{ status: 503, count: 2, method: 'GET', pathPattern: '/me', retryAfterSeconds: 0.5 }] });
    const a = await emu.graph<{ error: { code: string } }>('kari', 'GET', '/me');
    expect(a.status).toBe(503);
    expect(a.body.error.code).toBe('serviceNotAvailable');
    expect(a.headers.get('retry-after')).toBe('0.5');
    expect((await emu.graph('kari', 'GET', '/sites/root')).status).toBe(200);
    expect((await emu.graph('kari', 'GET', '/me')).status).toBe(503);
    expect((await emu.graph('kari', 'GET', '/me')).status).toBe(200);
  });

  it('rate429 with a seed replays the same sequence', async () => {
    const run = async () => {
      await emu.admin.setFaults({ rate429: 0.5, seed: 42, retryAfterSeconds: 3 });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await emu.graph('kari', 'GET', '/me')).status);
      await emu.admin.clearFaults();
      return out;
    };
    const first = await run();
    expect(first).toContain(429);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('drops the connection before applying a write (nothing changes) or after it (the write is kept)', async () => {
    const count = async () => (await emu.graph<{ value: unknown[] }>('kari', 'GET', items)).body.value.length;
    const before = await count();
    await emu.admin.setFaults({ failNext: [{ status: 'dropBefore', count: 1, method: 'POST' }] });
    await expect(emu.graph('kari', 'POST', items, { fields: { Title: 'lost' } })).rejects.toThrow();
    expect(await count()).toBe(before);
    await emu.admin.setFaults({ failNext: [{ status: 'dropAfter', count: 1, method: 'POST' }] });
    await expect(emu.graph('kari', 'POST', items, { fields: { Title: 'applied' } })).rejects.toThrow();
    expect(await count()).toBe(before + 1);
    await emu.admin.setFaults({ dropAfterApply: 1, methods: ['PATCH'] });
    await expect(emu.graph('kari', 'PATCH', `${items}/1/fields`, { Title: 'patched' })).rejects.toThrow();
    await emu.admin.clearFaults();
    expect((await emu.graph<{ fields: { Title: string } }>('kari', 'GET', `${items}/1`)).body.fields.Title).toBe('patched');
  });
});

// RU costs: https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
describe('stats', () => {
  it('counts requests (inner batch requests separately), statuses, bytes and resource units per user', async () => {
    await emu.admin.resetStats();
    await emu.graph('kari', 'GET', `${items}/1`); // single read: 1
    await emu.graph('kari', 'GET', items); // multi-item query: 2
    await emu.graph('ola', 'POST', items, { fields: { Title: 'x' } }); // create: 2
    await emu.graph('ola', 'GET', `${items}/delta`); // delta without token: 2
    const latest = await emu.graph<{ '@odata.deltaLink': string }>('ola', 'GET', `${items}/delta?token=latest`); // 1
    await emu.graph('ola', 'GET', latest.body['@odata.deltaLink']); // delta with token: 1
    await emu.graph('kari', 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `${items}/1` }, // 1
        { id: '2', method: 'PATCH', url: `${items}/1/fields`, headers: { 'Content-Type': 'application/json' }, body: { Title: 'y' } }, // 2
      ],
    });
    await emu.graph(null, 'GET', '/me'); // 401: no RU
    const s = await emu.admin.stats();
    expect(s.total).toBe(10);
    expect(s.topLevel).toBe(8);
    expect(s.inner).toBe(2);
    expect(s.byMethod).toMatchObject({ GET: 7, POST: 2, PATCH: 1 });
    expect(s.byKind).toMatchObject({ item: 2, items: 2, delta: 3, batch: 1, fields: 1 });
    expect(s.byStatus).toMatchObject({ '200': 8, '201': 1, '401': 1 });
    expect(s.resourceUnits).toBe(12);
    expect(s.byUser.kari).toEqual({ requests: 5, resourceUnits: 6 });
    expect(s.byUser.ola).toEqual({ requests: 4, resourceUnits: 6 });
    expect(s.bytesIn).toBeGreaterThan(0);
    expect(s.bytesOut).toBeGreaterThan(s.bytesIn);
  });

  it('counts a throttled request at the cost of what it asked for (throttled requests count toward the limits)', async () => {
    await emu.admin.resetStats();
    await emu.admin.setFaults({ failNext: [{ status: 429, count: 2 }] });
    expect((await emu.graph('kari', 'GET', items)).status).toBe(429); // multi-item query: 2
    expect((await emu.graph('kari', 'GET', `${items}/delta?token=latest`)).status).toBe(429); // delta with a token: 1
    await emu.admin.clearFaults();
    const s = await emu.admin.stats();
    expect(s.byStatus).toEqual({ '429': 2 });
    expect(s.byKind).toMatchObject({ items: 1, delta: 1 });
    expect(s.resourceUnits).toBe(3);
  });
});
