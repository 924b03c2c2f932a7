// "Venter på deg" (issue 22) with the real Graph adapter, the real session and the emulator's activity feed over
// HTTPS: who gets a notice (the other side's registered participants, never the actor's side, never someone not
// registered, never someone who turned them off), what it says, coalescing across people, overdue items named once.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { perFile } from '../../../testkit/emulatorHooks';
import { CHALLENGE, MANDATE, emulatorWithProjectSite, storeFor, intentOf } from '../../../testkit/storeFixture';
import { settled } from '../../../testkit/sessionWaits';
import { CHANNEL_ID, TEAMS_APP_ID, eventually, inSession, loaded, openWithNotices, projectWithParticipants } from '../../../testkit/notices';
import { findItem } from '../../../src/model/lookup';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));

const title = (key: string) => findItem(DEFAULT_MODEL, key)!.label.nb;
const feedOf = (userId: string) => emulator.admin.activity(userId);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A project with `registered` in its Participants list, an empty feed, and Kari's session on it for `work`. */
async function asKari(registered: string[], work: Parameters<typeof inSession>[4], clock?: () => Date) {
  await emulator.admin.clearActivity();
  const project = await projectWithParticipants(emulator, location, registered);
  await inSession(emulator, location, 'kari', project.projectKey, work, clock ? { clock } : {});
  return project;
}

describe('who is told', () => {
  it('tells the other side’s registered participant once, naming the project and the item, with a deep link to it; nobody else', async () => {
    const project = await asKari(['kari', 'ola', 'ingrid'], async (kari) => {
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      await eventually(async () => expect(await feedOf('ingrid')).toHaveLength(1));
      await eventually(() => expect(kari.notifier.snapshot().sent.map((s) => s.recipient.name)).toEqual(['Ingrid Hansen']));
    });
    const [notice] = await feedOf('ingrid');
    expect(notice).toMatchObject({ senderId: 'kari', scope: 'team', teamId: project.teamGroupId, activityType: 'itemsWaiting' });
    expect(notice!.templateParameters).toEqual({ item: title(MANDATE), count: '1', project: project.title });
    expect(notice!.text['nb-no']).toBe(`Kari Nordmann bekreftet «${title(MANDATE)}». 1 krav i ${project.title} venter på din side`);
    const link = new URL(notice!.topic.webUrl!);
    expect(link.pathname).toBe(`/l/entity/${TEAMS_APP_ID}/${project.projectKey}`);
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: `item:${MANDATE}`, channelId: CHANNEL_ID });
    // Ola is on Kari's own side; Per is on the sykehus side but not registered in the project; nobody tells Kari.
    expect(await feedOf('ola')).toEqual([]);
    expect(await feedOf('per')).toEqual([]);
    expect(await feedOf('kari')).toEqual([]);
    // Ingrid's row says when she was told, for every other sender to see.
    const rows = await storeFor(emulator, 'ingrid').loadProject(location, project.projectKey);
    expect(rows.participants.find((p) => p.person.name === 'Ingrid Hansen')?.notifiedAt).toBeTruthy();
  });

  it('sends nothing for ticks that leave nothing waiting for the other side (a status tick, an unconfirm) — not even a request', async () => {
    await asKari(['kari', 'ingrid'], async (kari) => {
      await emulator.admin.resetStats();
      kari.session.dispatch({ kind: 'setStatus', itemKey: CHALLENGE, status: 'done' });
      await settled(kari.session);
      await pause(200);
      const stats = await emulator.admin.stats();
      expect(stats.byKind['activity'] ?? 0).toBe(0);
      // Only the tick's own $batch went (its requests are the write's): no read of the Participants list for notices.
      expect(stats.topLevel, JSON.stringify(stats)).toBe(1);
    });
    expect(await feedOf('ingrid')).toEqual([]);
  });

  it('tells nobody who turned notices off for the project (an intent, logged like any change)', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid', 'per']);
    const ingridStore = storeFor(emulator, 'ingrid');
    await ingridStore.loadProject(location, project.projectKey);
    await ingridStore.apply(location, intentOf(emulator, 'ingrid', project.projectKey, { kind: 'setNotifications', personId: emulator.users['ingrid']!.objectId, enabled: false }));
    await inSession(emulator, location, 'kari', project.projectKey, async (kari) => {
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      await eventually(async () => expect(await feedOf('per')).toHaveLength(1));
    });
    expect(await feedOf('ingrid')).toEqual([]);
    const history = await ingridStore.history(location, project.projectKey);
    expect(history.some((event) => event.kind === 'projectUpdate' && event.to?.includes('"notifications"'))).toBe(true);
  });

  it('refuses to turn notices off for someone else', async () => {
    const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid']);
    const kariStore = storeFor(emulator, 'kari');
    await kariStore.loadProject(location, project.projectKey);
    const refused = await kariStore
      .apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setNotifications', personId: emulator.users['ingrid']!.objectId, enabled: false }))
      .catch((error: unknown) => error);
    expect((refused as { code?: string }).code).toBe('invalidInput');
  });
});

