// A poll usually returns what the screen already has. Keeping the old objects where nothing changed lets React
// skip re-rendering rows (and lets the session keep its snapshot) instead of redrawing the whole checklist.
import type { ItemState, ProjectState } from '../../domain/types';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** `previous` when `next` holds the same data, else `next`. */
export function shareIfEqual<T>(previous: T, next: T): T {
  return same(previous, next) ? previous : next;
}

/** `next`, with `previous`'s objects wherever they are equal; `previous` itself when nothing changed. */
export function shareUnchanged(previous: ProjectState | undefined, next: ProjectState): ProjectState {
  if (!previous) return next;
  const items: Record<string, ItemState> = {};
  let itemsChanged = Object.keys(previous.items).length !== Object.keys(next.items).length;
  for (const [key, item] of Object.entries(next.items)) {
    const before = previous.items[key];
    if (before !== undefined && same(before, item)) items[key] = before;
    else {
      items[key] = item;
      itemsChanged = true;
    }
  }
  const project = same(previous.project, next.project) ? previous.project : next.project;
  const anomalies = same(previous.anomalies, next.anomalies) ? previous.anomalies : next.anomalies;
  if (!itemsChanged && project === previous.project && anomalies === previous.anomalies) return previous;
  return { project, items: itemsChanged ? items : previous.items, anomalies };
}

/** Items whose confirmed state changed between two states and that someone other than `me` changed last. */
export function changedByOthers(previous: ProjectState | undefined, next: ProjectState, me: string): string[] {
  if (!previous) return [];
  return Object.entries(next.items)
    .filter(([key, item]) => item !== previous.items[key] && !same(previous.items[key], item) && item.updatedBy !== undefined && item.updatedBy.id !== me)
    .map(([key]) => key);
}
