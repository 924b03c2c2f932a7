// A coordinator's unsaved work in the model editor, kept on the device per account and model: it survives leaving
// the page, a reload and a crash, and every tab of the same account sees the same work (the `storage` event).
// On the device, not in the draft row: writing the shared draft on every keystroke would cost the tenant's budget and
// put one coordinator's half-typed text in front of the others; the draft row is written when they choose "Lagre
// utkast". Only what was typed is kept here (model texts, no personal data, no token). What comes out is shape-checked,
// not validated: unsaved work may well be invalid (a blank field being typed), and the editor says so on save.
import type { PhaseModel } from '../../model/types';

/** What the unsaved work was built on, to tell on the next open whether colleagues have saved or published since. */
export interface WorkBase {
  /** The draft row's eTag when the work began; absent when there was no draft. */
  draftEtag?: string;
  /** The newest published version when the work began. */
  newestVersion?: string;
}

export interface ModelWork {
  model: PhaseModel;
  changeNote: string;
  base: WorkBase;
  /** When it was last written (ISO 8601). */
  savedAt: string;
}

export interface ModelWorkCache {
  read(modelId: string): ModelWork | undefined;
  /** False when the device would not keep it (storage full or blocked): the editor then warns before leaving. */
  write(modelId: string, work: ModelWork): boolean;
  clear(modelId: string): void;
  /** Another tab of this account wrote or cleared the work. */
  onOtherTab(modelId: string, listener: (work: ModelWork | undefined) => void): () => void;
}

const record = (value: unknown): Record<string, unknown> | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);
const texts = (value: unknown): boolean => ['nb', 'nn', 'en'].every((language) => typeof record(value)?.[language] === 'string');
const list = (value: unknown, each: (item: unknown) => boolean): boolean => Array.isArray(value) && value.every(each);
const keyed = (value: unknown): boolean => typeof record(value)?.['key'] === 'string' && texts(record(value)?.['label']);

/** Enough of a model's shape for the editor to render it; the schema decides the rest when it is saved. */
function looksLikeModel(value: unknown): value is PhaseModel {
  const model = record(value);
  return (
    typeof model?.['id'] === 'string' &&
    texts(model['name']) &&
    list(model['phases'], (phase) => keyed(phase) && texts(record(phase)?.['shortLabel']) && texts(record(phase)?.['purpose']) && list(record(phase)?.['checklist'], keyed) && list(record(phase)?.['toolbox'], keyed))
  );
}

function parse(text: string | null): ModelWork | undefined {
  try {
    const work = record(JSON.parse(text ?? ''));
    const base = record(work?.['base']) ?? {};
    if (!work || !looksLikeModel(work['model']) || typeof work['savedAt'] !== 'string') return undefined;
    return {
      model: work['model'],
      changeNote: typeof work['changeNote'] === 'string' ? work['changeNote'] : '',
      base: { ...(typeof base['draftEtag'] === 'string' ? { draftEtag: base['draftEtag'] } : {}), ...(typeof base['newestVersion'] === 'string' ? { newestVersion: base['newestVersion'] } : {}) },
      savedAt: work['savedAt'],
    };
  } catch {
    return undefined;
  }
}

/** In `localStorage` under one key per database name (per account) and model; in memory where there is none. */
export function createModelWorkCache(name: string, storage: Storage | undefined = globalThis.localStorage): ModelWorkCache {
  const memory = new Map<string, string>();
  const keyOf = (modelId: string): string => `${name}:model-work:${modelId}`;
  return {
    read: (modelId) => parse(storage ? storage.getItem(keyOf(modelId)) : (memory.get(keyOf(modelId)) ?? null)),
    write(modelId, work) {
      const text = JSON.stringify(work);
      try {
        if (storage) storage.setItem(keyOf(modelId), text);
        else memory.set(keyOf(modelId), text);
        return true;
      } catch {
        return false;
      }
    },
    clear(modelId) {
      try {
        storage?.removeItem(keyOf(modelId));
      } catch {
        // Nothing to lose: the work it held is saved or thrown away.
      }
      memory.delete(keyOf(modelId));
    },
    onOtherTab(modelId, listener) {
      if (typeof window === 'undefined' || !storage) return () => undefined;
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea === storage && event.key === keyOf(modelId)) listener(parse(event.newValue));
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
