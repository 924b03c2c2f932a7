// Local mode's template files: real Office files in the coordination site's "Maler" library, opened through the
// drive API, and the model's toolbox pointing at them.
import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import JSZip from 'jszip';
import type { TestEmulator } from '../../../testkit/emulator';
import { seedTemplates, withTemplates } from '../../../scripts/lib/seedTemplates';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { parsePhaseModel } from '../../../src/model/schema';
import { findItem, entriesHelping } from '../../../src/model/lookup';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';

let emulator: TestEmulator;
emulatorPerFile((started) => (emulator = started));

describe('seedTemplates', () => {
  it('uploads a real .pptx, .xlsx and .docx that download again, and links them from the model', async () => {
    const kristin = graphAs(emulator, 'kristin');
    const files = await seedTemplates(kristin, emulator.sites.koordinering!.id);
    expect(Object.keys(files).sort()).toEqual(['Gevinstplan.docx', 'Interessentanalyse.xlsx', 'Prosjektpresentasjon.pptx']);
    const again = await seedTemplates(kristin, emulator.sites.koordinering!.id);
    expect(again['Gevinstplan.docx']?.itemId).toBe(files['Gevinstplan.docx']?.itemId);
    const parts: Record<string, string> = { 'Prosjektpresentasjon.pptx': 'ppt/presentation.xml', 'Interessentanalyse.xlsx': 'xl/workbook.xml', 'Gevinstplan.docx': 'word/document.xml' };
    for (const [name, file] of Object.entries(files)) {
      expect(file.webUrl).toMatch(/^https:\/\/innlandet\.sharepoint\.com\/sites\/koordinering\/Maler\//);
      const redirect = await emulator.graphRaw('ingrid', 'GET', `/drives/${file.driveId}/items/${file.itemId}/content`);
      expect(redirect.status).toBe(302);
      const download = await fetch(redirect.headers.get('location')!);
      const zip = await JSZip.loadAsync(new Uint8Array(await download.arrayBuffer()));
      expect(zip.file(parts[name]!), name).not.toBeNull();
    }
    const model = parsePhaseModel(withTemplates(DEFAULT_MODEL, files));
    const analysis = findItem(model, 'forankring.interessentanalyse')!;
    expect(entriesHelping(model, analysis).flatMap((entry) => (entry.file ? [entry.file.name] : []))).toEqual(['Interessentanalyse.xlsx']);
    expect(model.phases.flatMap((p) => p.toolbox).filter((e) => e.kind === 'template')).toHaveLength(3);
  });
});
