// Issue 18, against the emulator over real HTTPS: a project moved to version 2.0.0 (a new requirement in Forankring,
// a phase it has left) writes its Portfolio row against 2.0.0. Oversikt's reader read every row against one model (the
// built-in 1.0.0), so the new requirement was "an unknown checklist item", the row "might be out of date", and its
// figures did not match the drill-down. Each row is now read against its project's version; the figures equal what
// the project itself computes, and a version read once costs no request again.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import { scaled } from '../../../testkit/timeouts';
import { emulatorWithProjectSite, intentOf, newProject, storeFor } from '../../../testkit/storeFixture';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { PhaseModel } from '../../../src/model/types';
import { summarizeProject } from '../../../src/domain/summary';
import { createModelCache } from '../../../src/store/model/ModelCache';
import { createModelSource } from '../../../src/store/model/ModelSource';
import { locateModelList, ModelRepository } from '../../../src/store/model/ModelRepository';
import { loadPortfolio } from '../../../src/store/portfolio/PortfolioReader';
import { fixedModels } from '../../../src/store/portfolio/rowModels';
import { modelsByVersion } from '../../../src/store/portfolio/modelsByVersion';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { deviceStore, KOORDINERING, publishTwoVersions } from '../../../testkit/publishedVersions';

let emulator: TestEmulator;
let location: ProjectLocation;
let v2: PhaseModel;
let added: string;
let projectKey: string;

/** Oversikt's model source on a coordinator's device that has seen no version yet: the app's own, over Graph. */
function coordinatorModels(cacheName = `oversikt-${randomUUID()}`) {
  const graph = graphAs(emulator, 'kristin');
  return createModelSource({
    modelId: DEFAULT_MODEL.id,
    fallback: DEFAULT_MODEL,
    cache: createModelCache(cacheName),
    repository: async () => new ModelRepository(graph, await locateModelList(graph, KOORDINERING), DEFAULT_MODEL.id),
  });
}

perFile(() => emulatorWithProjectSite({ coordination: true }), async (world) => {
  ({ emulator, location } = world);
  ({ v2, added } = await publishTwoVersions(emulator));
  // Kari's project: Forankring done on 1.0.0, now in Utforske; then she moves it to 2.0.0.
  const { store } = deviceStore(emulator, 'kari');
  const project = newProject({ modelVersion: '1.0.0', currentPhase: 'utforske' });
  projectKey = project.projectKey;
  await store.createProject(location, project, randomUUID());
  const here = await store.locate({ siteId: location.siteId });
  await store.loadProject(here, projectKey);
  for (const def of DEFAULT_MODEL.phases[0]!.checklist) {
    const ticks = def.requiresBothSides ? (['kommune', 'sykehus'] as const).map((side) => ({ user: side === 'kommune' ? 'kari' : 'ingrid', body: { kind: 'confirm' as const, itemKey: def.key, side } })) : [{ user: 'kari', body: { kind: 'setStatus' as const, itemKey: def.key, status: 'done' as const } }];
    for (const tick of ticks) await (tick.user === 'kari' ? store : deviceStore(emulator, 'ingrid').store).apply(here, intentOf(emulator, tick.user, projectKey, tick.body));
  }
  await store.apply(here, intentOf(emulator, 'kari', projectKey, { kind: 'updateProject', changes: { modelVersion: '2.0.0' } }));
}, { timeout: scaled(120_000) });

