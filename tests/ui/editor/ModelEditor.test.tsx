// @vitest-environment jsdom
// The editor against the emulator over real HTTPS: Kristin edits guidance, adds a requirement, saves a draft and
// publishes version 2; a colleague who opened the editor before her publish gets a conflict, and nothing is lost.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { COORDINATION_SITE, coordinationSiteWithModelPerFile } from '../../../testkit/editorEmulator';
import type { TestEmulator } from '../../../testkit/emulator';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { locateModelList, ModelRepository } from '../../../src/store/model/ModelRepository';
import { ModelEditor } from '../../../src/ui/editor/ModelEditorPage';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { renderInFluent } from '../../../testkit/projectViewFixtures';
import { scaled } from '../../../testkit/timeouts';

let emulator: TestEmulator;
const site = COORDINATION_SITE;

coordinationSiteWithModelPerFile((started) => (emulator = started));

const editorAs = (user: string, name: string) => {
  const graph = graphAs(emulator, user);
  const repository = async () => new ModelRepository(graph, await locateModelList(graph, site), DEFAULT_MODEL.id);
  return <ModelEditor repository={repository} me={async () => ({ id: user, name })} language="nb" />;
};

// The editor is hundreds of fields. Its text boxes are found by their label, which jsdom answers at once, and its
// buttons by role with `hidden: true`: a plain role query asks getComputedStyle of every element and its ancestors,
// about a second a query here. (Whether they are visible is the browser tests' part: tests/browser/modelEditor.test.ts.)
const button = (scope: ReturnType<typeof within>, name: string) => scope.getByRole('button', { name, hidden: true });

// Two editors of hundreds of fields each (a helper picker per requirement): jsdom's queries take seconds each on a loaded machine.
describe('ModelEditor', { timeout: scaled(120_000) }, () => {
  it('edits guidance, adds a requirement, saves a draft and publishes version 2; a stale colleague gets a conflict', async () => {
    const stale = renderInFluent(editorAs('per', 'Per Olsen'));
    await within(stale.container).findByText('Bygger på versjon 1.0.0');
    const mine = renderInFluent(editorAs('kristin', 'Kristin Berg'));
    const page = within(mine.container);
    await page.findByText('Bygger på versjon 1.0.0');
    // Each requirement's group is named by its number and its text, each entry's by its number and title.
    const first = page.getByRole('group', { name: `Krav 1: ${DEFAULT_MODEL.phases[0]!.checklist[0]!.label.nb}`, hidden: true });
    expect(page.getByRole('group', { name: `Oppføring 1 i verktøykassen: ${DEFAULT_MODEL.phases[0]!.toolbox[0]!.label.nb}`, hidden: true })).toBeTruthy();
    fireEvent.change(within(first).getByLabelText(/^Veiledning/), { target: { value: 'Mandatet signeres av begge ledere.' } });
    fireEvent.change(page.getByLabelText('Nytt krav (bokmål)'), { target: { value: 'Risiko er vurdert' } });
    fireEvent.click(button(page, 'Legg til krav'));
    fireEvent.click(button(page, 'Lagre utkast'));
    await page.findByText('Utkastet er lagret.');
    fireEvent.change(page.getByLabelText('Endringsnotat'), { target: { value: 'Veiledning og risikokrav' } });
    fireEvent.click(button(page, 'Publiser ny versjon'));
    // The new requirement is in bokmål only: named before anything is published.
    await page.findByText('Noen tekster finnes bare på bokmål');
    page.getByText(`${DEFAULT_MODEL.phases[0]!.label.nb} › Krav «Risiko er vurdert» › Kravet: mangler nynorsk og engelsk`);
    fireEvent.click(button(page, 'Publiser likevel'));
    await page.findByText('Versjon 2.0.0 er publisert.', {}, { timeout: scaled(10_000) });

    const current = await new ModelRepository(graphAs(emulator, 'ingrid'), await locateModelList(graphAs(emulator, 'ingrid'), site), DEFAULT_MODEL.id).current();
    expect(current.newest?.version).toBe('2.0.0');
    expect(current.newest?.model.phases[0]!.checklist[0]!.guidance?.nb).toBe('Mandatet signeres av begge ledere.');
    expect(current.newest?.model.phases[0]!.checklist.at(-1)?.key).toBe('forankring.risiko-er-vurdert');
    expect(current.index.published.at(-1)?.changeNote).toBe('Veiledning og risikokrav');

    const theirs = within(stale.container);
    fireEvent.change(theirs.getByLabelText('Endringsnotat'), { target: { value: 'Pers endring' } });
    fireEvent.click(button(theirs, 'Publiser ny versjon'));
    // Said in words, with what to do: never the repository's English ("Version 1.0.0 is no longer the newest").
    await waitFor(() => expect(theirs.getByText(/^Noen publiserte en ny versjon mens du arbeidet \(du bygget på versjon 1\.0\.0\), så ingenting ble publisert\./)).toBeTruthy(), { timeout: scaled(10_000) });
    expect(stale.container.textContent).not.toMatch(/no longer the newest|someone published/i);
    expect(button(theirs, 'Last inn på nytt')).toBeTruthy();
    expect(screen.getAllByLabelText('Endringsnotat').some((box) => (box as HTMLTextAreaElement).value === 'Pers endring')).toBe(true);
  });

  it('names the field in words, in the coordinator\'s language, when a model is refused (a javascript: link)', async () => {
    const view = renderInFluent(editorAs('kristin', 'Kristin Berg'));
    const page = within(view.container);
    await page.findByText(/Bygger på versjon/);
    const entry = page.getAllByRole('group', { name: /^Oppføring \d+ i verktøykassen: /, hidden: true })[0]!;
    fireEvent.change(within(entry).getByLabelText('Lenke (https://)'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(button(page, 'Lagre utkast'));
    const [phase] = DEFAULT_MODEL.phases;
    await page.findByText(`${phase!.label.nb} › Verktøykassen: «${phase!.toolbox[0]!.label.nb}» › Lenke: må være en nettadresse som begynner med https://`);
    expect(view.container.textContent).not.toMatch(/phases\[|toolbox\[|must be/);
  });
});
