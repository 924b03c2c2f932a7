// Merging a delta refresh into the rows on screen: changed rows replace theirs (by SharePoint item id), deleted ones
// go, new ones are added. Unchanged rows keep their identity, so React re-renders only what changed.
import type { PortfolioRow } from './types';

export function applyPortfolioChanges(rows: readonly PortfolioRow[], changed: readonly PortfolioRow[], deleted: readonly string[]): PortfolioRow[] {
  if (changed.length === 0 && deleted.length === 0) return rows as PortfolioRow[];
  const gone = new Set(deleted);
  const updates = new Map(changed.map((row) => [row.itemId, row]));
  const next: PortfolioRow[] = [];
  for (const row of rows) {
    if (gone.has(row.itemId)) continue;
    const update = updates.get(row.itemId);
    next.push(update ?? row);
    updates.delete(row.itemId);
  }
  for (const row of updates.values()) if (!gone.has(row.itemId)) next.push(row);
  return next;
}