describe('Oversikt reads each Portfolio row against its project’s model version', () => {
  it('agrees with the project on every figure, with nothing unreadable and nothing out of date', async () => {
    const { store } = deviceStore(emulator, 'kari');
    const project = await store.loadProject(await store.locate({ siteId: location.siteId }), projectKey);
    expect(project.model?.model.version).toBe('2.0.0');
    const expected = summarizeProject(v2, project.state, []);
    expect(expected.missingInPassedPhases).toEqual([added]);

    const { rows } = await loadPortfolio(graphAs(emulator, 'kristin'), KOORDINERING, { models: coordinatorModels() });
    const row = rows.find((r) => r.projectKey === projectKey)!;
    expect(row.model.version).toBe('2.0.0');
    expect(row.anomalies).toEqual([]);
    expect(row.knownStale).toBeFalsy();
    expect(row.modelMissing).toBeUndefined();
    expect(row.progress.forankring).toBe(Math.round(expected.progress.forankring! * 100));
    expect(row.progress.forankring).toBeLessThan(100);
    expect(row.missingRequirements).toEqual([{ itemKey: added, phaseKey: 'forankring' }]);
    expect(row.missingCount).toBe(1);
    expect(row.openInCurrentPhase).toBe(expected.openInCurrentPhase);
    expect(row.openDualConfirmations).toBe(expected.openDualConfirmations);
  });

  it('read against a model without the new requirement (main read every row so) it was an unreadable value', async () => {
    const { rows } = await loadPortfolio(graphAs(emulator, 'kristin'), KOORDINERING, { models: fixedModels({ ...DEFAULT_MODEL, version: '2.0.0' }) });
    const row = rows.find((r) => r.projectKey === projectKey)!;
    expect(row.anomalies.map((a) => ({ kind: a.kind, column: a.column, value: a.value }))).toEqual([{ kind: 'unknownItem', column: 'MissingRequirements', value: added }]);
  });

  it('reads a version once per device: a second load asks for no model at all', async () => {
    const source = coordinatorModels('oversikt-device');
    await emulator.admin.resetStats();
    await loadPortfolio(graphAs(emulator, 'kristin'), KOORDINERING, { models: source });
    const cold = (await emulator.admin.stats()).total;
    await emulator.admin.resetStats();
    await loadPortfolio(graphAs(emulator, 'kristin'), KOORDINERING, { models: createModelSource({ modelId: DEFAULT_MODEL.id, fallback: DEFAULT_MODEL, cache: createModelCache('oversikt-device'), repository: () => Promise.reject(new Error('no request expected')) }) });
    const warm = (await emulator.admin.stats()).total;
    // Warm: locate + delta, nothing else. Cold adds locating the model list (the app's repository usually knows it
    // from the store) and reading version 2.0.0 once (1.0.0 is the app's own).
    console.info(`Oversikt load with one version the device lacks: cold ${cold} requests, warm ${warm}`);
    expect(warm).toBe(2);
    expect(cold).toBeGreaterThan(warm);
  });

  it('asks for a version nobody can read once, however many rows name it (Venter på meg read it once per row)', async () => {
    await emulator.admin.resetStats();
    const once = await modelsByVersion(['9.9.9'], coordinatorModels());
    const one = (await emulator.admin.stats()).total;
    await emulator.admin.resetStats();
    const many = await modelsByVersion(['9.9.9', undefined, '9.9.9', '9.9.9', '9.9.9'], coordinatorModels());
    const five = (await emulator.admin.stats()).total;
    expect(once.get('9.9.9')).toBeUndefined();
    expect([...many.keys()]).toEqual(['9.9.9']);
    expect(one).toBeGreaterThan(0);
    expect(five).toBe(one);
  });

  it('is not rewritten against another version by a store that cannot read the project’s (local mode’s start-up seeding)', async () => {
    // seedDemo opens every demo project on each start with a store that has no model port: it used to "heal" the
    // row with figures of the built-in model (Forankring 100 %, nothing missing) under ModelVersion 2.0.0.
    const seeder = storeFor(emulator, 'kari', { portfolioSite: KOORDINERING });
    const loaded = await seeder.loadProject(await seeder.locate({ siteId: location.siteId }), projectKey);
    expect(loaded.model?.missing?.version).toBe('2.0.0');
    const { rows } = await loadPortfolio(graphAs(emulator, 'kristin'), KOORDINERING, { models: fixedModels(DEFAULT_MODEL, v2) });
    const row = rows.find((r) => r.projectKey === projectKey)!;
    expect((row.summary as { modelVersion?: string }).modelVersion).toBe('2.0.0');
    expect(row.missingRequirements.map((m) => m.itemKey)).toEqual([added]);
    expect(row.knownStale).toBeFalsy();
  });

  it('says which version a row could not be read against, and keeps its figures as written', async () => {
    const { rows } = await loadPortfolio(graphAs(emulator, 'kristin'), KOORDINERING, { models: fixedModels(DEFAULT_MODEL) });
    const row = rows.find((r) => r.projectKey === projectKey)!;
    expect(row.modelMissing).toBe('2.0.0');
    expect(row.model.version).toBe('1.0.0');
    // Not flagged as unreadable or stale for what another version cannot judge; the figures are the row's own.
    expect(row.anomalies).toEqual([]);
    expect(row.knownStale).toBeFalsy();
    expect(row.missingCount).toBe(1);
  });
});
