// Issue #10, "coordinators' numbers drift": the project's Summary column and its Portfolio row are derived from the
// state rows, and several people write the same project at once. The invariant: once the writers are quiet, every
// project summary and every Portfolio row equals the summary computed from the state rows as SharePoint holds them
// (read back raw from the emulator, no store code in between, so the load-time heal cannot hide a drift).
// Seeded: FM_SEED=<n> replays the intents and the emulator's faults (the seed is printed).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../testkit/emulatorHooks';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import type { Side } from '../../src/model/types';
import type { IntentBody } from '../../src/domain/types';
import type { ProjectLocation, ProjectSession } from '../../src/store/ChecklistStore';
import { createProjectSession, manualOnlineSignal, MemoryIntentQueue } from '../../src/store/sync';
import type { TestEmulator } from '../../testkit/emulator';
import { actorFor, CHALLENGE, emulatorWithProjectSite, intentOf, MANDATE, newProject, storeFor } from '../../testkit/storeFixture';
import { expectDerivedRowsTrue as expectRowsTrue, portfolioListOf } from '../../testkit/derivedRowsCheck';
import { seededRandom } from '../../testkit/resilience';
import { scaled } from '../../testkit/timeouts';

const SEED = process.env.FM_SEED ? Number(process.env.FM_SEED) : Math.floor(Math.random() * 2 ** 31);
const USERS = ['kari', 'ola', 'ingrid', 'per'] as const;
const ITEMS = [
  'forankring.mandat-godkjent', 'forankring.utfordring-beskrevet', 'forankring.kontaktperson-per-part',
  'forankring.ressurser-avsatt', 'utforske.forlop-kartlagt', 'utforske.bruker-innsikt',
];

let emulator: TestEmulator;
let location: ProjectLocation;
// Started before, reset after each test (no fault or setting can cascade), closed after all.
perFile(() => emulatorWithProjectSite({ coordination: true }), (world) => ({ emulator, location } = world));

const portfolioSite = () => ({ siteUrl: emulator.sites.koordinering!.webUrl });
const writer = (user: string) => storeFor(emulator, user, { portfolioSite: portfolioSite() });

const expectDerivedRowsTrue = (projectKey: string): Promise<void> => expectRowsTrue(emulator, location, projectKey);

async function createdProject(): Promise<string> {
  const project = newProject();
  await writer('kari').createProject(location, project, randomUUID());
  return project.projectKey;
}

