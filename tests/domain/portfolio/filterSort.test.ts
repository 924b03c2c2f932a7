import { describe, expect, it } from 'vitest';
import { emptyPortfolioFilter, unknownPhaseKey } from '../../../src/domain/portfolio/types';
import { filterPortfolio } from '../../../src/domain/portfolio/filterPortfolio';
import { sortPortfolio } from '../../../src/domain/portfolio/sortPortfolio';
import { portfolioFilterOptions } from '../../../src/domain/portfolio/filterOptions';
import { applyPortfolioChanges } from '../../../src/domain/portfolio/applyPortfolioChanges';
import { NOW, daysAgo, row } from '../../../testkit/portfolioFixtures';

const gjovik = row({ title: 'Gjøvik hjemme', municipalities: ['Gjøvik', 'Vestre Toten'], hospitalUnit: 'SI Gjøvik', targetGroups: ['eldre'], currentPhase: 'utforske', lastActivityAt: daysAgo(2), progress: { forankring: 100, utforske: 40 } });
const hamar = row({ title: 'Hamar lunge', municipalities: ['Hamar'], hospitalUnit: 'SI Hamar', targetGroups: ['barnUnge', 'eldre'], currentPhase: 'definere', lastActivityAt: daysAgo(45), progress: { forankring: 100, utforske: 100, definere: 10 }, missingCount: 3 });
const elverum = row({ title: 'Elverum unge', municipalities: ['Elverum'], hospitalUnit: 'SI Elverum', targetGroups: ['barnUnge'], currentPhase: 'utforske', lastActivityAt: daysAgo(90), lifecycleStatus: 'paused', progress: { forankring: 100, utforske: 80 }, missingCount: 1 });
const broken = row({ title: 'Anne hånd-redigert', rawPhase: 'fase9', lastActivityAt: undefined, anomalies: [{ kind: 'unknownPhase', detail: 'x' }] });
const all = [gjovik, hamar, elverum, broken];

describe('filterPortfolio', () => {
  it('keeps everything with an empty filter', () => {
    expect(filterPortfolio(all, emptyPortfolioFilter, NOW)).toEqual(all);
  });

  it('filters by priority group, municipality, hospital unit, phase and status, by key', () => {
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, targetGroups: ['barnUnge'] }, NOW)).toEqual([hamar, elverum]);
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, municipalities: ['Vestre Toten', 'Elverum'] }, NOW)).toEqual([gjovik, elverum]);
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, hospitalUnits: ['SI Hamar'] }, NOW)).toEqual([hamar]);
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, phases: ['utforske'] }, NOW)).toEqual([gjovik, elverum]);
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, phases: [unknownPhaseKey] }, NOW)).toEqual([broken]);
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, lifecycleStatuses: ['paused'] }, NOW)).toEqual([elverum]);
  });

  it('combines criteria with AND and matches name text case-insensitively', () => {
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, targetGroups: ['eldre'], phases: ['definere'] }, NOW)).toEqual([hamar]);
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, text: 'GJØVIK' }, NOW)).toEqual([gjovik]);
  });

  it('"stalled" means a running project with no activity for N days; N is adjustable', () => {
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, stalledOnly: true, stalledAfterDays: 30 }, NOW)).toEqual([hamar]);
    // The paused project is quiet on purpose; a row with no dates is never called stalled.
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, stalledOnly: true, stalledAfterDays: 1 }, NOW)).toEqual([gjovik, hamar]);
    expect(filterPortfolio(all, { ...emptyPortfolioFilter, stalledOnly: true, stalledAfterDays: 60 }, NOW)).toEqual([]);
  });
});

describe('sortPortfolio', () => {
  it('sorts by name in Norwegian order, both ways', () => {
    const names = (rows: typeof all) => rows.map((r) => r.title);
    expect(names(sortPortfolio(all, { key: 'title', direction: 'ascending' }))).toEqual(['Anne hånd-redigert', 'Elverum unge', 'Gjøvik hjemme', 'Hamar lunge']);
    expect(names(sortPortfolio(all, { key: 'title', direction: 'descending' }))).toEqual(['Hamar lunge', 'Gjøvik hjemme', 'Elverum unge', 'Anne hånd-redigert']);
  });

  it('sorts by phase in model order (then progress in it), unknown phases last either way', () => {
    expect(sortPortfolio(all, { key: 'phase', direction: 'ascending' })).toEqual([gjovik, elverum, hamar, broken]);
    expect(sortPortfolio(all, { key: 'phase', direction: 'descending' })).toEqual([hamar, elverum, gjovik, broken]);
  });

  it('sorts by last activity with blanks last, and by numbers numerically', () => {
    expect(sortPortfolio(all, { key: 'lastActivityAt', direction: 'descending' })).toEqual([gjovik, hamar, elverum, broken]);
    expect(sortPortfolio(all, { key: 'missingCount', direction: 'descending' }).map((r) => r.missingCount)).toEqual([3, 1, 0, 0]);
  });

  it('does not change its input', () => {
    const copy = [...all];
    sortPortfolio(all, { key: 'title', direction: 'descending' });
    expect(all).toEqual(copy);
  });
});

describe('portfolioFilterOptions', () => {
  it('offers the values that occur, sorted, without duplicates or blanks', () => {
    expect(portfolioFilterOptions(all)).toEqual({
      targetGroups: ['barnUnge', 'eldre'],
      municipalities: ['Elverum', 'Gjøvik', 'Hamar', 'Vestre Toten'],
      hospitalUnits: ['SI Elverum', 'SI Gjøvik', 'SI Hamar'],
    });
  });
});

describe('applyPortfolioChanges', () => {
  it('replaces changed rows by item id, removes deleted ones and appends new ones', () => {
    const changedHamar = { ...hamar, title: 'Hamar lunge 2' };
    const added = row({ title: 'Ny' });
    const result = applyPortfolioChanges(all, [changedHamar, added], [elverum.itemId]);
    expect(result.map((r) => r.title)).toEqual(['Gjøvik hjemme', 'Hamar lunge 2', 'Anne hånd-redigert', 'Ny']);
    expect(result[0]).toBe(gjovik);
  });

  it('returns the same array when nothing changed', () => {
    expect(applyPortfolioChanges(all, [], [])).toBe(all);
  });
});
