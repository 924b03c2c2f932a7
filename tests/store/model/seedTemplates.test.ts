// Local mode's template files: a real Office file in the coordination site's "Maler" library for every template entry
// of the default model (at least one per phase), opened through the drive API and at its webUrl's path (where local
// mode links it), and the model's entries pointing at them.
import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { TestEmulator } from '../../../testkit/emulator';
import { seedTemplates, withTemplates } from '../../../scripts/lib/seedTemplates';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { parsePhaseModel } from '../../../src/model/schema';
import { findItem, entriesHelping } from '../../../src/model/lookup';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { LibraryFile } from '../../../src/model/types';

let emulator: TestEmulator;
let files: Record<string, LibraryFile>;
emulatorPerFile(async (started) => {
  emulator = started;
  files = await seedTemplates(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id);
});

const templateEntries = DEFAULT_MODEL.phases.flatMap((phase) => phase.toolbox.filter((entry) => entry.kind === 'template').map((entry) => ({ phase: phase.key, key: entry.key })));
/** The part every Office file of its kind holds, and the text a Word file must say. */
const PART: Record<string, string> = { pptx: 'ppt/presentation.xml', xlsx: 'xl/workbook.xml', docx: 'word/document.xml' };
const download = async (file: LibraryFile): Promise<Uint8Array> => {
  const redirect = await emulator.graphRaw('ingrid', 'GET', `/drives/${file.driveId}/items/${file.itemId}/content`);
  expect(redirect.status).toBe(302);
  return new Uint8Array(await (await fetch(redirect.headers.get('location')!)).arrayBuffer());
};

describe('seedTemplates', () => {
  it('uploads a real Office file for every template entry of the default model, every phase included, idempotently', async () => {
    expect(Object.keys(files).sort()).toEqual(templateEntries.map((e) => e.key).sort());
    expect(new Set(templateEntries.map((e) => e.phase))).toEqual(new Set(DEFAULT_MODEL.phases.map((p) => p.key)));
    const again = await seedTemplates(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id);
    expect(again['definere.mal.gevinstplan']?.itemId).toBe(files['definere.mal.gevinstplan']?.itemId);
    for (const file of Object.values(files)) {
      expect(file.webUrl).toMatch(/^https:\/\/innlandet\.sharepoint\.com\/sites\/koordinering\/Maler\//);
      const zip = await JSZip.loadAsync(await download(file));
      expect(zip.file(PART[file.name.split('.').pop()!]!), file.name).not.toBeNull();
      // Where local mode links it (the local server forwards /sites/… to the emulator).
      const atWebUrl = await fetch(`${emulator.baseUrl}${new URL(file.webUrl).pathname}`);
      expect(atWebUrl.status, file.name).toBe(200);
      expect(new Uint8Array(await atWebUrl.arrayBuffer())).toEqual(await download(file));
    }
  });

  it('fills the templates with something to work from, in bokmål, and never asks for personal data', async () => {
    const words = async (key: string) => (await (await JSZip.loadAsync(await download(files[key]!))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    expect(await words('levere.mal.pilotplan')).toMatch(/Feilhåndtering og avvik[\s\S]*PDSA-sykluser[\s\S]*Godkjenning/);
    expect(await words('laer-og-del.mal.erfaringsnotat')).toMatch(/Hva vi lærte om samarbeidet/);
    expect(await words('utforske.mal.intervjuguide')).toMatch(/Skriv ikke navn, fødselsnummer/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(files['utvikle.mal.ros-analyse']!)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Risikovurdering')!;
    expect(sheet.getRow(1).getCell(7).value).toBe('Risiko (S × K)');
    expect((sheet.getCell('G2').value as { formula: string }).formula).toBe('IF(OR(E2="",F2=""),"",E2*F2)');
    expect(sheet.getCell('E3').dataValidation?.formulae).toEqual([1, 5]);
  });

  it('points the model’s template entries at the files, as the requirements they help meet show them', () => {
    const model = parsePhaseModel(withTemplates(DEFAULT_MODEL, files));
    const analysis = findItem(model, 'forankring.interessentanalyse')!;
    expect(entriesHelping(model, analysis).flatMap((entry) => (entry.file ? [entry.file.name] : []))).toEqual(['Interessentanalyse.xlsx']);
    const templates = model.phases.flatMap((p) => p.toolbox).filter((e) => e.kind === 'template');
    expect(templates.length).toBe(templateEntries.length);
    expect(templates.every((entry) => entry.file !== undefined && entry.url === undefined)).toBe(true);
  });
});
