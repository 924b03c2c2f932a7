// Where SharePoint data lives: a site and its lists. Shared by every room of the store and by its port.

/** Where a project's lists live: a SharePoint site, by URL (`https://host/sites/x`) or Graph site id. */
export interface SiteAddress {
  siteUrl?: string;
  siteId?: string;
  /** Teams context: the team's group id, whose root site holds the lists by default. */
  groupId?: string;
}

export interface ListIds {
  projects: string;
  checklist: string;
  events: string;
  participants: string;
}

/** A site and its list ids, resolved once and cached, so a project loads in one round trip. */
export interface ProjectLocation {
  siteId: string;
  siteUrl: string;
  lists: ListIds;
}

/** Opaque delta cursors, one per list; kept with the cached state. */
export type SyncCursor = Record<string, string>;
