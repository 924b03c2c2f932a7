// The model on the device and its revalidation, against the emulator: a warm open paints before any round trip.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../../testkit/emulator';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { provisionSite } from '../../../src/store/provisioning/provision';
import { locateModelList, ModelRepository } from '../../../src/store/model/ModelRepository';
import type { ModelListLocation } from '../../../src/store/model/modelReads';
import { createModelCache } from '../../../src/store/model/ModelCache';
import { createModelSource } from '../../../src/store/model/ModelSource';
import type { GraphConnection } from '../../../src/store/graphClient/createGraphClient';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { kristin } from '../../../testkit/people';

const KOORDINERING = { siteUrl: 'https://innlandet.sharepoint.com/sites/koordinering' };
const at = '2026-01-05T10:00:00.000Z';

/** Storage as a browser's localStorage behaves, shared between "reloads". */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

let emulator: TestEmulator;
let location: ModelListLocation;

emulatorPerFile(async (started) => {
  emulator = started;
  await provisionSite(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id, { lists: 'portfolio' });
  location = await locateModelList(graphAs(emulator, 'kristin'), KOORDINERING);
  const repo = new ModelRepository(graphAs(emulator, 'kristin'), location, DEFAULT_MODEL.id);
  await repo.publish(DEFAULT_MODEL, { changeNote: 'Første versjon', by: kristin, at });
  const v1 = (await repo.current()).newest!;
  const v2 = structuredClone(v1.model);
  v2.phases[0]!.purpose.nb = 'Versjon 2s formål';
  await repo.publish(v2, { changeNote: 'Nytt formål', basedOn: v1, by: kristin, at });
});

function sourceFor(graph: GraphConnection, storage: Storage) {
  return createModelSource({ modelId: DEFAULT_MODEL.id, fallback: DEFAULT_MODEL, cache: createModelCache('felles-modell-local-kari', storage), repository: async () => new ModelRepository(graph, location, DEFAULT_MODEL.id) });
}

describe('ModelSource', () => {
  it('starts on the built-in model when the device knows none, and takes the published one after one round trip', async () => {
    const graph = graphAs(emulator, 'kari');
    const source = sourceFor(graph, memoryStorage());
    expect(source.snapshot().newest).toBe(DEFAULT_MODEL);
    const seen: string[] = [];
    source.subscribe((snapshot) => seen.push(snapshot.newest.version));
    await source.refresh();
    expect(graph.traffic.snapshot().roundTrips).toBe(1);
    expect(seen).toEqual(['2.0.0']);
    expect(source.snapshot().newest.phases[0]!.purpose.nb).toBe('Versjon 2s formål');
    expect(source.snapshot().published.map((v) => v.version)).toEqual(['1.0.0', '2.0.0']);
  });

  it('paints a warm open from the device before any round trip, older versions included once fetched', async () => {
    const storage = memoryStorage();
    const first = graphAs(emulator, 'kari');
    await sourceFor(first, storage).refresh();
    expect(await sourceFor(first, storage).version('1.0.0')).toBeDefined();
    const warm = graphAs(emulator, 'kari');
    const reopened = sourceFor(warm, storage);
    expect(reopened.snapshot().newest.version).toBe('2.0.0');
    expect(reopened.versionKnown('1.0.0')?.phases[0]!.purpose.nb).toBe(DEFAULT_MODEL.phases[0]!.purpose.nb);
    expect(warm.traffic.snapshot().roundTrips).toBe(0);
  });

  it('keeps the last valid model when the site cannot be reached or the device storage was tampered with', async () => {
    const storage = memoryStorage();
    await sourceFor(graphAs(emulator, 'kari'), storage).refresh();
    await emulator.admin.setFaults({ failNext: [{ status: 503, count: 5 }] });
    const offline = sourceFor(graphAs(emulator, 'kari'), storage);
    const after = await offline.refresh();
    expect(after.revalidated).toBe(false);
    expect(after.newest.version).toBe('2.0.0');
    await emulator.admin.clearFaults();
    const key = 'felles-modell-local-kari:model:hfi-default';
    const tampered = JSON.parse(storage.getItem(key)!) as { newest: { model: { phases: { toolbox: { url?: string }[] }[] } } };
    tampered.newest.model.phases[0]!.toolbox[0]!.url = 'javascript:alert(1)';
    storage.setItem(key, JSON.stringify(tampered));
    expect(sourceFor(graphAs(emulator, 'kari'), storage).snapshot().newest).toBe(DEFAULT_MODEL);
  });
});
