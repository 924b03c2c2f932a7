// Sorting the portfolio by any column the overview shows. Stable, and rows without a value always go last,
// whichever the direction, so "newest activity first" never starts with blanks.
import type { PortfolioRow, PortfolioSort, PortfolioSortKey } from './types';
import { overallProgress, phaseOrderOf } from './portfolioOrder';

type SortValue = string | number | undefined;

function sortValue(row: PortfolioRow, key: PortfolioSortKey): SortValue {
  switch (key) {
    case 'title':
      return row.title;
    case 'municipalities':
      return row.municipalities.join(', ') || undefined;
    case 'hospitalUnit':
      return row.hospitalUnit || undefined;
    case 'targetGroups':
      return row.targetGroups.join(', ') || undefined;
    case 'phase': {
      // Phase order first, then how far the phase has come.
      const order = phaseOrderOf(row.model, row.currentPhase);
      return order === undefined ? undefined : order * 1000 + (row.progress[row.currentPhase ?? ''] ?? 0);
    }
    case 'phaseEnteredAt':
      return timeOf(row.phaseEnteredAt);
    case 'progress':
      return overallProgress(row);
    case 'missingCount':
      return row.missingCount;
    case 'openDualConfirmations':
      return row.openDualConfirmations;
    case 'gateOverrideCount':
      return row.gateOverrides.length;
    case 'lastActivityAt':
      return timeOf(row.lastActivityAt);
    case 'lifecycleStatus':
      return row.lifecycleStatus;
  }
}

function timeOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nb', { numeric: true, sensitivity: 'base' });
}

/** Each row's phase order and progress come from the model it is read against (phase keys mean the same in every version). */
export function sortPortfolio(rows: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: sortValue(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === undefined ? 1 : -1;
    }
    return sign * compareValues(a.value, b.value) || compareValues(a.row.title, b.row.title) || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}
