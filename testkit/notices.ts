// "Venter på deg" against the emulator: a project in a team with registered participants, and a person's session
// with its notifier, as the composition root wires them (src/ui/shell/services.ts), on a connection of its own.
import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import { DEFAULT_MODEL } from '../src/model/defaultModel';
import type { ProjectLocation, ProjectSession } from '../src/store/ChecklistStore';
import { createProjectSession, manualOnlineSignal, MemoryIntentQueue } from '../src/store/sync';
import type { ManualOnlineSignal } from '../src/store/sync';
import { startWaitingNotifier } from '../src/store/notify/waitingNotifier';
import type { WaitingNotifier, WaitingNotifierOptions } from '../src/store/notify/waitingNotifier';
import { projectLink } from '../src/domain/projectLinks';
import { DEFAULT_WAITING_LIMIT_DAYS } from '../src/domain/evidence';
import type { ProjectInfo } from '../src/domain/types';
import type { TestEmulator } from './emulator';
import { actorFor, connect, newProject, storeFor } from './storeFixture';
import { until } from './sessionWaits';
import { scaled } from './timeouts';

export const TEAMS_APP_ID = '00000000-0000-4000-8000-000000000001';
export const CHANNEL_ID = '19:lungepasienter@thread.tacv2';

/** A project in /sites/lungepasienter's team and channel, with `registered` in its Participants list (side from the directory). */
export async function projectWithParticipants(emulator: TestEmulator, location: ProjectLocation, registered: string[], overrides: Partial<ProjectInfo> = {}): Promise<ProjectInfo> {
  const project = newProject({ teamGroupId: emulator.sites['lungepasienter']!.groupId, channelId: CHANNEL_ID, ...overrides });
  await storeFor(emulator, 'kari').createProject(location, project, randomUUID());
  for (const userId of registered) {
    const user = emulator.users[userId]!;
    if (user.side === 'none') throw new Error(`${userId} has no side`);
    await storeFor(emulator, userId).saveParticipant(location, {
      projectKey: project.projectKey,
      person: { id: user.objectId, name: user.displayName, email: user.mail },
      organisation: user.organisation,
      side: user.side,
      confirmedAt: '2025-01-06T08:00:00.000Z',
    });
  }
  return project;
}

export interface NoticeSession {
  session: ProjectSession;
  notifier: WaitingNotifier;
  /** The session's and the notifier's network (one device). */
  online: ManualOnlineSignal;
  dispose(): void;
}

/** `userId`'s session of the project and its notifier, each on its own connection (as services.ts builds them); one device, one clock. */
export function openWithNotices(emulator: TestEmulator, location: ProjectLocation, userId: string, projectKey: string, extra: Partial<WaitingNotifierOptions> = {}): NoticeSession {
  const online = manualOnlineSignal(true);
  const actor = actorFor(emulator, userId);
  const session = createProjectSession({
    store: storeFor(emulator, userId),
    location,
    projectKey,
    actor,
    model: DEFAULT_MODEL,
    queue: new MemoryIntentQueue(),
    pollIntervalMs: null,
    backoff: { baseMs: 5, capMs: 40 },
    online,
    ...(extra.clock ? { clock: extra.clock } : {}),
  });
  const notifier = startWaitingNotifier({
    graph: connect(emulator, userId).graph,
    location,
    session,
    me: actor,
    model: DEFAULT_MODEL,
    link: (target) => projectLink({ appBaseUrl: 'https://felles-modell.example.org', teamsAppId: TEAMS_APP_ID }, target),
    limitDays: (project) => project.waitingLimitDays ?? DEFAULT_WAITING_LIMIT_DAYS,
    backoff: { baseMs: 5, capMs: 40 },
    online,
    ...extra,
  });
  return {
    session,
    notifier,
    online,
    dispose() {
      notifier.dispose();
      session.dispose();
    },
  };
}

/** Loaded from Graph (not the device's copy) and nothing pending: the session a notifier watches has settled. */
export const loaded = (session: ProjectSession) => until(session, (s) => s.status === 'ready' && !s.fromCache && s.pending.length === 0);

/** Waits until `check` passes (a notice is sent in the background, after the tick). */
export const eventually = <T>(check: () => Promise<T> | T) => vi.waitFor(check, { timeout: scaled(15_000), interval: 50 });

/** `userId`'s session and notifier on the project, loaded, for `work`; both disposed after, whatever happens. */
export async function inSession(
  emulator: TestEmulator,
  location: ProjectLocation,
  userId: string,
  projectKey: string,
  work: (opened: NoticeSession) => Promise<void>,
  extra: Partial<WaitingNotifierOptions> = {},
): Promise<void> {
  const opened = openWithNotices(emulator, location, userId, projectKey, extra);
  try {
    await loaded(opened.session);
    await work(opened);
  } finally {
    opened.dispose();
  }
}
