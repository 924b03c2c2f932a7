// @vitest-environment jsdom
// The editor's unsaved work on the device: per account and model, shape-checked on the way out (storage can be edited
// like anything else), a refused write reported (the editor then warns before leaving), another tab's write heard.
import { describe, expect, it } from 'vitest';
import { createModelWorkCache } from '../../../src/store/model/ModelWorkCache';
import type { ModelWork } from '../../../src/store/model/ModelWorkCache';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';

const work = (changeNote = ''): ModelWork => ({ model: DEFAULT_MODEL, changeNote, base: { draftEtag: '"a,1"', newestVersion: '1.0.0' }, savedAt: '2026-03-01T10:00:00.000Z' });
let n = 0;
const name = () => `work-test-${(n += 1)}`;

describe('ModelWorkCache', () => {
  it('keeps work per account and model until it is cleared', () => {
    const [kristin, per] = [createModelWorkCache(name()), createModelWorkCache(name())];
    expect(kristin.write(DEFAULT_MODEL.id, work('Kristins notat'))).toBe(true);
    expect(kristin.read(DEFAULT_MODEL.id)).toEqual(work('Kristins notat'));
    expect(per.read(DEFAULT_MODEL.id)).toBeUndefined();
    expect(kristin.read('another-model')).toBeUndefined();
    kristin.clear(DEFAULT_MODEL.id);
    expect(kristin.read(DEFAULT_MODEL.id)).toBeUndefined();
  });

  it('keeps unsaved work that is not a valid model yet (a field being typed), but not what is no model at all', () => {
    const account = name();
    const cache = createModelWorkCache(account);
    const typing = structuredClone(DEFAULT_MODEL);
    typing.phases[0]!.label.nb = '';
    cache.write(DEFAULT_MODEL.id, { ...work(), model: typing });
    expect(cache.read(DEFAULT_MODEL.id)?.model.phases[0]!.label.nb).toBe('');
    const key = `${account}:model-work:${DEFAULT_MODEL.id}`;
    for (const broken of ['{"model":', JSON.stringify({ ...work(), model: { id: 'x', phases: 'none' } }), JSON.stringify({ ...work(), model: { ...DEFAULT_MODEL, phases: [{ key: 'p' }] } })]) {
      localStorage.setItem(key, broken);
      expect(cache.read(DEFAULT_MODEL.id)).toBeUndefined();
    }
  });

  it('says when the device will not keep the work', () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined } as unknown as Storage;
    expect(createModelWorkCache(name(), full).write(DEFAULT_MODEL.id, work())).toBe(false);
  });

  it('hears another tab of the same account write and clear the work, and nothing else', () => {
    const account = name();
    const cache = createModelWorkCache(account);
    const heard: (ModelWork | undefined)[] = [];
    const stop = cache.onOtherTab(DEFAULT_MODEL.id, (theirs) => heard.push(theirs));
    const key = `${account}:model-work:${DEFAULT_MODEL.id}`;
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(work('fra den andre fanen')), storageArea: localStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key: `${name()}:model-work:${DEFAULT_MODEL.id}`, newValue: JSON.stringify(work('en annen konto')), storageArea: localStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(work('etter stopp')), storageArea: localStorage }));
    expect(heard.map((w) => w?.changeNote)).toEqual(['fra den andre fanen', undefined]);
  });
});
