// Local mode: the coordination site gets the default model as its version 1, through the app's own ModelRepository,
// so the Verktøykasse, the editor and the upgrade path have a real first version to start from. Idempotent: a model
// that has any published version is left as it is.
import type { PhaseModel } from '../../src/model/types';
import type { SiteAddress } from '../../src/store/ChecklistStore';
import type { GraphConnection } from '../../src/store/graphClient/createGraphClient';
import { siteBaseOf } from '../../src/store/sharepoint/siteLists';
import { locateModelList, ModelRepository } from '../../src/store/model/ModelRepository';
import { seedTemplates, withTemplates } from './seedTemplates';

export interface SeedModelOptions {
  /** A coordinator of the site (write access): who published version 1. */
  graph: GraphConnection;
  coordinationSite: SiteAddress;
  model: PhaseModel;
  by: { id: string; name: string };
  at?: string;
}

/** Publishes `model` as version 1 unless the site has a published version already; says which it did. */
export async function seedModel(options: SeedModelOptions): Promise<'published' | 'present'> {
  const location = await locateModelList(options.graph, options.coordinationSite);
  const repository = new ModelRepository(options.graph, location, options.model.id);
  if ((await repository.index()).published.length > 0) return 'present';
  await repository.publish(options.model, {
    changeNote: 'Standardmodellen fra Helsefellesskap Innlandet (sak 08/23), første versjon.',
    by: options.by,
    at: options.at ?? new Date().toISOString(),
  });
  return 'published';
}

/**
 * The one call seedDemo makes: the template files in the site's "Maler" library, then version 1 (the model with
 * template entries for them) by the coordination site's owner, logged. A template failure leaves the model unseeded
 * of templates only.
 */
export async function seedCoordinatorModel(graph: GraphConnection, siteUrl: string, model: PhaseModel, owner: { objectId: string; displayName: string }, log: (line: string) => void): Promise<void> {
  let withFiles = model;
  try {
    const files = await seedTemplates(graph, siteBaseOf({ siteUrl }).replace(/^\/sites\//, ''));
    withFiles = withTemplates(model, files);
    log(`Uploaded ${Object.keys(files).length} template files to ${siteUrl}`);
  } catch (error) {
    log(`Could not seed template files: ${error instanceof Error ? error.message : String(error)}`);
  }
  const outcome = await seedModel({ graph, coordinationSite: { siteUrl }, model: withFiles, by: { id: owner.objectId, name: owner.displayName } });
  if (outcome === 'published') log(`Published ${model.id} ${model.version} in ${siteUrl}`);
}
