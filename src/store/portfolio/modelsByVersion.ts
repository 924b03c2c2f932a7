// The models a set of Portfolio rows is read against: each version its projects run on, read once. A file of its own so
// a page that reads rows of its own (Venter på meg) uses the rule without loading Oversikt's row reader.
import type { PhaseModel } from '../../model/types';
import type { RowModelSource } from './rowModels';

/**
 * The model of each distinct version among `versions`, looked up once each and at once (a version that cannot be read
 * is asked for once, not once per row that names it). Out of reach counts as unreadable for now: the row says so, and
 * the next load asks again (nothing is cached).
 */
export async function modelsByVersion(versions: readonly (string | undefined)[], models: RowModelSource): Promise<Map<string, PhaseModel | undefined>> {
  const distinct = [...new Set(versions.filter((v): v is string => v !== undefined))];
  return new Map(await Promise.all(distinct.map(async (version) => [version, await models.version(version).catch(() => undefined)] as const)));
}
