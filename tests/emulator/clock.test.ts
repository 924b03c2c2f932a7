// The emulator's clock setting (not a Graph behaviour): lets demo data carry SharePoint timestamps weeks in the past.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
let items: string;
type Item = { id: string; createdDateTime: string; lastModifiedDateTime: string; fields: { Created: string; Modified: string } };

emulatorPerFile(async (started) => {
  emu = started;
  const lists = `/sites/${emu.sites.lungepasienter!.id}/lists`;
  const r = await emu.graph<{ id: string }>('kari', 'POST', lists, { displayName: 'Klokke', list: { template: 'genericList' } });
  items = `${lists}/${r.body.id}/items`;
});

describe('clockOffsetSeconds', () => {
  it('stamps Created and Modified that many seconds earlier, and back to now when reset', async () => {
    const day = 86_400;
    await emu.admin.setSettings({ clockOffsetSeconds: -49 * day });
    const old = (await emu.graph<Item>('kari', 'POST', items, { fields: { Title: 'gammel' } })).body;
    await emu.admin.setSettings({ clockOffsetSeconds: 0 });
    const fresh = (await emu.graph<Item>('kari', 'POST', items, { fields: { Title: 'ny' } })).body;
    const ageDays = (iso: string) => (Date.now() - Date.parse(iso)) / (day * 1000);
    expect(ageDays(old.createdDateTime)).toBeGreaterThan(48.9);
    expect(ageDays(old.fields.Modified)).toBeGreaterThan(48.9);
    expect(ageDays(fresh.fields.Modified)).toBeLessThan(0.01);
  });
});
