import { beforeEach, describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import type { TestEmulator } from '../../testkit/emulator';
import { StoreError } from '../../src/store/ChecklistStore';
import { sendBatch } from '../../src/store/sharepoint/batch';
import { connect, tokenSequence } from '../../testkit/storeFixture';

let emulator: TestEmulator;
// Started before, reset after each test (no fault or setting can cascade), closed after all.
emulatorPerFile((started) => (emulator = started));
beforeEach(async () => {
  await emulator.admin.clearFaults();
  await emulator.admin.resetStats();
});

const sitePath = (): string => `/sites/${emulator.sites.lungepasienter!.id}`;

describe('createGraphClient', () => {
  it('renews an expired token once and sends the request again', async () => {
    const expired = emulator.tokenFor('kari', Math.floor(Date.now() / 1000) - 60);
    const { graph, tokens } = connect(emulator, 'kari', { tokens: tokenSequence([expired, emulator.tokenFor('kari')]) });
    const site = await graph.call<{ id: string }>({ method: 'GET', path: sitePath() });
    expect(site.id).toBe(emulator.sites.lungepasienter!.id);
    expect(tokens.calls).toEqual([{}, { forceRefresh: true }]);
  });

  it('gives signInExpired when the renewed token is refused too', async () => {
    const expired = emulator.tokenFor('kari', 1);
    const { graph, tokens } = connect(emulator, 'kari', { tokens: tokenSequence([expired]) });
    await expect(graph.call({ method: 'GET', path: sitePath() })).rejects.toMatchObject({ code: 'signInExpired', status: 401 });
    expect(tokens.calls).toHaveLength(2);
  });

  it('maps 403 to accessDenied without retrying', async () => {
    const { graph, sleeps } = connect(emulator, 'eva');
    const error = await graph.call({ method: 'GET', path: `${sitePath()}/lists` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'accessDenied', retryable: false });
    expect(sleeps).toEqual([]);
    expect((await emulator.admin.stats()).total).toBe(1);
  });

  it('waits Retry-After on a top-level 429 and 503 plus a random share of its backoff (never in step), then succeeds', async () => {
    await emulator.admin.setFaults({ failNext: [{ status: 429, count: 1, retryAfterSeconds: 2 }, { status: 503, count: 1, retryAfterSeconds: 1.5 }] });
    const { graph, sleeps } = connect(emulator, 'kari');
    await graph.call({ method: 'GET', path: sitePath() });
    // random 0.5 of the backoff ceiling (500 ms, then 1 s) on top of Retry-After.
    expect(sleeps).toEqual([2_250, 2_000]);
    expect(graph.traffic.snapshot()).toMatchObject({ roundTrips: 3, retries: 2 });
  });

  it('does not wait out a Retry-After longer than its own longest wait: throttled at once, for the caller\'s loop to wait', async () => {
    await emulator.admin.setFaults({ failNext: [{ status: 429, count: 1, retryAfterSeconds: 45 }] });
    const { graph, sleeps } = connect(emulator, 'kari');
    await expect(graph.call({ method: 'GET', path: sitePath() })).rejects.toMatchObject({ code: 'throttled' });
    expect(sleeps).toEqual([]);
    expect((await emulator.admin.stats()).total).toBe(1);
  });

  it('backs off with jitter when Retry-After is unreadable, and gives up with throttled past its budget', async () => {
    await emulator.admin.setFaults({ failNext: [{ status: 429, count: 10 }] });
    const { graph, sleeps } = connect(emulator, 'kari', { retry: { maxAttempts: 3 } });
    await emulator.admin.setSettings({ exposeRetryAfter: false });
    const error = await graph.call({ method: 'GET', path: sitePath() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'throttled', retryable: true, status: 429 });
    expect(sleeps).toHaveLength(2);
  });

  it('gives unavailable after repeated 503s', async () => {
    await emulator.admin.setFaults({ failNext: [{ status: 503, count: 10, retryAfterSeconds: 1 }] });
    const { graph } = connect(emulator, 'kari', { retry: { maxAttempts: 2 } });
    await expect(graph.call({ method: 'GET', path: sitePath() })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('identifies our traffic with SdkVersion and User-Agent', async () => {
    const seen: Headers[] = [];
    const { graph } = connect(emulator, 'kari', {
      fetch: async (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    await graph.call({ method: 'GET', path: sitePath() });
    expect(seen[0]?.get('SdkVersion')).toMatch(/^NONISV\|HelsefellesskapInnlandet\|FellesModell\/test graph-js\/3\.0\.7$/);
    expect(seen[0]?.get('User-Agent')).toBe('NONISV|HelsefellesskapInnlandet|FellesModell/test');
    expect(seen[0]?.get('Prefer')).toBeNull();
  });
});

describe('sendBatch', () => {
  it('splits more than 20 requests and re-sends only the throttled inner ones', async () => {
    await emulator.admin.setFaults({ failNext: [{ status: 429, count: 2, applyTo: 'inner', retryAfterSeconds: 3 }] });
    const { graph, sleeps } = connect(emulator, 'kari');
    const parts = Array.from({ length: 25 }, (_, i) => ({ id: `r${i}`, method: 'GET' as const, url: sitePath() }));
    const answers = await sendBatch(graph, parts);
    expect([...answers.values()].every((a) => a.status === 200)).toBe(true);
    expect(sleeps).toEqual([3000 + 250]); // Retry-After, plus half its first backoff ceiling (random 0.5)
    const stats = await emulator.admin.stats();
    expect(stats.topLevel).toBe(3); // 20 + 5, then one re-send of the 2 throttled ones
    expect(stats.inner).toBe(27);
  });

  it('keeps a request with the one it depends on', async () => {
    const { graph } = connect(emulator, 'kari');
    const parts = Array.from({ length: 19 }, (_, i) => ({ id: `r${i}`, method: 'GET' as const, url: sitePath() }));
    parts.push({ id: 'a', method: 'GET', url: sitePath() }, { id: 'b', method: 'GET', url: sitePath(), dependsOn: ['a'] } as never);
    const answers = await sendBatch(graph, parts);
    expect(answers.get('b')?.status).toBe(200);
    expect((await emulator.admin.stats()).topLevel).toBe(2);
  });
});
