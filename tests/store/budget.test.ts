// Issue #14, budget signals: the store reads RateLimit-Limit/Remaining/Reset and Retry-After from every answer (top
// level and inside $batch) and offers them as budget()/onBudget(). Parsing as a pure unit; then against the
// emulator's tenant RU budget (a small one, on an injected clock, so the minute never has to pass for real).
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetFrom, BudgetTracker } from '../../src/store/graphClient/budgetSignals';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { manualClock } from '../../testkit/emulator';
import type { TestEmulator } from '../../testkit/emulator';
import { perFile } from '../../testkit/emulatorHooks';
import { intentOf, MANDATE, newProject, emulatorWithProjectSite, storeFor } from '../../testkit/storeFixture';

const headers = (h: Record<string, string>) => (name: string) => h[name.toLowerCase()];

describe('budgetFrom', () => {
  it('reads RateLimit-* (Reset in seconds) and nothing from a quiet answer', () => {
    expect(budgetFrom(headers({}), 200, 1000)).toBeUndefined();
    expect(budgetFrom(headers({ 'ratelimit-limit': '3750', 'ratelimit-remaining': '12', 'ratelimit-reset': '30' }), 200, 1000))
      .toEqual({ limit: 3750, remaining: 12, resetAt: 31_000, observedAt: 1000 });
  });

  it('a 429 or 503 throttles until Retry-After, or one short backoff when it cannot be read', () => {
    expect(budgetFrom(headers({ 'retry-after': '5' }), 429, 1000)).toEqual({ throttledUntil: 6000, observedAt: 1000 });
    expect(budgetFrom(headers({}), 503, 1000)).toEqual({ throttledUntil: 2000, observedAt: 1000 });
    expect(budgetFrom(headers({ 'ratelimit-remaining': 'lots' }), 200, 1000)).toBeUndefined();
  });

  it('the tracker keeps a throttle that has not passed when a later answer only reports RateLimit', () => {
    let now = 1000;
    const tracker = new BudgetTracker(() => now);
    let heard = 0;
    tracker.subscribe(() => (heard += 1));
    tracker.observe(headers({ 'retry-after': '10' }), 429);
    now = 2000;
    tracker.observe(headers({ 'ratelimit-remaining': '0' }), 200);
    expect(tracker.current()).toMatchObject({ remaining: 0, throttledUntil: 11_000, observedAt: 2000 });
    expect(heard).toBe(2);
  });
});

const LIMIT = 40;
const clock = manualClock();
let emulator: TestEmulator;
let location: ProjectLocation;
let minute = Math.ceil(Date.now() / 60_000) * 60_000;

perFile(() => emulatorWithProjectSite({ clock: clock.now }), (world) => ({ emulator, location } = world));
beforeEach(() => {
  minute += 60_000;
  clock.set(minute + 1_000);
});

describe('against the tenant budget', () => {
  it('past 80 % the store reports Limit/Remaining/Reset; past 100 % a throttle inside $batch; the minute turns, all is saved', async () => {
    const project = newProject();
    const store = storeFor(emulator, 'kari');
    await store.createProject(location, project, randomUUID());
    await store.loadProject(location, project.projectKey);
    expect(store.budget()).toBeUndefined();
    let heard = 0;
    store.onBudget(() => (heard += 1));
    await emulator.admin.setSettings({ tenantRuPerMinute: LIMIT });
    // Someone else of the app's users spends the minute until Graph starts to warn (80 %).
    const spendUntil = async (seen: (r: Awaited<ReturnType<typeof emulator.graph>>) => boolean) => {
      for (let i = 0; i < LIMIT * 2; i++) if (seen(await emulator.graph('ola', 'GET', '/me'))) return;
      throw new Error('the budget never answered');
    };
    await spendUntil((r) => r.headers.get('ratelimit-limit') !== null);
    await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'a' }));
    const warned = store.budget();
    expect(warned?.limit).toBe(LIMIT);
    expect(warned?.remaining).toBeLessThan(LIMIT * 0.2);
    expect(warned?.resetAt).toBeGreaterThan(Date.now());
    expect(warned?.throttledUntil).toBeUndefined();
    expect(heard).toBeGreaterThan(0);

    // Past 100 %: the store's next write meets 429s inside its $batch, and says until when.
    await spendUntil((r) => r.status === 429);
    const refused = await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'b' })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'throttled', retryable: true });
    expect(store.budget()?.throttledUntil).toBeGreaterThan(Date.now());
    // And at top level (a request outside $batch): another person's store hears it too.
    const per = storeFor(emulator, 'per');
    await expect(per.whoAmI()).rejects.toMatchObject({ code: 'throttled' });
    expect(per.budget()?.throttledUntil).toBeGreaterThan(Date.now());

    // The minute turns: the tick goes through, once.
    clock.set(minute + 61_000);
    const tick = intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' });
    const state = await store.apply(location, tick);
    expect(state.items[MANDATE]?.status).toBe('done');
  });
});
