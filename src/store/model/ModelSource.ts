// Where the app gets its model: the device first (paints at once), then the coordination site (revalidates). A
// version that cannot be read or is broken never replaces a good one: the app keeps the last valid model and
// coordinators are told what is wrong.
import type { PhaseModel } from '../../model/types';
import type { CurrentModel, ModelRepository } from './ModelRepository';
import type { ModelCache } from './ModelCache';
import type { ModelVersionInfo, ModelVersionRecord } from './modelRow';

export interface ModelSnapshot {
  /** The newest published valid model (or the built-in default until one is known). */
  newest: PhaseModel;
  newestInfo?: ModelVersionInfo;
  /** Published versions, oldest first, as last read. */
  published: ModelVersionInfo[];
  /** Broken published rows newer than `newest`, for coordinators. */
  rejected: (ModelVersionRecord & { ok: false })[];
  /** True once the coordination site has answered in this session. */
  revalidated: boolean;
}

export interface ModelSource {
  snapshot(): ModelSnapshot;
  subscribe(listener: (snapshot: ModelSnapshot) => void): () => void;
  /** Reads the coordination site (one round trip) and updates the snapshot; failures keep the snapshot as it is. */
  refresh(): Promise<ModelSnapshot>;
  /** A version a project follows: from the device, else one request; undefined when it does not exist or is broken. */
  version(version: string): Promise<PhaseModel | undefined>;
  /** The version if the device already has it (no round trip). */
  versionKnown(version: string): PhaseModel | undefined;
  /** What a batch sent anyway (the project open's) read of the site: taken as a refresh would take it. */
  absorb(current: CurrentModel): ModelSnapshot;
  /** A published version read elsewhere: kept on the device for good (published versions never change). */
  rememberVersion(model: PhaseModel): void;
}

export function createModelSource(options: { modelId: string; fallback: PhaseModel; cache: ModelCache; repository: () => Promise<ModelRepository> }): ModelSource {
  const { modelId, fallback, cache } = options;
  const cached = cache.read(modelId);
  let snapshot: ModelSnapshot = {
    newest: cached.newest?.model ?? fallback,
    ...(cached.newest ? { newestInfo: cached.newest.info } : {}),
    published: [],
    rejected: [],
    revalidated: false,
  };
  const listeners = new Set<(snapshot: ModelSnapshot) => void>();
  const publish = (next: ModelSnapshot): ModelSnapshot => {
    snapshot = next;
    for (const listener of listeners) listener(snapshot);
    return snapshot;
  };
  const apply = (current: CurrentModel): ModelSnapshot => {
    if (current.newest) cache.rememberNewest(current.newest, current.newest.model);
    return publish({
      newest: current.newest?.model ?? snapshot.newest,
      ...(current.newest ? { newestInfo: current.newest } : snapshot.newestInfo ? { newestInfo: snapshot.newestInfo } : {}),
      published: current.index.published,
      rejected: current.rejected,
      revalidated: true,
    });
  };
  // Published versions first: the built-in model may share a version number with a published one that differs.
  const versionKnown = (version: string): PhaseModel | undefined => {
    if (snapshot.newest.version === version) return snapshot.newest;
    return cache.read(modelId).versions[version] ?? (fallback.version === version ? fallback : undefined);
  };
  return {
    snapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      try {
        return apply(await (await options.repository()).current());
      } catch {
        return snapshot;
      }
    },
    versionKnown,
    absorb: apply,
    rememberVersion: (model) => cache.rememberVersion(model),
    async version(version) {
      const known = versionKnown(version);
      if (known) return known;
      const record = await (await options.repository()).version(version);
      if (!record?.ok) return undefined;
      cache.rememberVersion(record.model);
      return record.model;
    },
  };
}
