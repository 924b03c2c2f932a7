// The emulator's own admin surface (not Graph): POST /_emulator/reset and the enforceUniqueColumns setting.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
let uniqueItems: string;
emulatorPerFile(async (started) => {
  emu = started;
  const lists = `/sites/${emu.sites.lungepasienter!.id}/lists`;
  const r = await emu.graph<{ id: string }>('kari', 'POST', lists, {
    displayName: 'Intents', columns: [{ name: 'IntentId', text: {}, indexed: true, enforceUniqueValues: true }],
  });
  uniqueItems = `${lists}/${r.body.id}/items`;
}, { settings: { pageSize: 50 } });

describe('POST /_emulator/reset', () => {
  it('puts faults, settings (to those given at start) and stats back, and keeps the data', async () => {
    await emu.admin.setFaults({ rate503: 1, failNext: [{ status: 429, count: 5 }] });
    await emu.admin.setSettings({ pageSize: 3, uniqueViolationStatus: 400, tenantRuPerMinute: 10 });
    await emu.graph('kari', 'GET', '/me');
    await emu.admin.reset();
    const settings = await emu.admin.setSettings({});
    expect(settings.pageSize).toBe(50); // the start option, not the built-in default
    expect(settings.uniqueViolationStatus).toBe(409);
    expect(settings.tenantRuPerMinute).toBe(0);
    expect((await emu.graph('kari', 'GET', '/me')).status).toBe(200);
    const stats = await emu.admin.stats();
    expect(stats.total).toBe(1); // only the request after the reset
    expect((await emu.graph<{ value: unknown[] }>('kari', 'GET', uniqueItems)).status).toBe(200);
  });
});

describe('enforceUniqueColumns', () => {
  it('is on by default: a duplicate in a unique column is refused', async () => {
    expect((await emu.graph('kari', 'POST', uniqueItems, { fields: { IntentId: 'i-1' } })).status).toBe(201);
    expect((await emu.graph('kari', 'POST', uniqueItems, { fields: { IntentId: 'i-1' } })).status).toBe(409);
  });

  it('off: duplicates are stored as if the column were not unique', async () => {
    await emu.admin.setSettings({ enforceUniqueColumns: false });
    expect((await emu.graph('kari', 'POST', uniqueItems, { fields: { IntentId: 'i-2' } })).status).toBe(201);
    expect((await emu.graph('kari', 'POST', uniqueItems, { fields: { IntentId: 'i-2' } })).status).toBe(201);
    const q = `${uniqueItems}?$expand=fields&$filter=${encodeURIComponent("fields/IntentId eq 'i-2'")}`;
    expect((await emu.graph<{ value: unknown[] }>('kari', 'GET', q)).body.value).toHaveLength(2);
  });
});
