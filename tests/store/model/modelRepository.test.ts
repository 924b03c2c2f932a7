// The model's versions in the coordination site, against the emulator over real HTTPS: publish, drafts, two
// coordinators at once, a row broken by hand in SharePoint.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../../testkit/emulator';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { provisionSite } from '../../../src/store/provisioning/provision';
import { locateModelList, ModelConflictError, ModelRejectedError, ModelRepository } from '../../../src/store/model/ModelRepository';
import type { ModelListLocation } from '../../../src/store/model/modelReads';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { PhaseModel } from '../../../src/model/types';
import { StoreError } from '../../../src/store/ChecklistStore';
import { jsonColumns, MODEL_JSON_CHUNK } from '../../../src/store/model/modelRow';
import { kristin, per } from '../../../testkit/people';

const KOORDINERING = { siteUrl: 'https://innlandet.sharepoint.com/sites/koordinering' };
const at = '2026-01-05T10:00:00.000Z';

let emulator: TestEmulator;
let location: ModelListLocation;

/** A fresh model id per test, so tests share one list without seeing each other's versions. */
let counter = 0;
function freshModel(): PhaseModel {
  counter += 1;
  return { ...structuredClone(DEFAULT_MODEL), id: `test-model-${counter}` };
}

const repoAs = (user: string, modelId: string): ModelRepository => new ModelRepository(graphAs(emulator, user), location, modelId);

async function publishedV1(model: PhaseModel): Promise<void> {
  await repoAs('kristin', model.id).publish(model, { changeNote: 'Første versjon', by: kristin, at });
}

