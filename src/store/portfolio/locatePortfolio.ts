// Finding the Portfolio list in the coordination site in ONE request: the site is addressed by its path
// (`/sites/{host}:/sites/koordinering:`), so no separate request resolves its id first.
import { StoreError } from '../graphClient/StoreError';
import type { SiteAddress } from '../sharepoint/addresses';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { findOurLists, siteBaseOf } from '../sharepoint/siteLists';


export interface PortfolioLocation {
  /** The coordination site as configured: where to look again if the list is replaced. */
  site: SiteAddress;
  /** The site part of every Graph path: `/sites/{host}:/sites/x:` or `/sites/{site-id}`. */
  siteBase: string;
  listId: string;
  /** The model list beside it, found in the same request. */
  modelListId?: string;
  /** The feedback list (Tilbakemelding) beside it, when provisioned. */
  feedbackListId?: string;
}

export async function locatePortfolio(graph: GraphConnection, coordinationSite: SiteAddress): Promise<PortfolioLocation> {
  const siteBase = siteBaseOf(coordinationSite);
  // findOurLists speaks of `/sites/{id}`; a path-addressed site fits the same slot.
  const siteRef = siteBase.startsWith('/sites/') ? siteBase.slice('/sites/'.length) : undefined;
  if (siteRef === undefined) {
    // A group's root site: Graph has no path form for it, so resolve the id (one extra request, once).
    const site = await graph.call<{ id: string }>({ method: 'GET', path: `${siteBase}?$select=id` }, 'siteNotFound');
    return { ...(await locatePortfolio(graph, { siteId: site.id })), site: coordinationSite };
  }
  const lists = await findOurLists(graph, siteRef);
  const portfolio = lists.get('portfolio');
  if (!portfolio) throw new StoreError('listsMissing', 'The coordination site has no Portfolio list', { missing: ['portfolio'] });
  const models = lists.get('modelVersions');
  const feedback = lists.get('feedback');
  return { site: coordinationSite, siteBase, listId: portfolio.id, ...(models ? { modelListId: models.id } : {}), ...(feedback ? { feedbackListId: feedback.id } : {}) };
}
