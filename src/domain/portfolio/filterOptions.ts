// The values a coordinator can filter by: the ones that occur in the portfolio, so no filter offers an empty choice.
import type { PortfolioRow } from './types';

export interface PortfolioFilterOptions {
  targetGroups: string[];
  municipalities: string[];
  hospitalUnits: string[];
}

const sortedUnique = (values: Iterable<string>): string[] =>
  [...new Set(values)].filter((v) => v.trim() !== '').sort((a, b) => a.localeCompare(b, 'nb'));

export function portfolioFilterOptions(rows: readonly PortfolioRow[]): PortfolioFilterOptions {
  return {
    targetGroups: sortedUnique(rows.flatMap((r) => r.targetGroups)),
    municipalities: sortedUnique(rows.flatMap((r) => r.municipalities)),
    hospitalUnits: sortedUnique(rows.map((r) => r.hospitalUnit)),
  };
}
