// Finding a site and our lists in it: shared by the store's `locate` and by provisioning.
import { StoreError } from '../graphClient/StoreError';
import type { SiteAddress } from './addresses';
import { LIST_SCHEMA, listMarker } from './schema';
import type { ListKey } from './schema';
import type { GraphConnection } from '../graphClient/createGraphClient';

export interface SiteInfo {
  id: string;
  webUrl: string;
}

export interface FoundList {
  id: string;
  displayName: string;
  description: string;
}

/** The Graph path of a site: by URL (`/sites/{host}:/{path}`), by id, or the group's root site. */
export function sitePath(address: SiteAddress): string {
  if (address.siteId) return `/sites/${encodeURIComponent(address.siteId).replace(/%2C/gi, ',')}`;
  if (address.siteUrl) {
    const url = new URL(address.siteUrl);
    const path = url.pathname.replace(/\/+$/, '');
    return path ? `/sites/${url.hostname}:${encodeURI(path)}` : `/sites/${url.hostname}`;
  }
  if (address.groupId) return `/groups/${encodeURIComponent(address.groupId)}/sites/root`;
  throw new StoreError('siteNotFound', 'No site given: set siteUrl, siteId or groupId');
}

export async function resolveSite(graph: GraphConnection, address: SiteAddress): Promise<SiteInfo> {
  const site = await graph.call<{ id: string; webUrl?: string }>({ method: 'GET', path: `${sitePath(address)}?$select=id,webUrl` }, 'siteNotFound');
  return { id: site.id, webUrl: site.webUrl ?? address.siteUrl ?? '' };
}

/**
 * Our lists in a site. A list is ours when its description carries our marker (`[felles-modell:checklist]`), so a
 * list renamed by hand is still found; failing that, when its display name is ours. One request for all lists (a site
 * has few), following nextLink pages.
 */
export async function findOurLists(graph: GraphConnection, siteId: string): Promise<Map<ListKey, FoundList>> {
  const all: FoundList[] = [];
  let path: string | undefined = `/sites/${siteId}/lists?${LISTS_SELECT}`;
  while (path) {
    const page: { value?: FoundList[]; '@odata.nextLink'?: string } = await graph.call({ method: 'GET', path }, 'siteNotFound');
    all.push(...(page.value ?? []));
    path = page['@odata.nextLink'];
  }
  return pickOurLists(all);
}

const LISTS_SELECT = '$select=id,displayName,description';

/** `sitePath` made usable as a prefix: a path-addressed site needs the closing `:` before `/lists/…`. */
export function siteBaseOf(address: SiteAddress): string {
  const path = sitePath(address);
  return path.startsWith('/sites/') && path.includes(':/') ? `${path}:` : path;
}

/**
 * The site's lists addressed through the same site reference (`/sites/{host}:/{path}:/lists`), so they can be asked
 * for in the same `$batch` as the site itself, before its id is known.
 */
export function siteListsPath(address: SiteAddress): string {
  return `${siteBaseOf(address)}/lists?${LISTS_SELECT}`;
}

/** Picks our lists out of all of a site's lists (see findOurLists). */
export function pickOurLists(all: readonly FoundList[]): Map<ListKey, FoundList> {
  const found = new Map<ListKey, FoundList>();
  for (const key of Object.keys(LIST_SCHEMA) as ListKey[]) {
    const list = all.find((l) => (l.description ?? '').includes(listMarker(key))) ?? all.find((l) => l.displayName === LIST_SCHEMA[key].displayName);
    if (list) found.set(key, { id: list.id, displayName: list.displayName, description: list.description ?? '' });
  }
  return found;
}
