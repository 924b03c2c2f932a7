// Finding the feedback list in the coordination site in one request (the site addressed by its path). It does not
// need the Portfolio list: a project member the site admits to the feedback list alone (SharePoint's limited access)
// sees only that list, and that is enough to give feedback.
import { StoreError } from '../graphClient/StoreError';
import type { GraphConnection } from '../graphClient/createGraphClient';
import type { SiteAddress } from '../sharepoint/addresses';
import { findOurLists, siteBaseOf } from '../sharepoint/siteLists';
import type { FeedbackLocation } from './FeedbackStore';

export async function locateFeedback(graph: GraphConnection, coordinationSite: SiteAddress): Promise<FeedbackLocation> {
  let siteBase = siteBaseOf(coordinationSite);
  if (!siteBase.startsWith('/sites/')) {
    // A group's root site has no path form: its id first (one more request, once).
    const site = await graph.call<{ id: string }>({ method: 'GET', path: `${siteBase}?$select=id` }, 'siteNotFound');
    siteBase = `/sites/${site.id}`;
  }
  const list = (await findOurLists(graph, siteBase.slice('/sites/'.length))).get('feedback');
  if (!list) throw new StoreError('listsMissing', 'The coordination site has no feedback list', { missing: ['feedback'] });
  return { siteBase, listId: list.id };
}