/** What an error rejects with, for asserting on its class and words. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('it did not fail');
}

emulatorPerFile(async (started) => {
  emulator = started;
  await provisionSite(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id, { lists: 'portfolio' });
  location = await locateModelList(graphAs(emulator, 'kari'), KOORDINERING);
});

describe('ModelRepository', () => {
  it('publishes version 1 and reads it back whole, in one round trip, as any member of the site', async () => {
    const model = freshModel();
    await publishedV1(model);
    const reader = graphAs(emulator, 'kari');
    const current = await new ModelRepository(reader, location, model.id).current();
    expect(reader.traffic.snapshot().roundTrips).toBe(1);
    // The model's size on the wire, for the report: the whole default model, every column.
    console.info(`model read: ${reader.traffic.snapshot().bytesReceived} bytes in ${reader.traffic.snapshot().roundTrips} round trip`);
    expect(current.rejected).toEqual([]);
    expect(current.newest?.version).toBe('1.0.0');
    expect(current.newest?.model).toEqual({ ...model, version: '1.0.0' });
    expect(current.index.published.map((v) => [v.version, v.sequence, v.changeNote, v.publishedBy])).toEqual([['1.0.0', 1, 'Første versjon', 'Kristin Berg']]);
  });

  it('keeps every version readable and says which replaced which', async () => {
    const model = freshModel();
    await publishedV1(model);
    const repo = repoAs('kristin', model.id);
    const v1 = (await repo.current()).newest!;
    const changed = structuredClone(v1.model);
    changed.phases[0]!.checklist[0]!.guidance = { nb: 'Slik', nn: 'Slik', en: 'Like this' };
    await repo.publish(changed, { changeNote: 'Veiledning', basedOn: v1, by: kristin, at });
    const current = await repo.current();
    expect(current.newest?.version).toBe('2.0.0');
    expect(current.newest?.model.phases[0]!.checklist[0]!.guidance?.en).toBe('Like this');
    const old = await repo.version('1.0.0');
    expect(old?.ok && old.model.phases[0]!.checklist[0]!.guidance).toEqual(v1.model.phases[0]!.checklist[0]!.guidance);
    expect(old?.supersededBy).toBe('2.0.0');
  });

  it('lets only one of two coordinators publishing from the same version win, even without a unique column', async () => {
    await emulator.admin.setSettings({ enforceUniqueColumns: false });
    const model = freshModel();
    await publishedV1(model);
    const [first, second] = [repoAs('kristin', model.id), repoAs('per', model.id)];
    const [v1a, v1b] = [(await first.current()).newest!, (await second.current()).newest!];
    const mine = structuredClone(v1a.model);
    mine.phases[0]!.purpose.nb = 'Kristins formål';
    const theirs = structuredClone(v1b.model);
    theirs.phases[0]!.purpose.nb = 'Pers formål';
    await first.publish(mine, { changeNote: 'Kristin', basedOn: v1a, by: kristin, at });
    const error = await failureOf(second.publish(theirs, { changeNote: 'Per', basedOn: v1b, by: per, at }));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('conflict');
    expect((error as StoreError).message).toContain('Version 1.0.0 is no longer the newest');
    expect(error).toMatchObject({ reason: 'newerPublished', version: '1.0.0' });
    expect(error).toBeInstanceOf(ModelConflictError);
    const current = await second.current();
    expect(current.index.published.map((v) => v.version)).toEqual(['1.0.0', '2.0.0']);
    expect(current.newest?.model.phases[0]!.purpose.nb).toBe('Kristins formål');
  });

  it('refuses to save a draft over a colleague\'s newer save, and keeps theirs', async () => {
    const model = freshModel();
    await publishedV1(model);
    const basedOn = (await repoAs('kristin', model.id).current()).newest!;
    const created = await repoAs('kristin', model.id).saveDraft(basedOn.model, { basedOn, by: kristin, at });
    const draftA = structuredClone(basedOn.model);
    draftA.phases[1]!.purpose.nb = 'A';
    const draftB = structuredClone(basedOn.model);
    draftB.phases[1]!.purpose.nb = 'B';
    const saved = await repoAs('per', model.id).saveDraft(draftB, { draft: created, basedOn, by: per, at });
    expect(saved.etag).not.toBe(created.etag);
    const error = await failureOf(repoAs('kristin', model.id).saveDraft(draftA, { draft: created, basedOn, by: kristin, at }));
    expect((error as StoreError).code).toBe('conflict');
    expect((error as StoreError).message).toContain('The draft was changed by someone else');
    expect(error).toMatchObject({ reason: 'draftChanged' });
    const draft = await repoAs('kristin', model.id).version('draft');
    expect(draft?.ok && draft.model.phases[1]!.purpose.nb).toBe('B');
    expect(draft?.publishedBy).toBe('Per Olsen');
  });

  it('keeps using the last valid version when the newest is broken by hand in SharePoint, and says what is wrong', async () => {
    const model = freshModel();
    await publishedV1(model);
    const repo = repoAs('kristin', model.id);
    const v1 = (await repo.current()).newest!;
    const { published } = await repo.publish(v1.model, { changeNote: 'v2', basedOn: v1, by: kristin, at });
    // A coordinator edits the JSON in SharePoint: a javascript: link and a cut-off column.
    const broken = structuredClone({ ...v1.model, version: '2.0.0' });
    broken.phases[0]!.toolbox[0]!.url = 'javascript:alert(1)';
    const path = `/sites/${location.siteId}/lists/${location.listId}/items/${published.itemId}/fields`;
    // The JSON is split over the columns as the app writes it (the default model with its texts fills more than one).
    expect((await emulator.graph('kristin', 'PATCH', path, jsonColumns(broken as PhaseModel))).status).toBe(200);
    let current = await repoAs('kari', model.id).current();
    expect(current.newest?.version).toBe('1.0.0');
    expect(current.rejected.map((r) => [r.version, r.problems.map((p) => [p.code, p.at, p.path, p.message])])).toEqual([['2.0.0', [['notHttps', ['phases', 0, 'toolbox', 0, 'url'], 'phases[0].toolbox[0].url', 'must be an https:// URL (not http:, javascript: or data:)']]]]);
    // Named as the broken row names them, so the coordinator's screen can say where without the model.
    expect(current.rejected[0]?.problems[0]).toMatchObject({ phase: { index: 0, key: broken.phases[0]!.key, label: broken.phases[0]!.label }, part: { index: 0, key: broken.phases[0]!.toolbox[0]!.key } });
    expect((await emulator.graph('kristin', 'PATCH', path, { ModelJson1: '{"id":"cut off' })).status).toBe(200);
    current = await repoAs('kari', model.id).current();
    expect(current.newest?.version).toBe('1.0.0');
    expect(current.rejected[0]?.problems[0]).toMatchObject({ code: 'unreadable', at: [] });
    expect(current.rejected[0]?.problems[0]?.message).toMatch(/cannot be read/);
  });

  it('refuses an invalid model or change note before sending anything, naming the field', async () => {
    const model = freshModel();
    const repo = repoAs('kristin', model.id);
    const bad = structuredClone(model);
    bad.phases[0]!.toolbox[0]!.url = 'http://www.ks.no/';
    const graph = graphAs(emulator, 'kristin');
    const counted = new ModelRepository(graph, location, model.id);
    const error = await failureOf(counted.publish(bad, { changeNote: 'x', by: kristin, at }));
    expect(error).toBeInstanceOf(ModelRejectedError);
    expect((error as ModelRejectedError).problems.map((p) => p.path)).toEqual(['phases[0].toolbox[0].url']);
    expect(graph.traffic.snapshot().roundTrips).toBe(0);
    const note = await failureOf(repo.publish(model, { changeNote: '  ', by: kristin, at }));
    expect((note as ModelRejectedError).problems).toMatchObject([{ code: 'blank', at: ['changeNote'], path: 'changeNote' }]);
    expect((await repo.index()).published).toEqual([]);
  });

  it('stores a model larger than one SharePoint column across the JSON columns', async () => {
    const model = freshModel();
    const long = 'Lang veiledning. '.repeat(80);
    for (const phase of model.phases) for (const item of phase.checklist) item.guidance = { nb: long, nn: long, en: long };
    expect(JSON.stringify(model).length).toBeGreaterThan(2 * MODEL_JSON_CHUNK);
    await publishedV1(model);
    const current = await repoAs('ingrid', model.id).current();
    expect(current.newest?.model.phases[5]!.checklist[0]!.guidance?.nb).toBe(long);
  });

  it('refuses a model too large for the columns, saying how large it is', async () => {
    const model = freshModel();
    const long = 'Lang veiledning. '.repeat(170);
    for (const phase of model.phases) for (const item of phase.checklist) item.guidance = { nb: long, nn: long, en: long };
    const error = await failureOf(repoAs('kristin', model.id).publish(model, { changeNote: 'stor', by: kristin, at }));
    expect((error as ModelRejectedError).problems[0]).toMatchObject({ code: 'modelTooLarge', at: [], path: '(model)', data: { max: 240000 } });
    expect((error as ModelRejectedError).problems[0]?.message).toMatch(/^the model is \d+ characters; at most 240000 fit/);
  });
});
