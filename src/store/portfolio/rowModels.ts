// Every Portfolio row is read against the model version its project runs on (issue 18): the tab writes the row's
// figures against that version (a requirement 2.0.0 added to a phase the project has left makes Forankring 7/8), so a
// reader that used one model for all rows called that requirement an unreadable value, called the row out of date,
// and showed other figures than the project. The versions are few and published versions never change: each is read
// once (the device keeps it), not once per row.
import type { PhaseModel } from '../../model/types';
import type { PortfolioRow } from '../../domain/portfolio/types';
import type { PortfolioSPItem } from './PortfolioSPItem';
import { portfolioRowFromItem, rowModelVersion } from './portfolioRowFromItem';
import { modelsByVersion } from './modelsByVersion';
import type { RowModelSource } from './modelsByVersion';

export type { RowModelSource } from './modelsByVersion';

/** A fixed set of models (tools, the bench, tests): a version not among them cannot be read; the last is the newest. */
export function fixedModels(...models: [PhaseModel, ...PhaseModel[]]): RowModelSource {
  const newest = models[models.length - 1] as PhaseModel;
  return {
    version: async (version) => models.find((model) => model.version === version),
    snapshot: () => ({ newest }),
  };
}

/** The rows of `items`, each read against its project's version (one look-up per distinct version). */
export async function readPortfolioRows(items: readonly PortfolioSPItem[], models: RowModelSource): Promise<PortfolioRow[]> {
  const found = await modelsByVersion(items.map(rowModelVersion), models);
  const newest = models.snapshot().newest;
  return items.map((item) => {
    const version = rowModelVersion(item);
    const model = version === undefined ? newest : found.get(version);
    return model ? portfolioRowFromItem(item, model) : portfolioRowFromItem(item, newest, { modelMissing: version });
  });
}
