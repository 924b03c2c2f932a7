// The seeded random source is the project's one (scripts/lib/seededRandom.ts), so a bench profile is the same on
// every run and can be reproduced.
export { seededRandom } from '../../scripts/lib/seededRandom';

/** p-quantile (0–1) by nearest rank. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}
