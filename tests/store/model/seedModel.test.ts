// Local mode's seeding of the model: version 1 once, through the app's own repository.
import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import type { TestEmulator } from '../../../testkit/emulator';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { provisionSite } from '../../../src/store/provisioning/provision';
import { seedModel } from '../../../scripts/lib/seedModel';
import { locateModelList, ModelRepository } from '../../../src/store/model/ModelRepository';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { kristin } from '../../../testkit/people';

let emulator: TestEmulator;
emulatorPerFile(async (started) => {
  emulator = started;
  await provisionSite(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id, { lists: 'portfolio' });
});

describe('seedModel', () => {
  it('publishes the default model as version 1 once, and leaves it alone on the next start', async () => {
    const coordinationSite = { siteUrl: emulator.sites.koordinering!.webUrl };
    const options = { graph: graphAs(emulator, 'kristin'), coordinationSite, model: DEFAULT_MODEL, by: kristin };
    expect(await seedModel(options)).toBe('published');
    expect(await seedModel(options)).toBe('present');
    const repository = new ModelRepository(graphAs(emulator, 'ingrid'), await locateModelList(graphAs(emulator, 'ingrid'), coordinationSite), DEFAULT_MODEL.id);
    const current = await repository.current();
    expect(current.index.published.map((v) => v.version)).toEqual(['1.0.0']);
    expect(current.newest?.model).toEqual(DEFAULT_MODEL);
  });
});
