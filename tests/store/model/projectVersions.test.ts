// Each project runs on the model version it records, against the emulator over real HTTPS: the model is read in the
// batches the open makes anyway (counted with admin.stats()), a move to a newer version is written against it and
// followed by a colleague's poll, and a version that cannot be read never breaks a project.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import { emulatorWithProjectSite, intentOf, newProject } from '../../../testkit/storeFixture';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { StoreError } from '../../../src/store/ChecklistStore';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { PhaseModel } from '../../../src/model/types';
import type { ModelCache } from '../../../src/store/model/ModelCache';
import { deviceStore, publishTwoVersions } from '../../../testkit/publishedVersions';
import { expectDerivedRowsTrue } from '../../../testkit/derivedRowsCheck';

let emulator: TestEmulator;
let location: ProjectLocation;
let v1: PhaseModel;
let v2: PhaseModel;
let added: string;

const open = (user: string, cache?: ModelCache) => deviceStore(emulator, user, cache);

/** A project on `version`, created and opened once (its Portfolio row healed), so later opens only read. */
async function projectOn(version: string): Promise<string> {
  const project = newProject({ modelVersion: version });
  const { store } = open('kari');
  await store.createProject(location, project, randomUUID());
  await store.loadProject(await store.locate({ siteId: location.siteId }), project.projectKey);
  return project.projectKey;
}

const topLevel = async (): Promise<number> => (await emulator.admin.stats()).topLevel;

perFile(() => emulatorWithProjectSite({ coordination: true }), async (world) => {
  ({ emulator, location } = world);
  ({ v1, v2, added } = await publishTwoVersions(emulator));
});
beforeEach(() => emulator.admin.resetStats());

