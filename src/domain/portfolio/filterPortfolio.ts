// Narrowing the portfolio to what a coordinator asks for. Every criterion compares keys, never labels.
import type { PortfolioFilter, PortfolioRow } from './types';
import { unknownPhaseKey } from './types';
import { isRowStalled } from './stall';

const anyOf = <T>(wanted: readonly T[], has: (value: T) => boolean): boolean => wanted.length === 0 || wanted.some(has);

/** True when the row passes every criterion of the filter. `now` decides "stalled". */
export function matchesPortfolioFilter(row: PortfolioRow, filter: PortfolioFilter, now: Date): boolean {
  const text = filter.text.trim().toLocaleLowerCase('nb');
  return (
    anyOf(filter.targetGroups, (key) => row.targetGroups.includes(key)) &&
    anyOf(filter.municipalities, (key) => row.municipalities.includes(key)) &&
    anyOf(filter.hospitalUnits, (key) => row.hospitalUnit === key) &&
    anyOf(filter.phases, (key) => (key === unknownPhaseKey ? row.currentPhase === undefined : row.currentPhase === key)) &&
    anyOf(filter.lifecycleStatuses, (status) => row.lifecycleStatus === status) &&
    (!filter.stalledOnly || isRowStalled(row, now, filter.stalledAfterDays)) &&
    (text === '' || row.title.toLocaleLowerCase('nb').includes(text))
  );
}

export function filterPortfolio(rows: readonly PortfolioRow[], filter: PortfolioFilter, now: Date): PortfolioRow[] {
  return rows.filter((row) => matchesPortfolioFilter(row, filter, now));
}
