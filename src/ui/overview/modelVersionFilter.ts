// Oversikt's filter on the model version a project follows. The domain's PortfolioFilter knows no versions, so this
// one is kept beside it; none chosen = all, and a row that does not say its version shows only then.
import type { PortfolioRow } from '../../domain/portfolio/types';

/** The versions the rows follow, oldest first ('2.0.0' before '10.0.0'). */
export function modelVersionsIn(rows: readonly PortfolioRow[]): string[] {
  const versions = new Set(rows.flatMap((r) => (r.modelVersion ? [r.modelVersion] : [])));
  return [...versions].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export const onModelVersions = (rows: PortfolioRow[], versions: readonly string[]): PortfolioRow[] =>
  versions.length === 0 ? rows : rows.filter((r) => r.modelVersion !== undefined && versions.includes(r.modelVersion));
