// The models a set of Portfolio rows is read against: each version its projects run on, read once. A file of its own so
// a page that reads rows of its own (Venter på meg) uses the rule without loading Oversikt's row reader.
import type { PhaseModel } from '../../model/types';

/** Where the reader gets a version's model. The app's ModelSource is one: the device first, then one request. */
export interface RowModelSource {
  /** The published version; undefined when it does not exist or is broken. May throw when it cannot be reached. */
  version(version: string): Promise<PhaseModel | undefined>;
  /** The newest valid model known: what a row is read against when its own version cannot be read. */
  snapshot(): { newest: PhaseModel };
}

/**
 * The model of each distinct version among `versions`, looked up once each and at once (a version that cannot be read
 * is asked for once, not once per row that names it). Out of reach counts as unreadable for now: the row says so, and
 * the next load asks again (nothing is cached).
 */
export async function modelsByVersion(versions: readonly (string | undefined)[], models: RowModelSource): Promise<Map<string, PhaseModel | undefined>> {
  const distinct = [...new Set(versions.filter((v): v is string => v !== undefined))];
  return new Map(await Promise.all(distinct.map(async (version) => [version, await models.version(version).catch(() => undefined)] as const)));
}
