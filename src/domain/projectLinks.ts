// One kind of link to a project, or to one item in it (issue 18, "one link"): the Portfolio's TabUrl, the activity
// feed's deep link and "Venter på meg" all make it here, for the host the project lives in.
// - A project in a Teams channel (its team and channel are known): a Teams deep link to the channel tab,
//   https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context={"subEntityId","channelId"}
//   (Learn: "Deep link to an application", "Create deep link to a Teams tab"). The tab's entityId is the project key
//   (the config page sets it); the item travels as subEntityId, which the tab reads back as `page.subPageId`.
//   webUrl, the app's own route, is where a client that cannot open the tab goes.
// - Anywhere else (local mode, a browser or SharePoint project, a build without the Teams app id): the app's own route
//   `<app>/index.html#/tab?project=…&site=…&item=…`, which every host of this app opens.
// Pure: the caller says which app (its base URL, the Teams app id) makes the link.

export interface ProjectLinkTarget {
  projectKey: string;
  /** The project site (where its lists are), absolute. */
  siteUrl: string;
  /** The item to open, when the link is for one. */
  itemKey?: string;
  teamGroupId?: string;
  channelId?: string;
  /** The project's name: Teams shows it for the link. */
  label?: string;
}

export interface LinkMaker {
  /** `https://host/` of the app (where index.html is). */
  appBaseUrl: string;
  /** The Teams app's id (manifest `id`); without it links are the app's own routes. */
  teamsAppId?: string;
}

/** Learn's webUrl limit as observed for activity feed topics (and a sane one for any link we write). */
export const LINK_MAX_LENGTH = 1024;
/** A single line of text in SharePoint (the Portfolio's TabUrl column) holds 255 characters. */
export const TEXT_COLUMN_MAX_LENGTH = 255;

const SUB_ENTITY_PREFIX = 'item:';

/** The app's own route to the project (and item): opens in the local app, a browser, SharePoint and Teams alike. */
export function appRouteLink(appBaseUrl: string, target: ProjectLinkTarget): string {
  const query = new URLSearchParams({ project: target.projectKey, site: target.siteUrl });
  if (target.itemKey) query.set('item', target.itemKey);
  return `${appBaseUrl.replace(/\/+$/, '')}/index.html#/tab?${query.toString()}`;
}

/**
 * The link for the host the project lives in (see the file's header), at most `maxLength` long where it can be: the
 * fallback and the label are conveniences and go first, the tab and the item are what the link is for; a deep link
 * that still does not fit gives way to the app's route.
 */
export function projectLink(maker: LinkMaker, target: ProjectLinkTarget, maxLength = LINK_MAX_LENGTH): string {
  const route = appRouteLink(maker.appBaseUrl, target);
  if (!maker.teamsAppId || !target.channelId) return route;
  const context = JSON.stringify({ ...(target.itemKey ? { subEntityId: `${SUB_ENTITY_PREFIX}${target.itemKey}` } : {}), channelId: target.channelId });
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(maker.teamsAppId)}/${encodeURIComponent(target.projectKey)}`;
  const full = `${base}?${new URLSearchParams({ webUrl: route, ...(target.label ? { label: target.label } : {}), context }).toString()}`;
  if (full.length <= maxLength) return full;
  const compact = `${base}?${new URLSearchParams({ context }).toString()}`;
  return compact.length <= maxLength ? compact : route;
}

/** The item a Teams deep link's subEntityId (the tab's `page.subPageId`) names, if it names one. */
export function itemFromSubEntityId(subEntityId: string | undefined): string | undefined {
  return subEntityId?.startsWith(SUB_ENTITY_PREFIX) ? subEntityId.slice(SUB_ENTITY_PREFIX.length) || undefined : undefined;
}

/**
 * A stored link as this app should follow it. Local mode's links name the port of the run that wrote them: given the
 * loopback host names (local mode only; a production build has none to give), a loopback link to our route is
 * followed on this run's origin. Anything else is followed only when it is https.
 */
export function followableLink(link: string | undefined, currentOrigin: string, loopbackHosts?: ReadonlySet<string>): string | undefined {
  if (!link) return undefined;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (loopbackHosts?.has(url.hostname) && url.pathname.endsWith('/index.html') && url.hash.startsWith('#/')) {
    return `${currentOrigin.replace(/\/+$/, '')}${url.pathname}${url.hash}`;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : undefined;
}
