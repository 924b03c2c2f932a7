// @vitest-environment jsdom
// Issue 18 in Oversikt: a project on 2.0.0 (a requirement added to Forankring, a phase it has left). The row is read
// against 2.0.0; its drill-down recomputes the project's state against the model the project runs on (main used the
// app's built-in model: 100 %, 0 missing under a row saying 88 %, 1 missing), and what a row really cannot read is
// said in the user's language with what to do, never as the reader's English detail.
import '../../../testkit/inertResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { PortfolioOverview } from '../../../src/ui/overview/PortfolioOverview';
import type { PortfolioSource } from '../../../src/ui/overview/usePortfolio';
import type { PortfolioRow } from '../../../src/domain/portfolio/types';
import { summarizeProject } from '../../../src/domain/summary';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { addRequirement } from '../../../src/model/editModel';
import type { PhaseModel } from '../../../src/model/types';
import { portfolioFields } from '../../../src/store/portfolio/portfolioFields';
import { portfolioRowFromItem } from '../../../src/store/portfolio/portfolioRowFromItem';
import { readPortfolioRows, fixedModels } from '../../../src/store/portfolio/rowModels';
import type { PortfolioSPItem } from '../../../src/store/portfolio/PortfolioSPItem';
import { allDone, projectState } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const NEW_REQUIREMENT = { nb: 'Personvernombudet er orientert om prosjektet', nn: 'Personvernombodet er orientert om prosjektet', en: 'The data protection officer has been informed' };
const upgrade = addRequirement({ ...DEFAULT_MODEL, version: '2.0.0' }, 'forankring', NEW_REQUIREMENT, false);
const v2: PhaseModel = upgrade.model;
const forankringItems = v2.phases[0]!.checklist.length;

// In Utforske with Forankring all done on 1.0.0, then moved to 2.0.0: Forankring is 7 of 8 there.
const state = { ...projectState('utforske', allDone('forankring')), project: { ...projectState('utforske').project, modelVersion: '2.0.0' } };
const item: PortfolioSPItem = {
  id: '17',
  fields: portfolioFields(state, summarizeProject(v2, state, []), { siteUrl: 'https://innlandet.sharepoint.com/sites/lungepasienter', now: new Date().toISOString(), model: v2 }),
};
const cursor = { location: { site: {}, siteBase: '/sites/x', listId: 'l' }, deltaLink: 'https://graph.test/delta?token=1' };
const sourceOf = (rows: PortfolioRow[]): PortfolioSource => ({ load: async () => ({ rows, cursor }), refresh: async (from) => ({ changed: [], deleted: [], resynced: false, cursor: from }) });

/** Oversikt with the drill-down's project view reporting the project's state and the model its store loaded. */
function renderOverview(rows: PortfolioRow[], language: 'nb' | 'en' = 'nb') {
  render(
    <PortfolioOverview
      model={DEFAULT_MODEL}
      language={language}
      source={sourceOf(rows)}
      renderProject={(_row, onLoaded) => <button onClick={() => onLoaded(state, v2)}>project loaded</button>}
    />,
  );
}

const percent = (value: number) => new RegExp(`Forankring: ${value}\\s%`);

describe('a project on a newer model version in Oversikt', () => {
  it('shows the row, its drill-down and the project’s own figures alike, with nothing unreadable or stale', async () => {
    const rows = await readPortfolioRows([item], fixedModels(DEFAULT_MODEL, v2));
    const expected = Math.round(((forankringItems - 1) / forankringItems) * 100);
    renderOverview(rows);
    const tableRow = (await screen.findByRole('button', { name: /^Detaljer om / })).closest('tr')!;
    expect(tableRow.textContent).toMatch(percent(expected));
    expect(within(tableRow).queryByText('Uleselige verdier')).toBeNull();
    expect(within(tableRow).queryByText('Kan være utdatert')).toBeNull();

    fireEvent.click(within(tableRow).getByRole('button', { name: /^Detaljer om / }));
    const dialog = await screen.findByRole('dialog');
    const figures = () => dialog.textContent ?? '';
    expect(figures()).toMatch(/Mangler i faser prosjektet har forlatt: 1\./);
    expect(within(dialog).getByText(`Forankring: ${NEW_REQUIREMENT.nb}`)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'project loaded' }));
    // Recomputed from the project against 2.0.0: the same figures, not 100 % and 0 missing.
    expect(figures()).toMatch(/Mangler i faser prosjektet har forlatt: 1\./);
    expect(within(dialog).getByRole('progressbar', { name: percent(expected) })).toBeTruthy();
    expect(figures()).not.toMatch(/unknown checklist item/);
  });

  it('says what it cannot read in the user’s language, with what to do, and names a version it cannot read', async () => {
    // The same row read on a device that knows only 1.0.0 and, separately, a row edited by hand.
    const [unreadableVersion] = await readPortfolioRows([item], fixedModels(DEFAULT_MODEL));
    const handEdited = portfolioRowFromItem({ id: '18', fields: { ...item.fields, ProjectKey: 'other', Title: 'Håndredigert', MissingRequirements: 'forankring.finnes-ikke', OpenDualConfirmations: 'mange' } }, v2);
    renderOverview([unreadableVersion!, handEdited]);
    await screen.findByRole('table');
    expect(screen.getByText('Ukjent modellversjon')).toBeTruthy();
    expect(screen.getByText('Uleselige verdier')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Detaljer om Håndredigert' }));
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Kravet «forankring.finnes-ikke» finnes ikke i modellversjon 2.0.0, som prosjektet følger.')).toBeTruthy();
    expect(within(dialog).getByText('Kolonnen «Venter på bekreftelse fra den andre parten (alle faser)» har en verdi appen ikke kan lese: «mange».')).toBeTruthy();
    expect(within(dialog).getByText(/neste gang noen åpner eller endrer prosjektet i Teams.*«Felles modell – portefølje»/)).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/unknown|not a number|MissingRequirements:/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lukk' }));

    fireEvent.click(screen.getByRole('button', { name: `Detaljer om ${unreadableVersion!.title}` }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Prosjektet følger modellversjon 2\.0\.0, som ikke kan leses .* Raden vises mot versjon 1\.0\.0/)).toBeTruthy();
  });
});