describe('coalescing', () => {
  it('a second confirmation within 15 minutes sends no second notice; after the quiet time the next one counts both', async () => {
    let now = Date.now();
    await asKari(['kari', 'ingrid'], async (kari) => {
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      await eventually(async () => expect(await feedOf('ingrid')).toHaveLength(1));
      now += 60_000;
      kari.session.dispatch({ kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' });
      await settled(kari.session);
      await pause(300);
      expect(await feedOf('ingrid')).toHaveLength(1);
      // Fifteen minutes later the session looks again (its timer, or the next change) and tells about what waits.
      now += 15 * 60_000;
      kari.session.dispatch({ kind: 'setComment', itemKey: CHALLENGE, comment: 'Avtalt i møtet' });
      await eventually(async () => expect(await feedOf('ingrid')).toHaveLength(2));
    }, () => new Date(now));
    expect((await feedOf('ingrid'))[0]!.templateParameters).toMatchObject({ item: title(CHALLENGE), count: '2' });
  });

  it('two confirmers on the same side at once: the recipient gets one notice (the claim on her row decides)', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ola', 'ingrid']);
    const kari = openWithNotices(emulator, location, 'kari', project.projectKey);
    const ola = openWithNotices(emulator, location, 'ola', project.projectKey);
    try {
      await Promise.all([loaded(kari.session), loaded(ola.session)]);
      // Every $batch takes a while: both ticks land together, both notifiers read Ingrid's row before either claims it.
      await emulator.admin.setFaults({ latencyMs: 400, pathPattern: '/\\$batch', applyTo: 'top' });
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      ola.session.dispatch({ kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' });
      await eventually(async () => expect(await feedOf('ingrid')).toHaveLength(1));
      await Promise.all([settled(kari.session), settled(ola.session)]);
      await pause(500);
      expect(await feedOf('ingrid')).toHaveLength(1);
    } finally {
      kari.dispose();
      ola.dispose();
    }
  });
});

describe('overdue', () => {
  it('names an item waiting past the project’s limit once, in the next notice', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ola', 'ingrid']);
    // Ola confirmed the mandate twenty days ago; nobody has told Ingrid since.
    const olaStore = storeFor(emulator, 'ola');
    await olaStore.loadProject(location, project.projectKey);
    const old = intentOf(emulator, 'ola', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
    await olaStore.apply(location, { ...old, at: new Date(Date.now() - 20 * 24 * 3600_000).toISOString() });
    let now = Date.now();
    await inSession(emulator, location, 'kari', project.projectKey, async (kari) => {
      kari.session.dispatch({ kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' });
      await eventually(async () => expect(await feedOf('ingrid')).toHaveLength(1));
      const [first] = await feedOf('ingrid');
      expect(first!.activityType).toBe('itemsOverdue');
      expect(first!.templateParameters).toMatchObject({ item: title(CHALLENGE), count: '2', overdue: `«${title(MANDATE)}»` });
      // The next notice (after the quiet time) does not name it again.
      now += 16 * 60_000;
      kari.session.dispatch({ kind: 'confirm', itemKey: 'forankring.ressurser-avsatt', side: 'kommune' });
      await eventually(async () => expect(await feedOf('ingrid')).toHaveLength(2));
    }, { clock: () => new Date(now) });
    expect((await feedOf('ingrid'))[0]!.activityType).toBe('itemsWaiting');
  });
});
