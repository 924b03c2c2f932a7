// Issue #7, "nothing lost": four people (two per organisation) tick one project through the REAL path a tick takes
// (ProjectSession → durable queue → GraphChecklistStore → Graph emulator over HTTPS) under 429/503 (top-level and
// inside $batch), 412s and dropped connections before and after the write was applied. At the end the list's state
// must be what replaying the Events list gives, every intent must be logged exactly once, and no item may have two
// rows.
//
// The run follows its seed (FM_SEED=<n> replays it; the seed is printed): a seeded scheduler decides, step by step,
// who acts (a tap, a burst of taps, or a refresh of a stale screen), and which fault that step's requests meet. One
// user acts at a time and each step ends when its intents are settled (awaited, never slept), so the order of the
// requests is the seed's. Polling is off: a screen is stale until its user refreshes it or a 412 makes the store
// re-read, which is how people's writes collide here.
//
// It runs with the emulator's unique columns on (as SharePoint) and off. Off, every item's row and the change-signal
// row exist before the run and nothing refuses a second create, so any second row or second Events row is the
// client's doing and stays to be counted. `npm run soak` runs the same test long (FM_INTENTS, FM_SOAK_SECONDS).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { perFile } from '../../testkit/emulatorHooks';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { phaseOf } from '../../src/model/lookup';
import type { Side } from '../../src/model/types';
import { replayEvents } from '../../src/domain/events';
import type { IntentBody, ProjectState } from '../../src/domain/types';
import type { ProjectLocation, ProjectSession } from '../../src/store/ChecklistStore';
import { eventFromRow } from '../../src/store/sharepoint/rows';
import type { EventRow } from '../../src/store/sharepoint/rows';
import { createProjectSession, manualOnlineSignal, MemoryIntentQueue } from '../../src/store/sync';
import { actorFor, intentOf, newProject, storeFor, emulatorWithProjectSite } from '../../testkit/storeFixture';
import { STEP_FAULTS, comparableItem, comparableState, rawRows, seededRandom, settle, until } from '../../testkit/resilience';

const SEED = process.env.FM_SEED ? Number(process.env.FM_SEED) : Math.floor(Math.random() * 2 ** 31);
const INTENTS = Number(process.env.FM_INTENTS ?? 300);
/** The soak's time bound: no new step starts after it (the test itself has none: it is bounded by its count). */
const SOAK_SECONDS = process.env.FM_SOAK_SECONDS ? Number(process.env.FM_SOAK_SECONDS) : undefined;
const USERS = ['kari', 'ola', 'ingrid', 'per'] as const;
// Few items, so people often write a row someone else changed since they last looked (412s, re-reads, re-applies).
const ITEMS = [
  'forankring.mandat-godkjent', 'forankring.utfordring-beskrevet', 'forankring.kontaktperson-per-part',
  'forankring.ressurser-avsatt', 'utforske.forlop-kartlagt', 'utforske.bruker-innsikt',
];
const PHASES = DEFAULT_MODEL.phases.map((p) => p.key);
const ODD_TEXT = ["«Gjør det» – O'Brien & Søn", '50 % #1 <b>fet</b> <script>x</script>', '🦊🏥 ok', 'مرحبا بالعالم', 'שלום עולם', 'a\nb\tc', 'æøå ÆØÅ'];
const FAULT_RATE = 0.35;

let emulator: TestEmulator;
let location: ProjectLocation;

perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));

function randomIntent(random: () => number, side: Side): IntentBody {
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const itemKey = pick(ITEMS);
  const roll = random();
  if (roll < 0.03) return { kind: 'changePhase', to: pick(PHASES), reason: `Fase ${pick(ODD_TEXT)}` };
  if (roll < 0.28) return { kind: 'setStatus', itemKey, status: 'done' };
  if (roll < 0.38) return { kind: 'setStatus', itemKey, status: 'open' };
  if (roll < 0.5) return { kind: 'setStatus', itemKey, status: 'notRelevant', reason: `Gjelder ikke: ${pick(ODD_TEXT)}` };
  if (roll < 0.68) return { kind: 'confirm', itemKey, side };
  if (roll < 0.8) return { kind: 'unconfirm', itemKey, side };
  return { kind: 'setComment', itemKey, comment: `${pick(ODD_TEXT)} ${Math.floor(random() * 1000)}` };
}

const MODES = SOAK_SECONDS === undefined
  ? [{ columns: 'unique columns enforced, as in SharePoint', enforceUniqueColumns: true }, { columns: 'unique columns not enforced (the client\'s own idempotence)', enforceUniqueColumns: false }]
  : [{ columns: 'unique columns not enforced (soak)', enforceUniqueColumns: false }];

