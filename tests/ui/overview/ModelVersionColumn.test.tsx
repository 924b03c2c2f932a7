// @vitest-environment jsdom
// Oversikt and the model: each project's model version in a column of its own, a filter on it, the same column in the
// exports, and the links to the Verktøykasse (everyone) and to the editor (only for people who may edit).
import { afterEach, describe, expect, it } from 'vitest';
import '../../../testkit/inertResizeObserver';
import { cleanup, render, screen, within } from '@testing-library/react';
import { PortfolioOverview } from '../../../src/ui/overview/PortfolioOverview';
import { ModelLinks } from '../../../src/ui/overview/ModelLinks';
import { modelVersionsIn, onModelVersions } from '../../../src/ui/overview/modelVersionFilter';
import type { PortfolioSource } from '../../../src/ui/overview/usePortfolio';
import { portfolioExportTable } from '../../../src/export/exportTable';
import { toPortfolioViewRows } from '../../../src/export/portfolioView';
import { NOW, row, testModel } from '../../../testkit/portfolioFixtures';

afterEach(cleanup);

const rows = [
  row({ title: 'På versjon 1', modelVersion: '1.0.0' }),
  row({ title: 'På versjon 10', modelVersion: '10.0.0' }),
  row({ title: 'På versjon 2', modelVersion: '2.0.0' }),
  row({ title: 'Uten versjon' }),
];
const source: PortfolioSource = {
  load: async () => ({ rows, cursor: { location: { site: {}, siteBase: '/sites/x', listId: 'l' }, deltaLink: 'https://graph.test/delta' } }),
  refresh: async (from) => ({ changed: [], deleted: [], resynced: false, cursor: from }),
};

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the model version in Oversikt', () => {
  it('is a column of the table, with a filter beside the others', async () => {
    render(<PortfolioOverview model={testModel} language="nb" source={source} now={() => NOW} />);
    await screen.findByText('4 av 4 prosjekter');
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    const column = headers.indexOf('Modellversjon');
    expect(column).toBeGreaterThan(0);
    const cellOf = (title: string) => within(bodyRows().find((r) => r.textContent?.includes(title))!).getAllByRole('cell')[column]?.textContent;
    expect(cellOf('På versjon 2')).toBe('2.0.0');

    expect(screen.getByRole('combobox', { name: 'Modellversjon' })).toBeTruthy();
  });

  it('filters on the versions chosen, offered in order; none chosen shows every row', () => {
    expect(modelVersionsIn(rows)).toEqual(['1.0.0', '2.0.0', '10.0.0']);
    expect(onModelVersions(rows, ['2.0.0', '10.0.0']).map((r) => r.title)).toEqual(['På versjon 10', 'På versjon 2']);
    expect(onModelVersions(rows, [])).toHaveLength(4);
  });

  it('is in the exports', () => {
    const table = portfolioExportTable(toPortfolioViewRows(rows, { language: 'en', now: NOW, stalledAfterDays: 30 }), testModel, 'en');
    const column = table.columns.findIndex((c) => c.key === 'modelVersion');
    expect(table.columns[column]?.header).toBe('Model version');
    expect(table.rows.map((r) => r[column])).toEqual(['1.0.0', '10.0.0', '2.0.0', undefined]);
  });
});

describe('the links to the model', () => {
  it('offer the Verktøykasse and Innsikt to everyone and the editor only to people who may edit', () => {
    const { rerender } = render(<ModelLinks canEditModel={false} language="nb" />);
    const nav = () => screen.getByRole('navigation', { name: 'Modellen og verktøykassen' });
    expect(within(nav()).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Innsikt: bruk og tilbakemeldinger', '#/innsikt'], ['Verktøykassen', '#/verktoykasse']]);
    rerender(<ModelLinks canEditModel language="nb" />);
    expect(within(nav()).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Modell og verktøykasse', '#/modell'], ['Innsikt: bruk og tilbakemeldinger', '#/innsikt'], ['Verktøykassen', '#/verktoykasse']]);
  });
});
