// The model on the device, per account: a warm open paints with it before any round trip, and a project on an older
// version needs no fetch to show it. What comes out is validated again (storage can be edited like anything else).
import { checkPhaseModel } from '../../model/schema';
import type { PhaseModel } from '../../model/types';
import type { ModelVersionInfo } from './modelRow';

export interface CachedModels {
  /** The newest published version as last read, with its facts (for the upgrade banner and If-Match). */
  newest?: { info: ModelVersionInfo; model: PhaseModel };
  /** Versions by name, the newest and the ones projects on this device follow. */
  versions: Record<string, PhaseModel>;
}

export interface ModelCache {
  read(modelId: string): CachedModels;
  rememberNewest(info: ModelVersionInfo, model: PhaseModel): void;
  rememberVersion(model: PhaseModel): void;
}

/** Versions kept beside the newest; the oldest are dropped first. */
const KEPT_VERSIONS = 4;

const valid = (model: unknown): PhaseModel | undefined => {
  const check = checkPhaseModel(model);
  return check.ok ? check.model : undefined;
};

/** In `localStorage` under one key per database name and model; in memory where there is none. */
export function createModelCache(name: string, storage: Storage | undefined = globalThis.localStorage): ModelCache {
  const memory = new Map<string, string>();
  const keyOf = (modelId: string): string => `${name}:model:${modelId}`;
  const load = (modelId: string): CachedModels => {
    try {
      const raw = storage ? storage.getItem(keyOf(modelId)) : (memory.get(keyOf(modelId)) ?? null);
      const parsed = JSON.parse(raw ?? '') as Partial<CachedModels>;
      const versions: Record<string, PhaseModel> = {};
      for (const [version, model] of Object.entries(parsed.versions ?? {})) {
        const checked = valid(model);
        if (checked && checked.version === version) versions[version] = checked;
      }
      const newestModel = parsed.newest ? valid(parsed.newest.model) : undefined;
      return { versions, ...(parsed.newest && newestModel ? { newest: { info: parsed.newest.info, model: newestModel } } : {}) };
    } catch {
      return { versions: {} };
    }
  };
  const save = (modelId: string, entries: CachedModels): void => {
    const names = Object.keys(entries.versions);
    const keep = names.slice(Math.max(0, names.length - KEPT_VERSIONS));
    const trimmed: CachedModels = { ...entries, versions: Object.fromEntries(keep.map((version) => [version, entries.versions[version]!])) };
    const text = JSON.stringify(trimmed);
    try {
      if (storage) storage.setItem(keyOf(modelId), text);
      else memory.set(keyOf(modelId), text);
    } catch {
      // A full or blocked storage only costs the next open a round trip.
    }
  };
  return {
    read: load,
    rememberNewest(info, model) {
      const entries = load(model.id);
      save(model.id, { newest: { info, model }, versions: { ...entries.versions, [model.version]: model } });
    },
    rememberVersion(model) {
      const entries = load(model.id);
      save(model.id, { ...entries, versions: { ...entries.versions, [model.version]: model } });
    },
  };
}
