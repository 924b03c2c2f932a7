// The store's port for models: which model a project runs on. Built on ModelSource (the device first, then what the
// project open's own batch read of the coordination site), so a project needs no round trip of its own for its model.
import type { PhaseModel } from '../../model/types';
import type { CurrentModel } from './ModelRepository';
import type { ModelSource } from './ModelSource';

export interface ProjectModels {
  /** The published version if the device has it (no round trip); undefined for another model, an unknown version or only the built-in model. */
  known(modelId: string, version: string): PhaseModel | undefined;
  /** The newest valid published model known for this id (the built-in model until the site has answered). */
  newest(modelId: string): PhaseModel | undefined;
  /** The publishing sequence of that newest model, when it came from the site (so a load asks only for a newer one). */
  newestSequence(modelId: string): number | undefined;
  /** True once the coordination site's versions were read in this session: later opens need not read them again. */
  revalidated(): boolean;
  /** The index and newest version read inside a project open's batch. */
  absorb(current: CurrentModel): void;
  /** A published version read for a project (kept on the device for good). */
  remember(model: PhaseModel): void;
}

/** The app's one model id, served from its ModelSource (whose fallback is `builtIn`). */
export function projectModelsFrom(source: ModelSource, builtIn: PhaseModel): ProjectModels {
  const ours = (id: string): boolean => id === builtIn.id;
  const published = (model: PhaseModel | undefined): PhaseModel | undefined => (model === builtIn ? undefined : model);
  return {
    known: (id, version) => (ours(id) ? published(source.versionKnown(version)) : undefined),
    newest: (id) => (ours(id) ? source.snapshot().newest : undefined),
    newestSequence: (id) => (ours(id) ? source.snapshot().newestInfo?.sequence : undefined),
    revalidated: () => source.snapshot().revalidated,
    absorb: (current) => void source.absorb(current),
    remember: (model) => {
      if (ours(model.id)) source.rememberVersion(model);
    },
  };
}
