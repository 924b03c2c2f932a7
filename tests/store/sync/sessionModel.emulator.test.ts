// A session follows the model version its project records, against the emulator over HTTPS: the snapshot carries
// that model; a warm open paints the cached state on its own version before any round trip; an upgrade (own, or a
// colleague's seen in a poll) switches the model; what the old version lacks is refused before it is queued.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import type { TestEmulator } from '../../../testkit/emulator';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { PhaseModel } from '../../../src/model/types';
import { StoreError } from '../../../src/store/ChecklistStore';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import type { ModelCache } from '../../../src/store/model/ModelCache';
import { createProjectSession, IndexedDbIntentQueue, IndexedDbStateCache, manualOnlineSignal } from '../../../src/store/sync';
import { actorFor, emulatorWithProjectSite, newProject } from '../../../testkit/storeFixture';
import { settled, until } from '../../../testkit/sessionWaits';
import { deviceStore, publishTwoVersions } from '../../../testkit/publishedVersions';
import { sessionsDisposedAfterEach } from '../../../testkit/sessionHooks';

let emulator: TestEmulator;
let location: ProjectLocation;
let v1: PhaseModel;
let v2: PhaseModel;
let added: string;

perFile(() => emulatorWithProjectSite({ coordination: true }), async (world) => {
  ({ emulator, location } = world);
  ({ v1, v2, added } = await publishTwoVersions(emulator));
});
const sessions = sessionsDisposedAfterEach();

/**
 * A session as `user` on a device (its model cache and its IndexedDB `databaseName`), as the app's services make it:
 * the site located first (on a warm device the app has it, and the coordination site's lists, remembered).
 */
async function open(user: string, projectKey: string, databaseName: string, cache?: ModelCache) {
  const device = deviceStore(emulator, user, cache);
  await device.store.locate({ siteId: location.siteId });
  const session = createProjectSession({
    store: device.store,
    location,
    projectKey,
    actor: actorFor(emulator, user),
    model: DEFAULT_MODEL,
    knownModel: (project) => device.models.known(project.modelId, project.modelVersion),
    queue: new IndexedDbIntentQueue({ databaseName }),
    cache: new IndexedDbStateCache({ databaseName }),
    online: manualOnlineSignal(true),
    pollIntervalMs: null,
  });
  sessions.push(session);
  return { session, device };
}

async function projectOnV1(): Promise<string> {
  const project = newProject({ modelVersion: '1.0.0' });
  const { store } = deviceStore(emulator, 'kari');
  await store.locate({ siteId: location.siteId });
  await store.createProject(location, project, randomUUID());
  return project.projectKey;
}

describe('a session on a project’s model version', () => {
  it('runs on the recorded version, switches with its own upgrade, and a colleague’s poll switches theirs', async () => {
    const projectKey = await projectOnV1();
    const kari = await open('kari', projectKey, `kari-${randomUUID()}`);
    const ingrid = await open('ingrid', projectKey, `ingrid-${randomUUID()}`);
    expect((await until(kari.session, (s) => s.status === 'ready' && !s.fromCache)).model).toEqual({ model: v1 });
    await until(ingrid.session, (s) => s.model !== undefined);

    // On 1.0.0 the new requirement does not exist: refused before it is queued.
    expect(() => kari.session.dispatch({ kind: 'setStatus', itemKey: added, status: 'done' })).toThrow(StoreError);

    kari.session.dispatch({ kind: 'updateProject', changes: { modelVersion: '2.0.0' } });
    expect((await settled(kari.session)).model).toEqual({ model: v2 });
    kari.session.dispatch({ kind: 'setStatus', itemKey: added, status: 'done' });
    await settled(kari.session);

    await ingrid.session.refresh();
    const seen = await until(ingrid.session, (s) => s.state?.project.modelVersion === '2.0.0');
    expect(seen.model).toEqual({ model: v2 });
    expect(seen.state?.items[added]?.status).toBe('done');
  });

  it('paints a warm open on the cached state’s own version before any round trip', async () => {
    const projectKey = await projectOnV1();
    const databaseName = `kari-${randomUUID()}`;
    const first = await open('kari', projectKey, databaseName);
    await until(first.session, (s) => s.status === 'ready' && !s.fromCache && s.model !== undefined);
    first.session.dispose();

    const again = await open('kari', projectKey, databaseName, first.device.cache);
    // The paint comes before the load's answer: the model is the device's copy of the recorded version.
    const painted = await until(again.session, (s) => s.fromCache);
    expect(painted.model).toEqual({ model: v1 });
  });
});
