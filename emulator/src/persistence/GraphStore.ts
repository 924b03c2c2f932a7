// The storage port of the emulator. Handlers speak Graph; they keep and read state only through this interface.
import type { DevUser } from '../auth/devUsers';

export type Role = 'read' | 'write' | 'owner';

export interface SiteRecord {
  /** `{hostname},{site-collection-guid},{web-guid}` */
  id: string;
  /** Short name used by tests and the admin API: 'root', 'lungepasienter', … */
  key: string;
  hostname: string;
  /** Server-relative path: '/' or '/sites/x' */
  path: string;
  displayName: string;
  groupId: string;
  createdDateTime: string;
}

export interface ListRecord {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdBy: string;
  nextItemId: number;
}

/** A column definition as Graph's columnDefinition resource, minus `id`. */
export interface ColumnRecord {
  id: string;
  listId: string;
  name: string;
  displayName: string;
  /** System columns (ID, Created, Author …) are read-only and virtual in item fields. */
  system: boolean;
  position: number;
  /** The rest of the columnDefinition JSON: description, indexed, enforceUniqueValues, required, readOnly, hidden, and one type facet. */
  definition: Record<string, unknown>;
}

export interface ItemRecord {
  listId: string;
  id: number;
  /** Unique id of the item, used in eTags. */
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  createdDateTime: string;
  lastModifiedDateTime: string;
  authorId: string;
  editorId: string;
}

export interface ChangeRecord {
  seq: number;
  listId: string;
  itemId: number;
  deleted: boolean;
}

/** A document library's drive: https://learn.microsoft.com/en-us/graph/api/resources/drive */
export interface DriveRecord {
  /** 'b!…' as Graph's drive ids look. */
  id: string;
  siteId: string;
  /** The document library (a list with template 'documentLibrary') the drive is. */
  listId: string;
  /** The site's default drive ('Documents'). */
  isDefault: boolean;
  /** The root folder's item id. */
  rootId: string;
}

/** A file or folder in a drive: https://learn.microsoft.com/en-us/graph/api/resources/driveitem */
export interface DriveItemRecord {
  driveId: string;
  id: string;
  /** undefined for the root folder. */
  parentId?: string;
  name: string;
  isFolder: boolean;
  guid: string;
  /** eTag version: grows on every change (content or metadata). */
  version: number;
  /** cTag version: grows when the content changes. */
  contentVersion: number;
  size: number;
  mimeType?: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  authorId: string;
  editorId: string;
}

/**
 * One activity feed notification as a recipient's feed holds it (sendActivityNotification):
 * https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications
 */
export interface ActivityRecord {
  id: string;
  /** The recipient's dev user id. */
  recipientId: string;
  /** The sender's dev user id (delegated calls: the actor). */
  senderId: string;
  senderName: string;
  /** Which endpoint sent it: a team's (`teamId` set) or a user's own (`users/{id}/teamwork`). */
  scope: 'team' | 'user';
  teamId?: string;
  activityType: string;
  chainId?: number;
  topic: { source: 'entityUrl' | 'text'; value: string; webUrl?: string };
  previewText: string;
  templateParameters: Record<string, string>;
  /** The notification's line as Teams would show it, by language tag (`nb-no`, `nn-no`, `en-us`). */
  text: Record<string, string>;
  createdDateTime: string;
}

/** A page of a list's items: the filter and order are the caller's (OData) rules, the scan is the store's. */
export interface ItemQuery {
  where?: (item: ItemRecord) => boolean;
  /** Orders the matches; by id when absent. */
  compare?: (a: ItemRecord, b: ItemRecord) => number;
  /** Keyset paging: only matches after the one with this id (in id order). */
  afterId?: number;
  /** Offset paging: skip this many matches. */
  offset?: number;
  limit: number;
}

export interface ItemPage {
  items: ItemRecord[];
  hasMore: boolean;
  /** Where the page starts among all matches. */
  offset: number;
}

export interface GraphStore {
  transaction<T>(fn: () => T): T;
  close(): void;
  /** Everything stored, as one image a new store can start from (a test suite seeds once and starts many times). */
  image(): Buffer;