describe.each(MODES)('several people, one project, a bad network, $columns', ({ enforceUniqueColumns }) => {
  it('loses nothing, logs every intent once, and the Events list replays to the stored state', async () => {
    const started = Date.now();
    console.info(`concurrency: seed ${SEED} (replay with FM_SEED=${SEED})`);
    await emulator.admin.setSettings({ enforceUniqueColumns });
    const random = seededRandom(SEED);
    const project = newProject();
    await storeFor(emulator, 'kari').createProject(location, project, randomUUID());
    const initial: ProjectState = { project, items: {}, anomalies: [] };
    const dispatched = new Map<string, string>(); // intent id → user

    if (!enforceUniqueColumns) {
      // Every row the run writes exists before it (and each screen below reads them), so a create during the run
      // can only be the client sending one twice.
      const setup = storeFor(emulator, 'kari');
      const bodies: IntentBody[] = [...ITEMS.map((itemKey) => ({ kind: 'setComment' as const, itemKey, comment: 'Start' })), { kind: 'changePhase', to: PHASES[1]!, reason: 'Start' }];
      for (const body of bodies) {
        const intent = intentOf(emulator, 'kari', project.projectKey, body);
        await setup.apply(location, intent);
        dispatched.set(intent.id, 'kari (setup)');
      }
    }

    const stores = USERS.map((user) => storeFor(emulator, user));
    const sessions: ProjectSession[] = USERS.map((user, i) => createProjectSession({
      store: stores[i]!,
      location,
      projectKey: project.projectKey,
      actor: actorFor(emulator, user),
      model: DEFAULT_MODEL,
      queue: new MemoryIntentQueue(),
      online: manualOnlineSignal(true),
      pollIntervalMs: null,
      backoff: { baseMs: 5, capMs: 40 },
      // Each session its own stream, so the scheduler's draws do not depend on how often a session backed off.
      random: seededRandom(SEED + i + 1),
    }));
    const faultsMet = new Map<string, number>();
    const steps = { taps: 0, bursts: 0, refreshes: 0, manualRetries: 0 };
    const trail: string[] = []; // the last steps, printed if the run fails
    try {
      // Ready once each has read the project from Graph (not only from a device's copy).
      await Promise.all(sessions.map((s) => until(s, (snapshot) => snapshot.status === 'ready' && !snapshot.fromCache)));
      await emulator.admin.resetStats();

      while (dispatched.size < INTENTS + (enforceUniqueColumns ? 0 : ITEMS.length + 1)) {
        if (SOAK_SECONDS !== undefined && Date.now() - started > SOAK_SECONDS * 1000) break;
        const u = Math.floor(random() * USERS.length);
        const session = sessions[u]!;
        const side = actorFor(emulator, USERS[u]!).side as Side;
        const roll = random();
        const fault = random() < FAULT_RATE ? STEP_FAULTS[Math.floor(random() * STEP_FAULTS.length)]! : undefined;
        if (fault) {
          faultsMet.set(fault.name, (faultsMet.get(fault.name) ?? 0) + 1);
          await emulator.admin.setFaults({ failNext: [fault.rule] });
        }
        if (roll < 0.15) {
          steps.refreshes += 1;
          trail.push(`${USERS[u]} refresh${fault ? ` [${fault.name}]` : ''}`);
          await session.refresh();
        } else {
          // A tap, or now and then a burst of taps faster than Graph answers (queued behind each other).
          const taps = roll < 0.25 ? 2 + Math.floor(random() * 3) : 1;
          if (taps > 1) steps.bursts += 1;
          else steps.taps += 1;
          const ids = Array.from({ length: taps }, () => {
            const intent = session.dispatch(randomIntent(random, side));
            dispatched.set(intent.id, USERS[u]!);
            return intent;
          });
          trail.push(`${USERS[u]} ${ids.map((i) => i.kind).join('+')}${fault ? ` [${fault.name}]` : ''}`);
          // An intent that still conflicted after the store's re-apply rounds is marked failed (shown with a retry
          // button): press it, as a user would.
          await settle(session, ids.map((i) => i.id), (p) => {
            expect(p.error?.code, `user ${USERS[u]} intent ${p.intent.kind} failed for good`).toBe('conflict');
            steps.manualRetries += 1;
            session.retry(p.intent.id);
          });
        }
        if (fault) await emulator.admin.clearFaults(); // a fault the step did not meet does not wait for the next
        if (trail.length > 20) trail.shift();
      }
      const stats = await emulator.admin.stats();
      await emulator.admin.clearFaults();
      for (const s of sessions) s.dispose();

      // What SharePoint holds, read fresh by a new adapter and raw.
      const fresh = await storeFor(emulator, 'kari').loadProject(location, project.projectKey);
      const eventRows = await rawRows(emulator, 'kari', location, 'events', project.projectKey);
      const checklistRows = await rawRows(emulator, 'kari', location, 'checklist', project.projectKey);
      const events = eventRows.map((r) => eventFromRow(r.fields as EventRow));

      // (a) The stored state is what the Events list replays to, in SharePoint id order.
      const replayed = replayEvents(initial, events, (itemKey) => phaseOf(DEFAULT_MODEL, itemKey));
      expect(fresh.state.anomalies).toEqual([]);
      const differing = Object.keys({ ...fresh.state.items, ...replayed.items })
        .filter((k) => JSON.stringify(comparableItem(fresh.state.items[k])) !== JSON.stringify(comparableItem(replayed.items[k])));
      for (const k of differing) {
        // Enough to replay the failure by hand: the item's Events rows in list order, and what the row holds.
        console.info(`differs: ${k}\n  stored   ${JSON.stringify(comparableItem(fresh.state.items[k]))}\n  replayed ${JSON.stringify(comparableItem(replayed.items[k]))}`);
        for (const [i, e] of events.entries()) if (e.itemKey === k) console.info(`  #${eventRows[i]?.id} ${e.at} ${e.actor.name} ${e.kind} ${e.side ?? ''} ${e.from ?? ''} → ${e.to ?? ''}`);
      }
      expect(comparableState(fresh.state)).toEqual(comparableState(replayed));

      // (b) Every intent a user was told was saved is logged exactly once (IntentId `<id>` / `<id>#2` for a second row).
      const rawIds = eventRows.map((r) => String(r.fields.IntentId));
      expect(rawIds.length - new Set(rawIds).size, 'Events rows with an IntentId already logged').toBe(0);
      const firstRows = events.filter((e, i) => !/#\d+$/.test(rawIds[i] ?? ''));
      const perIntent = new Map<string, number>();
      for (const e of firstRows) perIntent.set(e.intentId, (perIntent.get(e.intentId) ?? 0) + 1);
      for (const id of dispatched.keys()) expect(perIntent.get(id), `intent ${id} of ${dispatched.get(id)}`).toBe(1);

      // (c) No Events row without an intent (the project's creation row aside).
      const unexplained = events.filter((e) => !dispatched.has(e.intentId) && e.kind !== 'projectUpdate');
      expect(unexplained).toEqual([]);

      // (d) One row per item, and one change-signal row. With unique columns off nothing refuses a second create, so a
      // row or an Events row the client sent twice shows here and in (b); on, SharePoint's 409 answers a screen that
      // did not know a colleague had just made the row, which the store handles by re-reading.
      const stateKeys = checklistRows.map((r) => String(r.fields.StateKey));
      expect(stateKeys.length - new Set(stateKeys).size, 'checklist rows with a StateKey already stored').toBe(0);

      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const retries = stores.reduce((n, s) => n + s.connection.graph.traffic.snapshot().retries, 0);
      const byStatus = (code: number) => stats.byStatus[String(code)] ?? 0;
      console.info([
        `concurrency: seed ${SEED}, unique columns ${enforceUniqueColumns ? 'on' : 'off'}, ${USERS.length} users (kommune: kari, ola; sykehus: ingrid, per), ${dispatched.size} intents on ${ITEMS.length} items + phase changes, one project`,
        `  steps: ${steps.taps} taps, ${steps.bursts} bursts, ${steps.refreshes} refreshes; faults injected ${JSON.stringify(Object.fromEntries(faultsMet))}`,
        `  emulator saw ${stats.total} requests (${stats.topLevel} top-level, ${stats.inner} inner); 429: ${byStatus(429)}, 503: ${byStatus(503)}, 412: ${byStatus(412)}, 409: ${byStatus(409)}; by status ${JSON.stringify(stats.byStatus)}`,
        `  client retries (Graph client + $batch inner): ${retries}; conflicts the user retried by hand: ${steps.manualRetries}`,
        `  checks: replay = stored (${Object.keys(fresh.state.items).length} items), ${dispatched.size} intents each logged once, 0 unexplained Events rows, ${checklistRows.length} checklist rows for ${new Set(stateKeys).size} keys, ${eventRows.length} Events rows`,
        `  ${seconds} s`,
      ].join('\n'));
    } catch (error) {
      console.info(`concurrency: seed ${SEED} failed; its last steps:\n  ${trail.join('\n  ')}`);
      throw error;
    } finally {
      for (const s of sessions) s.dispose();
    }
  }, SOAK_SECONDS === undefined ? 120_000 : SOAK_SECONDS * 1000 + 300_000);
});

