// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PortfolioOverview } from '../../../src/ui/overview/PortfolioOverview';
import type { PortfolioSource } from '../../../src/ui/overview/usePortfolio';
import type { PortfolioRow } from '../../../src/domain/portfolio/types';
import type { PortfolioChanges, PortfolioCursor } from '../../../src/store/portfolio/PortfolioReader';
import { StoreError } from '../../../src/store/ChecklistStore';
import { NOW, daysAgo, row, testModel } from '../../../testkit/portfolioFixtures';

afterEach(cleanup);

// jsdom has no ResizeObserver; Fluent's positioning (dropdowns, dialogs) asks for one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

const cursor: PortfolioCursor = { location: { site: {}, siteBase: '/sites/x', listId: 'l' }, deltaLink: 'https://graph.test/delta?token=1' };

/** An in-memory portfolio: what a PortfolioReader would hand over, with the refreshes it was asked for recorded. */
function memorySource(rows: PortfolioRow[], next: Partial<PortfolioChanges> = {}) {
  const refreshedFrom: PortfolioCursor[] = [];
  const source: PortfolioSource = {
    load: async () => ({ rows, cursor }),
    refresh: async (from) => {
      refreshedFrom.push(from);
      return { changed: [], deleted: [], resynced: false, cursor: { ...from, deltaLink: `${from.deltaLink}+` }, ...next };
    },
  };
  return { source, refreshedFrom };
}

const rows = [
  row({ title: 'Bo trygt hjemme', municipalities: ['Gjøvik'], hospitalUnit: 'SI Gjøvik', targetGroups: ['eldre'], currentPhase: 'utforske', lastActivityAt: daysAgo(2), gateOverrides: [{ phaseKey: 'forankring', reason: 'Vedtak i SSU' }] }),
  row({ title: 'Lungepasienter', municipalities: ['Hamar'], hospitalUnit: 'SI Hamar', targetGroups: ['barnUnge'], currentPhase: 'definere', lastActivityAt: daysAgo(50), missingCount: 2 }),
  row({ title: 'Unge brukere', municipalities: ['Elverum'], hospitalUnit: 'SI Elverum', targetGroups: ['barnUnge'], currentPhase: 'utforske', lastActivityAt: daysAgo(40), lifecycleStatus: 'paused' }),
];

const renderOverview = (source: PortfolioSource, language: 'nb' | 'en' = 'nb') =>
  render(<PortfolioOverview model={testModel} language={language} source={source} now={() => NOW} />);

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const firstCellText = () => bodyRows().map((r) => within(r).getAllByRole('cell')[0]?.textContent ?? '');

describe('PortfolioOverview', () => {
  it('shows a loading state, then every project in a table with labelled columns', async () => {
    renderOverview(memorySource(rows).source);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(await screen.findByText('3 av 3 prosjekter')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Prosjekt/ })).toBeTruthy();
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByText('Forankring: Vedtak i SSU')).toBeTruthy();
  });

  it('sorts by a column with a button and says so with aria-sort', async () => {
    renderOverview(memorySource(rows).source);
    await screen.findByRole('table');
    const header = screen.getByRole('columnheader', { name: /Prosjekt/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(firstCellText()[0]).toMatch(/^Bo trygt hjemme/);
    fireEvent.click(screen.getByRole('button', { name: 'Sorter etter Prosjekt' }));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstCellText()[0]).toMatch(/^Unge brukere/);
    fireEvent.click(screen.getByRole('button', { name: 'Sorter etter Siste aktivitet' }));
    expect(screen.getByRole('columnheader', { name: /Siste aktivitet/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(header.getAttribute('aria-sort')).toBe('none');
  });

  it('filters to stalled projects with an adjustable number of days, and by text', async () => {
    renderOverview(memorySource(rows).source);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('switch', { name: 'Bare prosjekter som har stoppet opp' }));
    // 30 days: only the running project quiet for 50 days (the paused one is quiet on purpose).
    expect(await screen.findByText('1 av 3 prosjekter')).toBeTruthy();
    expect(firstCellText()[0]).toMatch(/^Lungepasienter/);
    const days = screen.getByRole('spinbutton', { name: 'Stoppet opp etter dager uten aktivitet' });
    fireEvent.change(days, { target: { value: '1' } });
    fireEvent.blur(days);
    expect(await screen.findByText('2 av 3 prosjekter')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nullstill filtre' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk på prosjektnavn' }), { target: { value: 'TRYGT' } });
    expect(await screen.findByText('1 av 3 prosjekter')).toBeTruthy();
  });

  it('draws the phase distribution as a described image, with a table alternative', async () => {
    renderOverview(memorySource(rows).source);
    const chart = await screen.findByRole('img', { name: /Prosjekter per fase/ });
    expect(chart.getAttribute('aria-label')).toContain('3 prosjekter, 1 har stoppet opp');
    // One stalled project is not "most": the summary says which phase the one is in.
    expect(chart.getAttribute('aria-label')).toMatch(/Det ene prosjektet som har stoppet opp, er i \S+/);
    expect(chart.getAttribute('aria-label')).not.toContain('Flest');
    fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
    const table = screen.getAllByRole('table').find((t) => within(t).queryByRole('rowheader', { name: 'Utforske' }));
    expect(table).toBeDefined();
    const utforske = within(table as HTMLElement).getByRole('rowheader', { name: 'Utforske' }).closest('tr') as HTMLElement;
    expect(within(utforske).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '0', '–']);
  });

  it('opens one project in a drill-down with its phase and progress', async () => {
    render(<PortfolioOverview model={testModel} language="en" source={memorySource(rows).source} now={() => NOW} renderProject={(r) => <p>checklist of {r.projectKey}</p>} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Details of Lungepasienter' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Phase: Define, since –')).toBeTruthy();
    expect(within(dialog).getByText(`checklist of ${rows[1]?.projectKey}`)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('refreshes through the delta cursor and applies the changes', async () => {
    const changed = { ...rows[0]!, title: 'Bo trygt hjemme (ny)' };
    const { source, refreshedFrom } = memorySource(rows, { changed: [changed], deleted: [rows[2]!.itemId] });
    renderOverview(source);
    await screen.findByRole('table');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Oppdater' }));
    });
    expect(refreshedFrom).toEqual([cursor]);
    expect(await screen.findByText('2 av 2 prosjekter')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Detaljer om Bo trygt hjemme (ny)' })).toBeTruthy();
  });

  it('shows an empty state and a localized error with retry', async () => {
    renderOverview(memorySource([]).source);
    expect(await screen.findByText(/Ingen prosjekter er registrert ennå/)).toBeTruthy();
    cleanup();
    let attempts = 0;
    const failing: PortfolioSource = {
      load: async () => {
        attempts += 1;
        throw new StoreError('accessDenied', '403');
      },
      refresh: async () => {
        throw new Error('not reached');
      },
    };
    renderOverview(failing);
    expect(await screen.findByText('Klarte ikke å hente oversikten')).toBeTruthy();
    expect(screen.getByText(/Du har ikke tilgang/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    // The retry must really load again: wait for the second attempt, not for the text still on screen from the first.
    await waitFor(() => expect(attempts).toBe(2));
    expect(await screen.findByText('Klarte ikke å hente oversikten')).toBeTruthy();
  });
});