  upsertUser(user: DevUser): void;
  getUser(id: string): DevUser | undefined;
  listUsers(): DevUser[];

  upsertSite(site: SiteRecord): void;
  /** `null` removes the user's role on the site. */
  setRole(siteId: string, userId: string, role: Role | null): void;
  listSites(): SiteRecord[];
  getSite(id: string): SiteRecord | undefined;
  findSiteByPath(hostname: string, path: string): SiteRecord | undefined;
  findSiteByGroup(groupId: string): SiteRecord | undefined;
  roleOf(siteId: string, userId: string): Role | undefined;
  rolesOf(siteId: string): Record<string, Role>;
  /**
   * A list's own permission for one user (SharePoint's unique permissions on a list): it replaces the site's role for
   * that user on that list; `null` removes it (the list inherits again for them).
   */
  setListRole(listId: string, userId: string, role: Role | null): void;
  listRoleOf(listId: string, userId: string): Role | undefined;
  /** Ids of the site's lists on which the user has a permission of their own. */
  listsWithRoleFor(siteId: string, userId: string): string[];

  listLists(siteId: string): ListRecord[];
  getList(siteId: string, idOrTitle: string): ListRecord | undefined;
  insertList(list: ListRecord): void;
  updateList(list: ListRecord): void;
  deleteList(listId: string): void;

  listColumns(listId: string): ColumnRecord[];
  insertColumn(column: ColumnRecord): void;
  updateColumn(column: ColumnRecord): void;
  deleteColumn(listId: string, columnId: string): void;

  listItems(listId: string): ItemRecord[];
  /** Items with id > afterId, by id, at most `limit` of them (keyset paging without loading the whole list). */
  listItemsAfter(listId: string, afterId: number, limit: number): ItemRecord[];
  countItems(listId: string): number;
  queryItems(listId: string, query: ItemQuery): ItemPage;
  /**
   * An item, other than `exceptId`, whose field `field` holds `value` (text compared case-insensitively, as SharePoint
   * compares unique values): the lookup behind enforceUniqueValues.
   */
  findItemWithValue(listId: string, field: string, value: unknown, exceptId?: number): ItemRecord | undefined;
  getItem(listId: string, id: number): ItemRecord | undefined;
  /** Inserts or replaces the item and appends a change to the list's change log. */
  saveItem(item: ItemRecord): void;
  /** Removes the item and appends a delete to the change log. */
  deleteItem(listId: string, id: number): void;

  listDrives(siteId: string): DriveRecord[];
  getDrive(id: string): DriveRecord | undefined;
  getDriveByList(listId: string): DriveRecord | undefined;
  insertDrive(drive: DriveRecord): void;
  getDriveItem(driveId: string, id: string): DriveItemRecord | undefined;
  /** The child of a folder with this name, compared case-insensitively as SharePoint does. */
  findDriveChild(driveId: string, parentId: string, name: string): DriveItemRecord | undefined;
  listDriveChildren(driveId: string, parentId: string): DriveItemRecord[];
  /** Inserts or replaces the item; `content` replaces the file's bytes when given. */
  saveDriveItem(item: DriveItemRecord, content?: Buffer): void;
  readDriveContent(driveId: string, id: string): Buffer | undefined;
  /** Removes the item and, for a folder, everything under it. */
  deleteDriveItem(driveId: string, id: string): void;

  /** The newest change sequence number (0 when there are none). */
  currentSeq(): number;
  changesSince(listId: string, afterSeq: number, uptoSeq: number): ChangeRecord[];

  /** Adds a notification to its recipient's feed; one with the recipient's `chainId` replaces the earlier one (Learn). */
  addActivity(activity: ActivityRecord): void;
  /** A recipient's feed (every feed when undefined), newest first. */
  listActivities(recipientId?: string): ActivityRecord[];
  clearActivities(): void;

  /** The delta token generation: tokens of an older generation are stale (POST /_emulator/delta/expire bumps it). */
  getDeltaEpoch(): number;
  setDeltaEpoch(ms: number): void;
}
