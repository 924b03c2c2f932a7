// Small statistics the figures share.

/** The median of the values; undefined for none. Not rounded: the reader decides how to show it. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days (fractional) from `from` to `to`; undefined when either is unreadable. */
export function daysBetween(from: string | undefined, to: string | Date | undefined): number | undefined {
  const start = from ? Date.parse(from) : Number.NaN;
  const end = to instanceof Date ? to.getTime() : to ? Date.parse(to) : Number.NaN;
  return Number.isNaN(start) || Number.isNaN(end) ? undefined : Math.max(0, (end - start) / DAY_MS);
}
