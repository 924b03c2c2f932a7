// Template files in the coordination site's Maler library, against the emulator over real HTTPS: locate the library by
// its marker, upload, a name taken (refused, keep both, replace), too large (ours before sending; SharePoint's 413),
// a wrong type, and a reader refused.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../../testkit/emulator';
import { emulatorPerFile } from '../../../testkit/emulatorHooks';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { ensureTemplateLibrary, TEMPLATE_LIBRARY } from '../../../src/store/provisioning/templateLibrary';
import { checkTemplateFile, locateTemplateDrive, TEMPLATE_MAX_BYTES, TemplateFileError, uploadTemplate } from '../../../src/store/model/templateFiles';
import { StoreError } from '../../../src/store/ChecklistStore';
import { validNationalId } from '../../../testkit/browser/nationalId';

const KOORDINERING_REF = 'innlandet.sharepoint.com:/sites/koordinering:';

let emulator: TestEmulator;
let driveId: string;

emulatorPerFile(async (started) => {
  emulator = started;
  await ensureTemplateLibrary(graphAs(emulator, 'kristin'), emulator.sites.koordinering!.id);
  driveId = await locateTemplateDrive(graphAs(emulator, 'kari'), KOORDINERING_REF);
});

const docx = (text: string) => new Blob([new TextEncoder().encode(text)]);

/** What a call rejects with; a call that succeeds yields 'it did not fail', which no assertion below accepts. */
const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'it did not fail', (error: unknown) => error);

async function namesInLibrary(): Promise<string[]> {
  const children = await emulator.graph<{ value: { name: string }[] }>('kristin', 'GET', `/drives/${driveId}/root/children`);
  return children.body.value.map((c) => c.name).sort();
}

describe('template files', () => {
  it('finds the Maler library by its marker even after it is renamed by hand', async () => {
    const lists = await emulator.graph<{ value: { id: string; displayName: string; description: string }[] }>('kristin', 'GET', `/sites/${emulator.sites.koordinering!.id}/lists?$select=id,displayName,description`);
    const library = lists.body.value.find((l) => l.description.includes(TEMPLATE_LIBRARY.marker))!;
    await emulator.graph('kristin', 'PATCH', `/sites/${emulator.sites.koordinering!.id}/lists/${library.id}`, { displayName: 'Våre maler' });
    expect(await locateTemplateDrive(graphAs(emulator, 'kari'), KOORDINERING_REF)).toBe(driveId);
    await emulator.graph('kristin', 'PATCH', `/sites/${emulator.sites.koordinering!.id}/lists/${library.id}`, { displayName: TEMPLATE_LIBRARY.displayName });
  });

  it('uploads a file and answers where it is; the content downloads again', async () => {
    const file = await uploadTemplate(graphAs(emulator, 'kristin'), driveId, 'Mandatmal.docx', docx('mandat'));
    expect(file).toMatchObject({ driveId, name: 'Mandatmal.docx', webUrl: 'https://innlandet.sharepoint.com/sites/koordinering/Maler/Mandatmal.docx' });
    const redirect = await emulator.graphRaw('ingrid', 'GET', `/drives/${file.driveId}/items/${file.itemId}/content`);
    expect(redirect.status).toBe(302);
    expect(await (await fetch(redirect.headers.get('location')!)).text()).toBe('mandat');
    const item = await emulator.graph<{ file: { mimeType: string } }>('kari', 'GET', `/drives/${driveId}/items/${file.itemId}`);
    expect(item.body.file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses a name already taken unless told to keep both (rename) or replace', async () => {
    const graph = graphAs(emulator, 'kristin');
    const first = await uploadTemplate(graph, driveId, 'Gevinst.xlsx', docx('v1'));
    const taken = await failureOf(uploadTemplate(graph, driveId, 'Gevinst.xlsx', docx('v2')));
    expect(taken).toBeInstanceOf(TemplateFileError);
    expect((taken as TemplateFileError).problem).toEqual({ kind: 'nameTaken', name: 'Gevinst.xlsx' });
    const both = await uploadTemplate(graph, driveId, 'Gevinst.xlsx', docx('v2'), 'rename');
    expect(both.name).toBe('Gevinst 1.xlsx');
    expect(both.itemId).not.toBe(first.itemId);
    const replaced = await uploadTemplate(graph, driveId, 'Gevinst.xlsx', docx('v3'), 'replace');
    expect(replaced.itemId).toBe(first.itemId);
    const redirect = await emulator.graphRaw('kari', 'GET', `/drives/${driveId}/items/${first.itemId}/content`);
    expect(await (await fetch(redirect.headers.get('location')!)).text()).toBe('v3');
  });

  it('refuses a wrong type or a file over the limit before sending anything', async () => {
    expect(checkTemplateFile({ name: 'bilde.png', size: 10 })).toEqual({ kind: 'wrongType', name: 'bilde.png' });
    expect(checkTemplateFile({ name: 'uten-endelse', size: 10 })).toEqual({ kind: 'wrongType', name: 'uten-endelse' });
    expect(checkTemplateFile({ name: 'Plan.PDF', size: TEMPLATE_MAX_BYTES })).toBeUndefined();
    expect(checkTemplateFile({ name: 'Plan.pdf', size: TEMPLATE_MAX_BYTES + 1 })).toEqual({ kind: 'tooLarge', name: 'Plan.pdf', maxBytes: TEMPLATE_MAX_BYTES });
    expect(checkTemplateFile({ name: `Notat ${validNationalId('010170')}.docx`, size: 1 })?.kind).toBe('nationalId');
    expect(checkTemplateFile({ name: 'a:b.docx', size: 1 })?.kind).toBe('badName');
    await emulator.admin.resetStats();
    const wrong = await failureOf(uploadTemplate(graphAs(emulator, 'kristin'), driveId, 'skript.exe', docx('x')));
    expect((wrong as TemplateFileError).problem.kind).toBe('wrongType');
    expect((await emulator.admin.stats()).total).toBe(0);
    expect(await namesInLibrary()).not.toContain('skript.exe');
  });

  it("answers SharePoint's 413 (a smaller limit than ours) as too large, and stores nothing", async () => {
    await emulator.admin.setSettings({ maxUploadBytes: 4 });
    const big = await failureOf(uploadTemplate(graphAs(emulator, 'kristin'), driveId, 'Stor.pptx', docx('12345')));
    expect(big).toBeInstanceOf(TemplateFileError);
    expect((big as TemplateFileError).problem).toEqual({ kind: 'tooLarge', name: 'Stor.pptx' });
    expect(await namesInLibrary()).not.toContain('Stor.pptx');
  });

  it('refuses a reader with accessDenied, and nothing is stored', async () => {
    // kristin only reads lungepasienter: a library there, made by its owner kari.
    const lunge = emulator.sites.lungepasienter!.id;
    await ensureTemplateLibrary(graphAs(emulator, 'kari'), lunge);
    const lungeDrive = await locateTemplateDrive(graphAs(emulator, 'kristin'), lunge);
    const refused = await failureOf(uploadTemplate(graphAs(emulator, 'kristin'), lungeDrive, 'Mal.docx', docx('x')));
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).code).toBe('accessDenied');
    const children = await emulator.graph<{ value: unknown[] }>('kari', 'GET', `/drives/${lungeDrive}/root/children`);
    expect(children.body.value).toEqual([]);
  });
});
