// Set-up shared by the tests of projects on model versions: version 1 (the default model with one guidance text
// changed, so a test can tell it from the built-in model) and version 2 (a new requirement in 0-fase, one retired),
// published by Kristin in the coordination site; and a device whose store reads models per project.
import { connect, storeFor } from './storeFixture';
import type { TestEmulator } from './emulator';
import { DEFAULT_MODEL } from '../src/model/defaultModel';
import { addRequirement, retireRequirement, updateRequirement } from '../src/model/editModel';
import type { PhaseModel } from '../src/model/types';
import { locateModelList, ModelRepository } from '../src/store/model/ModelRepository';
import { createModelCache } from '../src/store/model/ModelCache';
import type { ModelCache } from '../src/store/model/ModelCache';
import { createModelSource } from '../src/store/model/ModelSource';
import { projectModelsFrom } from '../src/store/model/projectModels';
import { kristin } from './people';

export const KOORDINERING = { siteUrl: 'https://innlandet.sharepoint.com/sites/koordinering' };
export const RETIRED = 'forankring.interessentanalyse';

export interface PublishedVersions {
  v1: PhaseModel;
  v2: PhaseModel;
  /** The key of the requirement version 2 adds to 0-fase. */
  added: string;
}

export async function publishTwoVersions(emulator: TestEmulator): Promise<PublishedVersions> {
  const graph = connect(emulator, 'kristin').graph;
  const repository = new ModelRepository(graph, await locateModelList(graph, KOORDINERING), DEFAULT_MODEL.id);
  const by = kristin;
  const first = updateRequirement(DEFAULT_MODEL, 'forankring.mandat-godkjent', { guidance: { nb: 'Publisert v1', nn: 'Publisert v1', en: 'Published v1' } });
  const one = await repository.publish(first, { changeNote: 'Første versjon', by, at: '2026-01-05T10:00:00.000Z' });
  const v1 = { ...first, version: '1.0.0' };
  const next = addRequirement(retireRequirement(v1, RETIRED), 'forankring', { nb: 'Ny test i 0-fase', nn: 'Ny test i 0-fase', en: 'New test in phase 0' }, false);
  await repository.publish(next.model, { changeNote: 'Nytt krav, ett utgått', basedOn: one.published, by, at: '2026-02-05T10:00:00.000Z' });
  return { v1, v2: { ...next.model, version: '2.0.0' }, added: next.key };
}

let devices = 0;

/** A device: its own model cache (pass it again for the next session on that device) and a store reading models per project. */
export function deviceStore(emulator: TestEmulator, user: string, cache: ModelCache = createModelCache(`device-${(devices += 1)}`)) {
  const source = createModelSource({ modelId: DEFAULT_MODEL.id, fallback: DEFAULT_MODEL, cache, repository: () => Promise.reject(new Error('the store reads the model itself')) });
  const models = projectModelsFrom(source, DEFAULT_MODEL);
  const store = storeFor(emulator, user, { portfolioSite: KOORDINERING, models });
  return { store, source, models, cache, traffic: () => store.connection.graph.traffic.snapshot() };
}