describe('derived rows (the Portfolio row; the project row keeps only gate overrides) converge', () => {
  it('Kari and Ingrid tick two items of one project in turn, each from her own copy: both rows say 2 ticked', async () => {
    const projectKey = await createdProject();
    const kari = writer('kari');
    const ingrid = writer('ingrid');
    // A first tick writes the Portfolio row, so both copies below know it (a PATCH, not a POST a unique key refuses).
    await writer('per').apply(location, intentOf(emulator, 'per', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Utkast' }));
    // Each finds the coordination site as the app does (with locate), so each load reads the Portfolio row's eTag.
    for (const store of [kari, ingrid]) {
      await store.locate({ siteId: location.siteId });
      await store.loadProject(location, projectKey);
    }
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    // Ingrid's copy does not hold Kari's tick: her summary would say 1 ticked without the If-Match on the Portfolio row.
    await ingrid.apply(location, intentOf(emulator, 'ingrid', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }));
    await expectDerivedRowsTrue(projectKey);
  });

  it('Kari and Ingrid each create the missing Portfolio row from her own copy: one row, saying 2 ticked (unique key off)', async () => {
    // No uniqueness to refuse the second POST: the project row's conditional write is what orders the creation.
    await emulator.admin.setSettings({ enforceUniqueColumns: false });
    const projectKey = await createdProject();
    const kari = writer('kari');
    const ingrid = writer('ingrid');
    // Ingrid's load cannot read the Portfolio row, so her copy does not know whether it exists...
    await ingrid.locate({ siteId: location.siteId });
    await emulator.admin.setFaults({ failNext: [{ status: 403, count: 1, method: 'GET', pathPattern: await portfolioListOf(emulator), applyTo: 'inner' }] });
    await ingrid.loadProject(location, projectKey);
    await emulator.admin.clearFaults();
    // ...while Kari's load creates it and her tick updates it.
    await kari.locate({ siteId: location.siteId });
    await kari.loadProject(location, projectKey);
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    await ingrid.apply(location, intentOf(emulator, 'ingrid', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }));
    await expectDerivedRowsTrue(projectKey);
  });

  it('a Portfolio write that fails for good after the state landed is settled when the intent is sent again', async () => {
    const projectKey = await createdProject();
    const kari = writer('kari');
    await kari.locate({ siteId: location.siteId });
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Utkast' }));
    // A new item's row is a POST, so the only PATCH of fields is the Portfolio row's.
    await emulator.admin.setFaults({ failNext: [{ status: 503, count: 5, method: 'PATCH', pathPattern: '/fields', applyTo: 'inner', retryAfterSeconds: 0 }] });
    const tick = intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' });
    await expect(kari.apply(location, tick)).rejects.toMatchObject({ code: 'unavailable', retryable: true });
    await emulator.admin.clearFaults();
    // The session sends it again, saying it may have been written: it is logged, so only the derived rows are settled.
    await kari.apply(location, tick, { maybeWritten: true });
    await expectDerivedRowsTrue(projectKey);
  });

  it('several people on two projects at once, under 412/429/503 and dropped connections: every row is true once quiet', async () => {
    console.info(`derivedRows: seed ${SEED} (replay with FM_SEED=${SEED})`);
    const random = seededRandom(SEED);
    const projectKeys = [await createdProject(), await createdProject()];
    const stores = USERS.map((user) => writer(user));
    const sessions: ProjectSession[] = projectKeys.flatMap((projectKey) => USERS.map((user, u) => createProjectSession({
      store: stores[u]!,
      location,
      projectKey,
      actor: actorFor(emulator, user),
      model: DEFAULT_MODEL,
      queue: new MemoryIntentQueue(),
      online: manualOnlineSignal(true),
      pollIntervalMs: null,
      backoff: { baseMs: 1, capMs: 5 },
      random,
    })));
    const settled = (check: () => boolean): Promise<void> => new Promise((resolve) => {
      const unsubscribe = sessions.map((s) => s.subscribe(() => { if (check()) { unsubscribe.forEach((u) => u()); resolve(); } }));
      if (check()) { unsubscribe.forEach((u) => u()); resolve(); }
    });
    try {
      await settled(() => sessions.every((s) => s.snapshot().status === 'ready' && !s.snapshot().fromCache));
      await emulator.admin.setFaults({
        seed: SEED, rate429: 0.1, rate503: 0.05, retryAfterSeconds: 0, dropBeforeApply: 0.03, dropAfterApply: 0.03, applyTo: 'all',
        failNext: [{ status: 412, count: 4, method: 'PATCH', pathPattern: '/fields', applyTo: 'inner' }],
      });
      const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
      // Bursts: every session dispatches at the same moment (as taps in a meeting do), several times over.
      for (let burst = 0; burst < 6; burst += 1) {
        for (const [i, session] of sessions.entries()) {
          const side = actorFor(emulator, USERS[i % USERS.length]!).side as Side;
          const itemKey = pick(ITEMS);
          const roll = random();
          const body: IntentBody = roll < 0.5 ? { kind: 'setStatus', itemKey, status: 'done' }
            : roll < 0.65 ? { kind: 'setStatus', itemKey, status: 'open' }
              : roll < 0.9 ? { kind: 'confirm', itemKey, side }
                : { kind: 'changePhase', to: pick(['forankring', 'utforske', 'definere']), reason: 'Avtalt i møtet' };
          session.dispatch(body);
        }
      }
      // Quiet: every queue empty. An intent that still conflicted after the store's rounds is marked failed with a
      // retry button: press it, as a user would.
      await settled(() => {
        for (const s of sessions) for (const p of s.snapshot().pending) if (p.state === 'failed' && p.error?.code === 'conflict') queueMicrotask(() => s.retry(p.intent.id));
        return sessions.every((s) => s.snapshot().pending.length === 0 || s.snapshot().pending.every((p) => p.state === 'failed' && p.error?.code === 'invalidInput'));
      });
      const stats = await emulator.admin.stats();
      await emulator.admin.clearFaults();
      console.info(`derivedRows: seed ${SEED}; emulator saw ${stats.total} requests; by status ${JSON.stringify(stats.byStatus)}`);
      for (const projectKey of projectKeys) await expectDerivedRowsTrue(projectKey);
    } finally {
      for (const s of sessions) s.dispose();
    }
  }, scaled(120_000));
});
