// The self-healing check a project tab runs against the coordination site: is our Portfolio row there and current?
// 'stale' or 'missing' → the tab rewrites the row through the Portfolio writer; 'unreachable' → try again later
// (the coordination site may be down, missing, or closed to this user), never an error on the project screen.
import type { ProjectSummary } from '../../domain/summary';
import { portfolioRowStaleness } from '../../domain/portfolio/rowHealth';
import type { PortfolioRowHealth } from '../../domain/portfolio/rowHealth';
import { StoreError } from '../ChecklistStore';
import type { PortfolioReader } from './PortfolioReader';

export type { PortfolioRowHealth } from '../../domain/portfolio/rowHealth';

export async function checkPortfolioRow(
  reader: Pick<PortfolioReader, 'readRow'>,
  projectKey: string,
  expectedSummary: ProjectSummary,
  /** The project's UpdatedAt: a row written before it is stale. */
  projectUpdatedAt?: string,
): Promise<PortfolioRowHealth> {
  let row;
  try {
    row = await reader.readRow(projectKey);
  } catch (error) {
    if (error instanceof StoreError) return 'unreachable';
    throw error;
  }
  if (!row) return 'missing';
  return portfolioRowStaleness(row, expectedSummary, projectUpdatedAt).length === 0 ? 'current' : 'stale';
}
