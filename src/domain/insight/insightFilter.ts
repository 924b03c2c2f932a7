// Innsikt's filters: the Oversikt's (kommune, sykehusenhet, prioritert gruppe, status, one rule for them) plus the
// model version the project follows.
import { matchesPortfolioFilter } from '../portfolio/filterPortfolio';
import { emptyPortfolioFilter } from '../portfolio/types';
import type { InsightFilter, InsightProject } from './types';

export function filterInsightProjects(projects: readonly InsightProject[], filter: InsightFilter, now: Date): InsightProject[] {
  const portfolioFilter = { ...emptyPortfolioFilter, municipalities: filter.municipalities, hospitalUnits: filter.hospitalUnits, targetGroups: filter.targetGroups, lifecycleStatuses: filter.lifecycleStatuses };
  return projects.filter(
    ({ row }) =>
      matchesPortfolioFilter(row, portfolioFilter, now) &&
      (filter.modelVersions.length === 0 || (row.modelVersion !== undefined && filter.modelVersions.includes(row.modelVersion))),
  );
}
