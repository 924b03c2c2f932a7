// The tenant's resource-unit budget per app per minute, as Microsoft documents it for SharePoint Online:
// https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
// ("Application throttling": RU limits per app per tenant per minute; RateLimit-Limit / RateLimit-Remaining /
// RateLimit-Reset once 80 % of the minute's limit is used; 429 with Retry-After past it; throttled requests count).
// The clock is injected, so the minute turns without waiting for it.
import { beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../testkit/emulator';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import { defaultSettings } from '../../emulator/src/index';

const LIMIT = 20;
const clock = manualClock();
let emu: TestEmulator;
let items: string;
type Inner = { id: string; status: number; headers: Record<string, string>; body?: { error?: { code: string } } };

emulatorPerFile(async (started) => {
  emu = started;
  const lists = `/sites/${emu.sites.lungepasienter!.id}/lists`;
  const r = await emu.graph<{ id: string }>('kari', 'POST', lists, { displayName: 'Budget', list: { template: 'genericList' } });
  items = `${lists}/${r.body.id}/items`;
}, { clock: clock.now });

// Each test starts 10 s into a fresh clock minute with the budget on.
let minute = Math.ceil(Date.now() / 60_000) * 60_000;
beforeEach(async () => {
  minute += 60_000;
  clock.set(minute + 10_000);
  await emu.admin.setSettings({ tenantRuPerMinute: LIMIT });
});

const me = (user = 'kari') => emu.graph(user, 'GET', '/me'); // 1 RU each
const spend = async (n: number, user = 'kari') => { for (let i = 0; i < n; i++) expect((await me(user)).status).toBe(200); };

describe('default', () => {
  it('is the published per-minute figure for a tenant of 5,001–15,000 licences; test emulators start with it off', async () => {
    expect(defaultSettings.tenantRuPerMinute).toBe(3750);
    await emu.admin.reset();
    expect((await emu.admin.budget()).limit).toBe(0);
  });
});

describe('RateLimit headers from 80 % of the minute', () => {
  it('has none below 80 %, then Limit, Remaining and Reset (seconds to the minute turn)', async () => {
    await spend(14);
    expect((await me()).headers.get('ratelimit-limit')).toBeNull(); // 15 of 20 used: 75 %
    clock.advance(2_000);
    const r = await me(); // 16 of 20: 80 %
    expect(r.headers.get('ratelimit-limit')).toBe(String(LIMIT));
    expect(r.headers.get('ratelimit-remaining')).toBe('4');
    expect(r.headers.get('ratelimit-reset')).toBe('48');
  });

  it('counts resource units, not requests, for every user of the app together', async () => {
    for (let i = 0; i < 4; i++) expect((await emu.graph('kari', 'POST', items, { fields: { Title: `t${i}` } })).status).toBe(201); // 2 RU each
    await spend(4, 'ola'); // 1 RU each: 12
    const r = await emu.graph('ola', 'GET', items); // multi-item query: 2 RU → 14
    expect(r.headers.get('ratelimit-remaining')).toBeNull();
    const b = await emu.admin.budget();
    expect(b).toMatchObject({ limit: LIMIT, used: 14, remaining: 6, resetSeconds: 50 });
  });
});

describe('429 once the minute is spent, until it turns', () => {
  it('answers 429 activityLimitReached with Retry-After to the minute turn; throttled requests count; the next minute is fresh', async () => {
    await spend(LIMIT);
    clock.advance(20_000);
    const r = await emu.graph<{ error: { code: string } }>('ola', 'GET', '/me');
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe('activityLimitReached');
    expect(r.headers.get('retry-after')).toBe('30');
    expect(r.headers.get('ratelimit-remaining')).toBe('0');
    expect((await emu.admin.budget()).used).toBe(LIMIT + 1);
    expect((await emu.graph('kari', 'POST', items, { fields: { Title: 'refused' } })).status).toBe(429);
    expect((await emu.admin.stats()).byStatus).toMatchObject({ '429': 2 });

    clock.advance(30_000); // the minute turns
    const after = await me();
    expect(after.status).toBe(200);
    expect(after.headers.get('ratelimit-limit')).toBeNull();
    expect((await emu.admin.budget()).used).toBe(1);
  });

  it('throttles requests inside $batch on their own, with Retry-After in the inner headers', async () => {
    await spend(LIMIT - 1);
    const r = await emu.graph<{ responses: Inner[] }>('kari', 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me' }, // the last RU of the minute
        { id: '2', method: 'GET', url: items, dependsOn: ['1'] },
        { id: '3', method: 'POST', url: items, dependsOn: ['1'], headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'x' } } },
      ],
    });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x) => [x.id, x]));
    expect(byId['1']?.status).toBe(200);
    expect(byId['1']?.headers['RateLimit-Remaining']).toBe('0');
    for (const id of ['2', '3']) {
      expect(byId[id]?.status).toBe(429);
      expect(byId[id]?.headers['Retry-After']).toBe('50');
      expect(byId[id]?.body?.error?.code).toBe('activityLimitReached');
    }
    expect(r.headers.get('ratelimit-remaining')).toBe('0'); // the envelope carries the state after its requests
    const list = await emu.graph<{ value: unknown[] }>('kari', 'GET', items);
    expect(list.status).toBe(429); // nothing was written, and the minute is still spent
  });

  it('is off at 0', async () => {
    await emu.admin.setSettings({ tenantRuPerMinute: 0 });
    await spend(LIMIT + 5);
    expect((await me()).headers.get('ratelimit-limit')).toBeNull();
  });
});

describe('CORS', () => {
  it('exposes the RateLimit headers only with exposeRetryAfter, like Retry-After', async () => {
    const headers = { Origin: 'https://app.example', Authorization: `Bearer ${emu.tokenFor('kari')}` };
    const exposed = async () => (await fetch(`${emu.graphBaseUrl}/me`, { headers })).headers.get('access-control-expose-headers')!.toLowerCase();
    expect(await exposed()).not.toContain('ratelimit');
    await emu.admin.setSettings({ exposeRetryAfter: true });
    const on = await exposed();
    for (const h of ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect(on).toContain(h);
  });
});