describe('a project follows the model version it records', () => {
  it('opens cold in two round trips (locate, load) with the model read inside them, on the newest version', async () => {
    const projectKey = await projectOn('2.0.0');
    const device = open('ingrid');
    await emulator.admin.resetStats();
    const loaded = await device.store.loadProject(await device.store.locate({ siteId: location.siteId }), projectKey);
    expect(await topLevel()).toBe(2);
    expect(device.traffic().roundTrips).toBe(2);
    console.info(`cold open, model included: ${device.traffic().roundTrips} round trips, ${device.traffic().bytesReceived} bytes received`);
    expect(loaded.model).toEqual({ model: v2 });
    // The Verktøykasse and the upgrade notice see what the load read, without a request of their own.
    expect(device.source.snapshot()).toMatchObject({ revalidated: true, newest: v2, newestInfo: { version: '2.0.0', changeNote: 'Nytt krav, ett utgått' } });
    expect(device.source.snapshot().published.map((info) => info.version)).toEqual(['1.0.0', '2.0.0']);
  });

  it('runs a project on an older version on that version: nothing of the newer one shows or can be written', async () => {
    const projectKey = await projectOn('1.0.0');
    const { store } = open('kari');
    const loaded = await store.loadProject(await store.locate({ siteId: location.siteId }), projectKey);
    expect(loaded.model).toEqual({ model: v1 });
    expect(store.projectModel(projectKey)?.model.version).toBe('1.0.0');
    const refused = await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: added, status: 'done' })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).code).toBe('invalidInput');
  });

  it('reads an older version in a third round trip only on a device that neither has it nor knew the project was on it', async () => {
    const projectKey = await projectOn('1.0.0');
    const cold = open('ingrid');
    await emulator.admin.resetStats();
    await cold.store.loadProject(await cold.store.locate({ siteId: location.siteId }), projectKey);
    expect(await topLevel()).toBe(3);

    // The device's cached state says 1.0.0 (the session passes it): the version rides in the load batch.
    const hinted = open('ingrid');
    await emulator.admin.resetStats();
    const loaded = await hinted.store.loadProject(await hinted.store.locate({ siteId: location.siteId }), projectKey, { modelVersion: '1.0.0' });
    expect(await topLevel()).toBe(2);
    expect(loaded.model).toEqual({ model: v1 });

    // Published versions never change: the next session on that device reads neither them nor the newest again.
    const warm = open('ingrid', hinted.cache);
    const warmLocation = await warm.store.locate({ siteId: location.siteId });
    const before = warm.traffic();
    await emulator.admin.resetStats();
    expect((await warm.store.loadProject(warmLocation, projectKey)).model).toEqual({ model: v1 });
    expect(await topLevel()).toBe(1);
    console.info(`load on a warm device, model revalidated: ${warm.traffic().bytesReceived - before.bytesReceived} bytes received; cold: ${hinted.traffic().bytesReceived} in 2 round trips`);
  });

  it('moves to the newer version with the upgrade intent, and a colleague’s poll follows', async () => {
    const projectKey = await projectOn('1.0.0');
    const kari = open('kari');
    const ingrid = open('ingrid');
    await kari.store.loadProject(await kari.store.locate({ siteId: location.siteId }), projectKey);
    const seen = await ingrid.store.loadProject(await ingrid.store.locate({ siteId: location.siteId }), projectKey);
    expect(seen.model?.model.version).toBe('1.0.0');

    await kari.store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'updateProject', changes: { modelVersion: '2.0.0' } }));
    expect(kari.store.projectModel(projectKey)).toEqual({ model: v2 });
    const ticked = await kari.store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: added, status: 'done' }));
    expect(ticked.items[added]?.status).toBe('done');
    // The Portfolio row (the one derived row a tick writes) is the summary under version 2, new requirement included.
    await expectDerivedRowsTrue(emulator, location, projectKey, v2);

    const polled = await ingrid.store.pollChanges(location, projectKey, seen.cursor);
    expect(polled.state.project.modelVersion).toBe('2.0.0');
    expect(polled.model).toEqual({ model: v2 });
    expect(polled.state.items[added]?.status).toBe('done');
    expect(polled.state.anomalies).toEqual([]);
  });

  it('refuses to move a project to a version that cannot be read', async () => {
    const projectKey = await projectOn('1.0.0');
    const { store } = open('kari');
    await store.loadProject(await store.locate({ siteId: location.siteId }), projectKey);
    const refused = await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'updateProject', changes: { modelVersion: '7.0.0' } })).catch((error: unknown) => error);
    expect((refused as StoreError).code).toBe('invalidInput');
    expect(store.projectModel(projectKey)?.model.version).toBe('1.0.0');
  });

  it('runs a project whose version cannot be read on the newest valid one, says so, and writes no item a newer model may add', async () => {
    const ahead = await projectOn('9.0.0');
    const behind = await projectOn('0.5.0');
    const { store } = open('kari');
    const at = await store.locate({ siteId: location.siteId });
    // Newer than anything known: the newest valid model's keys are all in it (keys are never deleted), so work goes on.
    expect((await store.loadProject(at, ahead)).model).toEqual({ model: v2, missing: { modelId: DEFAULT_MODEL.id, version: '9.0.0' } });
    await store.apply(location, intentOf(emulator, 'kari', ahead, { kind: 'setStatus', itemKey: 'forankring.mandat-godkjent', status: 'done' }));
    // Older than the model shown: an item key may be one that version lacks, so only the move itself is written.
    expect((await store.loadProject(at, behind)).model).toEqual({ model: v2, missing: { modelId: DEFAULT_MODEL.id, version: '0.5.0' } });
    const refused = await store.apply(location, intentOf(emulator, 'kari', behind, { kind: 'setStatus', itemKey: 'forankring.mandat-godkjent', status: 'done' })).catch((error: unknown) => error);
    expect((refused as StoreError).code).toBe('invalidInput');
    await store.apply(location, intentOf(emulator, 'kari', behind, { kind: 'updateProject', changes: { modelVersion: '2.0.0' } }));
    expect(store.projectModel(behind)).toEqual({ model: v2 });
  });
});
