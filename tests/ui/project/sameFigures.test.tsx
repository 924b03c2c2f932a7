// @vitest-environment jsdom
// One rule, one word (issue 18): the project tab, its Portfolio row, Oversikt and the exports count "not relevant" and
// "waiting for the other side" the same way and call them the same. On main the checklist said "0 av 7 fullført ·
// 1 ikke relevant" beside a figure of 1/7 and a row of 14 %, and Oversikt counted waiting items in every phase under
// a name ("Åpne dobbeltbekreftelser" in the CSV) the project never showed.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { summarizeProject } from '../../../src/domain/summary';
import { portfolioFields } from '../../../src/store/portfolio/portfolioFields';
import { portfolioRowFromItem } from '../../../src/store/portfolio/portfolioRowFromItem';
import { toPortfolioViewRow } from '../../../src/export/portfolioView';
import { portfolioExportTable } from '../../../src/export/exportTable';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { ProjectView } from '../../../src/ui/project';
import { itemState, kari, phase, projectState, renderInFluent, viewProps } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const forankring = phase('forankring');
const utforske = phase('utforske');
const singles = forankring.checklist.filter((def) => !def.requiresBothSides);
const [beggeLeft] = forankring.checklist.filter((def) => def.requiresBothSides);
const [beggeNow] = utforske.checklist.filter((def) => def.requiresBothSides);
const confirmedByKari = { kommune: { by: kari, at: '2026-11-02T09:15:00Z' } };

/** In Utforske: Forankring left with one item not relevant, one done, one begge item waiting; one waiting in Utforske. */
const state = projectState('utforske', [
  itemState('forankring', singles[0]!.key, { status: 'notRelevant', notRelevantReason: 'Dekkes av avtalen' }),
  itemState('forankring', singles[1]!.key, { status: 'done' }),
  itemState('forankring', beggeLeft!.key, { status: 'done', confirmations: confirmedByKari }),
  itemState('utforske', beggeNow!.key, { status: 'done', confirmations: confirmedByKari }),
]);
const total = forankring.checklist.length;

/** The project's Portfolio row as its tab writes it and Oversikt reads it back. */
function portfolioRow() {
  const fields = portfolioFields(state, summarizeProject(DEFAULT_MODEL, state, []), { siteUrl: 'https://innlandet.sharepoint.com/sites/x', now: '2026-11-03T00:00:00Z', model: DEFAULT_MODEL });
  return portfolioRowFromItem({ id: '1', fields }, DEFAULT_MODEL);
}

describe('one counting rule and one word on every screen', () => {
  it('counts a not relevant requirement as met in the checklist, the figure, the Portfolio row and the export, and says so', () => {
    const { props } = viewProps(state, { selectedPhase: 'forankring' });
    renderInFluent(<ProjectView {...props} />);
    expect(screen.getByText(new RegExp(`^2 av ${total} oppfylt, medregnet 1 «ikke relevant»`))).toBeTruthy();
    expect(screen.getByRole('radio', { name: new RegExp(`^${forankring.label.nb}`) }).textContent).toContain(`2/${total}`);

    const row = portfolioRow();
    expect(row.progress.forankring).toBe(Math.round((2 / total) * 100));
    const view = toPortfolioViewRow(row, { language: 'nb', now: new Date('2026-11-03T00:00:00Z'), stalledAfterDays: 30 });
    const table = portfolioExportTable([view], DEFAULT_MODEL, 'nb');
    const column = table.columns.findIndex((c) => c.key === 'progress:forankring');
    expect(table.columns[column]?.header).toBe('Fremdrift Forankring (% oppfylt, medregnet «ikke relevant»)');
    expect(table.rows[0]?.[column]).toBe(Math.round((2 / total) * 100));
  });

  it('shows the project’s waiting items over all phases, in the words and figure Oversikt and the exports use', () => {
    const { props } = viewProps(state);
    renderInFluent(<ProjectView {...props} />);
    expect(screen.getByText('2 krav venter på bekreftelse fra den andre parten (alle faser)')).toBeTruthy();
    // The current phase's checklist names its own share in the same words.
    expect(screen.getByText(/· 1 venter på bekreftelse fra den andre parten$/)).toBeTruthy();

    const row = portfolioRow();
    expect(row.openDualConfirmations).toBe(2);
    const table = portfolioExportTable([toPortfolioViewRow(row, { language: 'nb', now: new Date('2026-11-03T00:00:00Z'), stalledAfterDays: 30 })], DEFAULT_MODEL, 'nb');
    const column = table.columns.findIndex((c) => c.key === 'openDualConfirmations');
    expect(table.columns[column]?.header).toBe('Venter på bekreftelse fra den andre parten (alle faser)');
    expect(table.rows[0]?.[column]).toBe(2);
  });
});
