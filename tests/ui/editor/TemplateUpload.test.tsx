// @vitest-environment jsdom
// The editor's template upload against the emulator over real HTTPS: a wrong type and a file over the limit are
// refused with the file and the limit named and nothing sent; a good file is uploaded to Maler and linked to the
// entry; the same name again asks, and "Behold begge" keeps both; the draft saved afterwards points at the file.
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import { COORDINATION_SITE, coordinationSiteWithModelPerFile } from '../../../testkit/editorEmulator';
import type { TestEmulator } from '../../../testkit/emulator';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { locateModelList, ModelRepository } from '../../../src/store/model/ModelRepository';
import { templateUploader, TEMPLATE_MAX_BYTES } from '../../../src/store/model/templateFiles';
import { ModelEditor } from '../../../src/ui/editor/ModelEditorPage';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { renderInFluent } from '../../../testkit/projectViewFixtures';

let emulator: TestEmulator;
const site = COORDINATION_SITE;

coordinationSiteWithModelPerFile((started) => (emulator = started));

const editorAs = (user: string) => {
  const graph = graphAs(emulator, user);
  const repository = async () => new ModelRepository(graph, await locateModelList(graph, site), DEFAULT_MODEL.id);
  const uploader = templateUploader(graph, async () => (await repository()).location.siteId);
  return <ModelEditor repository={repository} me={async () => ({ id: user, name: user })} language="nb" uploader={uploader} />;
};

// Node's File, not jsdom's: Node's fetch sends only its own Blobs (in Chromium, tests/browser/modelEditor.test.ts
// picks real files).
const file = (content: string | Uint8Array, name: string) => new NodeFile([content], name) as unknown as File;
const pick = (input: HTMLElement, picked: File) => fireEvent.change(input, { target: { files: [picked] } });

async function libraryNames(): Promise<string[]> {
  const lists = await emulator.graph<{ value: { id: string; displayName: string }[] }>('kristin', 'GET', `/sites/${emulator.sites.koordinering!.id}/lists?$select=id,displayName`);
  const maler = lists.body.value.find((l) => l.displayName === 'Maler')!;
  const children = await emulator.graph<{ value: { name: string }[] }>('kristin', 'GET', `/sites/${emulator.sites.koordinering!.id}/lists/${maler.id}/drive/root/children`);
  return children.body.value.map((c) => c.name).sort();
}

describe('uploading a template in the editor', () => {
  it('refuses a wrong type and a too-large file before sending, uploads a good one, and asks when the name is taken', async () => {
    const view = renderInFluent(editorAs('kristin'));
    const page = within(view.container);
    await page.findByText('Bygger på versjon 1.0.0');
    const entry = () => page.getAllByRole('group', { name: /^Oppføring \d+ i verktøykassen: / })[0]!;
    const input = () => within(entry()).getByLabelText(/^Last opp en mal \(Word, PowerPoint, Excel eller PDF, høyst 20 MB\)/);

    await emulator.admin.resetStats();
    pick(input(), file('x', 'bilde.png'));
    await within(entry()).findByText('bilde.png kan ikke lastes opp: bare Word, PowerPoint, Excel og PDF er tillatt.');
    pick(input(), file(new Uint8Array(TEMPLATE_MAX_BYTES + 1), 'Stor plan.docx'));
    await within(entry()).findByText('Stor plan.docx er for stor: en mal kan være på høyst 20 MB.');
    expect((await emulator.admin.stats()).total).toBe(0);

    pick(input(), file('mandat', 'Mandat.docx'));
    await within(entry()).findByText(/^Mandat\.docx er lastet opp og koblet til oppføringen/);
    expect(within(entry()).getByRole('link', { name: 'Mandat.docx' }).getAttribute('href')).toBe('https://innlandet.sharepoint.com/sites/koordinering/Maler/Mandat.docx');
    expect(within(entry()).queryByRole('textbox', { name: 'Lenke (https://)' })).toBeNull();

    pick(input(), file('mandat 2', 'Mandat.docx'));
    await within(entry()).findByText(/^Det finnes allerede en fil som heter Mandat\.docx i Maler/);
    fireEvent.click(within(entry()).getByRole('button', { name: 'Behold begge' }));
    await within(entry()).findByText(/^Mandat 1\.docx er lastet opp/);
    expect(await libraryNames()).toEqual(['Mandat 1.docx', 'Mandat.docx']);

    fireEvent.click(page.getByRole('button', { name: 'Lagre utkast' }));
    await page.findByText('Utkastet er lagret.');
    const graph = graphAs(emulator, 'ingrid');
    const draft = await new ModelRepository(graph, await locateModelList(graph, site), DEFAULT_MODEL.id).version('draft');
    await waitFor(() => expect(draft?.ok && draft.model.phases[0]!.toolbox[0]!.file?.name).toBe('Mandat 1.docx'));
    expect(draft?.ok && draft.model.phases[0]!.toolbox[0]!.url).toBeUndefined();
  });
});
