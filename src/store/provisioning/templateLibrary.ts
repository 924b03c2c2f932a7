// The coordination site's "Maler" document library, where the verktøykasse's template files live. It has no columns
// of ours, so it is not in schema.ts; like our lists it is found by the marker in its description (a renamed library
// is kept, not duplicated), or by its display name, and created only when missing.
import type { GraphConnection } from '../graphClient/createGraphClient';
import { readAllPages } from '../sharepoint/paging';
import { storeErrorFor } from '../graphClient/storeErrors';

export const TEMPLATE_LIBRARY = {
  displayName: 'Maler',
  marker: '[felles-modell:templates]',
  description: 'Maler for verktøykassen i Felles modell: filene verktøykassens oppføringer peker på.',
} as const;

interface SiteList {
  id: string;
  displayName: string;
  description?: string;
}

/** Picks the library out of a site's lists: by marker first, by display name second. */
export function pickTemplateLibrary(lists: readonly SiteList[]): SiteList | undefined {
  return lists.find((l) => (l.description ?? '').includes(TEMPLATE_LIBRARY.marker)) ?? lists.find((l) => l.displayName === TEMPLATE_LIBRARY.displayName);
}

/** The library's list id in a site (`siteRef`: an id or `host:/sites/x:`), undefined when there is none. */
export async function findTemplateLibrary(graph: GraphConnection, siteRef: string): Promise<string | undefined> {
  return pickTemplateLibrary(await readAllPages<SiteList>(graph, `/sites/${siteRef}/lists?$select=id,displayName,description`, 'siteNotFound'))?.id;
}

/** Creates the library unless it is there; says which. Never renames or empties an existing one. */
export async function ensureTemplateLibrary(graph: GraphConnection, siteRef: string): Promise<{ listId: string; created: boolean }> {
  const existing = await findTemplateLibrary(graph, siteRef);
  if (existing) return { listId: existing, created: false };
  const answer = await graph.send<{ id: string }>({
    method: 'POST',
    path: `/sites/${siteRef}/lists`,
    body: { displayName: TEMPLATE_LIBRARY.displayName, description: `${TEMPLATE_LIBRARY.description} ${TEMPLATE_LIBRARY.marker}`, list: { template: 'documentLibrary' } },
  });
  if (answer.status === 201 || answer.status === 200) return { listId: answer.body.id, created: true };
  // Someone provisioned the same site at the same moment: use their library.
  const theirs = answer.status === 409 ? await findTemplateLibrary(graph, siteRef) : undefined;
  if (theirs) return { listId: theirs, created: false };
  throw storeErrorFor(answer.status, answer.body, `Creating library '${TEMPLATE_LIBRARY.displayName}'`, 'siteNotFound');
}
