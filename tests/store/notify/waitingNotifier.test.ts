// "Venter på deg" (issue 22) with the real Graph adapter, the real session and the emulator's activity feed over
// HTTPS: who gets a notice (the other side's registered participants, never the actor's side, never someone not
// registered, never someone who turned them off), what it says, coalescing across people, overdue items named once.
import { describe, expect, it, vi } from 'vitest';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { perFile } from '../../../testkit/emulatorHooks';
import { CHALLENGE, MANDATE, emulatorWithProjectSite, storeFor, intentOf } from '../../../testkit/storeFixture';
import { settled, until } from '../../../testkit/sessionWaits';
import type { ProjectSession } from '../../../src/store/ChecklistStore';
import { CHANNEL_ID, TEAMS_APP_ID, openWithNotices, projectWithParticipants } from '../../../testkit/notices';
import { findItem } from '../../../src/model/lookup';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));

const title = (key: string) => findItem(DEFAULT_MODEL, key)!.label.nb;
const feedOf = (userId: string) => emulator.admin.activity(userId);
/** Loaded from Graph and nothing pending. */
const ready = (session: ProjectSession) => until(session, (s) => s.status === 'ready' && !s.fromCache && s.pending.length === 0);
const waitFor = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

describe('who is told', () => {
  it('tells the other side’s registered participant once, naming the project and the item, with a deep link to it; nobody else', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ola', 'ingrid']);
    const kari = openWithNotices(emulator, location, 'kari', project.projectKey);
    try {
      await ready(kari.session);
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      await waitFor(async () => expect(await feedOf('ingrid')).toHaveLength(1));
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
      await waitFor(async () => expect(kari.notifier.snapshot().sent.map((s) => s.recipient.name)).toEqual(['Ingrid Hansen']));
      // Ingrid's row says when she was told, for every other sender to see.
      const rows = await storeFor(emulator, 'ingrid').loadProject(location, project.projectKey);
      expect(rows.participants.find((p) => p.person.name === 'Ingrid Hansen')?.notifiedAt).toBeTruthy();
    } finally {
      kari.dispose();
    }
  });

  it('sends nothing for ticks that leave nothing waiting for the other side (a status tick, an unconfirm) — not even a request', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid']);
    const kari = openWithNotices(emulator, location, 'kari', project.projectKey);
    try {
      await ready(kari.session);
      await emulator.admin.resetStats();
      kari.session.dispatch({ kind: 'setStatus', itemKey: CHALLENGE, status: 'done' });
      await settled(kari.session);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stats = await emulator.admin.stats();
      expect(stats.byKind['activity'] ?? 0).toBe(0);
      // Only the tick's own $batch went (its requests are the write's): no read of the Participants list for notices.
      expect(stats.topLevel, JSON.stringify(stats)).toBe(1);
      expect(await feedOf('ingrid')).toEqual([]);
    } finally {
      kari.dispose();
    }
  });

  it('tells nobody who turned notices off for the project (an intent, logged like any change)', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid', 'per']);
    const ingridStore = storeFor(emulator, 'ingrid');
    await ingridStore.loadProject(location, project.projectKey);
    await ingridStore.apply(location, intentOf(emulator, 'ingrid', project.projectKey, { kind: 'setNotifications', personId: emulator.users['ingrid']!.objectId, enabled: false }));
    const kari = openWithNotices(emulator, location, 'kari', project.projectKey);
    try {
      await ready(kari.session);
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      await waitFor(async () => expect(await feedOf('per')).toHaveLength(1));
      expect(await feedOf('ingrid')).toEqual([]);
      const history = await ingridStore.history(location, project.projectKey);
      expect(history.some((event) => event.kind === 'projectUpdate' && event.to?.includes('"notifications"'))).toBe(true);
    } finally {
      kari.dispose();
    }
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
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid']);
    let now = Date.now();
    const kari = openWithNotices(emulator, location, 'kari', project.projectKey, { clock: () => new Date(now) });
    try {
      await ready(kari.session);
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      await waitFor(async () => expect(await feedOf('ingrid')).toHaveLength(1));
      now += 60_000;
      kari.session.dispatch({ kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' });
      await settled(kari.session);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await feedOf('ingrid')).toHaveLength(1);
      // Sixteen minutes later the session looks again (its timer, or the next change) and tells about what waits.
      now += 15 * 60_000;
      kari.session.dispatch({ kind: 'setComment', itemKey: CHALLENGE, comment: 'Avtalt i møtet' });
      await waitFor(async () => expect(await feedOf('ingrid')).toHaveLength(2));
      expect((await feedOf('ingrid'))[0]!.templateParameters).toMatchObject({ item: title(CHALLENGE), count: '2' });
    } finally {
      kari.dispose();
    }
  });

  it('two confirmers on the same side at once: the recipient gets one notice (the claim on her row decides)', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ola', 'ingrid']);
    const kari = openWithNotices(emulator, location, 'kari', project.projectKey);
    const ola = openWithNotices(emulator, location, 'ola', project.projectKey);
    try {
      await Promise.all([ready(kari.session), ready(ola.session)]);
      // Every $batch takes a while: both ticks land together, both notifiers read Ingrid's row before either claims it.
      await emulator.admin.setFaults({ latencyMs: 400, pathPattern: '/\\$batch', applyTo: 'top' });
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      ola.session.dispatch({ kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' });
      await waitFor(async () => expect(await feedOf('ingrid')).toHaveLength(1));
      await Promise.all([settled(kari.session), settled(ola.session)]);
      await new Promise((resolve) => setTimeout(resolve, 500));
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
    const kari = openWithNotices(emulator, location, 'kari', project.projectKey, { clock: () => new Date(now) });
    try {
      await ready(kari.session);
      kari.session.dispatch({ kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' });
      await waitFor(async () => expect(await feedOf('ingrid')).toHaveLength(1));
      const [first] = await feedOf('ingrid');
      expect(first!.activityType).toBe('itemsOverdue');
      expect(first!.templateParameters).toMatchObject({ item: title(CHALLENGE), count: '2', overdue: `«${title(MANDATE)}»` });
      // The next notice (after the quiet time) does not name it again.
      now += 16 * 60_000;
      kari.session.dispatch({ kind: 'confirm', itemKey: 'forankring.ressurser-avsatt', side: 'kommune' });
      await waitFor(async () => expect(await feedOf('ingrid')).toHaveLength(2));
      const [second] = await feedOf('ingrid');
      expect(second!.activityType).toBe('itemsWaiting');
    } finally {
      kari.dispose();
    }
  });
});
