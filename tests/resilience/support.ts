// Shared by the resilience tests: what SharePoint really holds, read raw through Graph as a site owner (no store
// code in between), and the comparison of a stored state with the state the Events list replays to.
import type { TestEmulator } from '../support/emulator';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import type { ItemState, ProjectState } from '../../src/domain/types';

export interface RawRow {
  id: string;
  eTag?: string;
  fields: Record<string, unknown>;
}

/** All rows of one of our lists for one project, in SharePoint item id order (creation order), every page followed. */
export async function rawRows(emulator: TestEmulator, owner: string, location: ProjectLocation, list: keyof ProjectLocation['lists'], projectKey: string): Promise<RawRow[]> {
  const filter = encodeURIComponent(`fields/ProjectKey eq '${projectKey.replace(/'/g, "''")}'`);
  let url: string | undefined = `/sites/${location.siteId}/lists/${location.lists[list]}/items?$expand=fields&$filter=${filter}&$top=200`;
  const rows: RawRow[] = [];
  while (url) {
    const page: { status: number; body: { value?: RawRow[]; '@odata.nextLink'?: string } } = await emulator.graph(owner, 'GET', url);
    if (page.status !== 200) throw new Error(`Reading ${list}: ${page.status} ${JSON.stringify(page.body)}`);
    rows.push(...(page.body.value ?? []));
    url = page.body['@odata.nextLink'];
  }
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
}

/** The Graph path of one of our lists, for tests that edit it by hand. */
export function listPath(location: ProjectLocation, list: keyof ProjectLocation['lists']): string {
  return `/sites/${location.siteId}/lists/${location.lists[list]}`;
}

const instant = (iso: string | undefined): number | undefined => (iso ? Date.parse(iso) : undefined);

/** What a user sees of an item, in comparable form (SharePoint normalises date strings; updatedAt is the row's Modified). */
export function comparableItem(item: ItemState | undefined): unknown {
  if (!item) return undefined;
  const confirmations = Object.fromEntries(
    Object.entries(item.confirmations)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([side, c]) => [side, { by: c.by.id, at: instant(c.at) }]),
  );
  return {
    status: item.status,
    notRelevantReason: item.status === 'notRelevant' ? (item.notRelevantReason ?? '') : undefined,
    comment: item.comment,
    confirmations,
    updatedBy: item.updatedBy?.id,
  };
}

export function comparableState(state: ProjectState): unknown {
  return {
    currentPhase: state.project.currentPhase,
    phaseEnteredAt: instant(state.project.phaseEnteredAt),
    items: Object.fromEntries(Object.keys(state.items).sort().map((k) => [k, comparableItem(state.items[k])])),
  };
}

export { seededRandom } from '../../scripts/lib/seededRandom';
