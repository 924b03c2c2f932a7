// Where a project's stored link (the Portfolio row's TabUrl) may be followed from a page that lists projects (Oversikt,
// Innsikt). The Portfolio list can be hand-edited: only https links, or the app's own route (local mode runs on http,
// and its links name the port of the run that wrote them: followed on this one's, domain/projectLinks.ts).
import { followableLink } from '../../domain/projectLinks';
import { safeHref } from '../../model/safeLink';
import { localRunHosts } from './runtimeConfig';

export const projectHref = (link: string | undefined): string | undefined => safeHref(link) ?? followableLink(link, window.location.origin, localRunHosts);
