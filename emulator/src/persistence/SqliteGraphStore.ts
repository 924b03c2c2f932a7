// GraphStore over better-sqlite3: a file for a persistent local mode, ':memory:' for tests.
import Database from 'better-sqlite3';
import type { DevUser } from '../auth/devUsers';
import type { ActivityRecord, ChangeRecord, ColumnRecord, DriveItemRecord, DriveRecord, GraphStore, ItemPage, ItemQuery, ItemRecord, ListRecord, Role, SiteRecord } from './GraphStore';

const schema = `
create table if not exists users (id text primary key, json text not null);
create table if not exists sites (id text primary key, key text not null, hostname text not null, path text not null,
  display_name text not null, group_id text not null, created text not null);
create table if not exists roles (site_id text not null, user_id text not null, role text not null, primary key (site_id, user_id));
create table if not exists list_roles (list_id text not null, user_id text not null, role text not null, primary key (list_id, user_id));
create table if not exists lists (id text primary key, site_id text not null, name text not null, display_name text not null,
  description text not null, template text not null, created text not null, modified text not null, created_by text not null,
  next_item_id integer not null);
create table if not exists columns (id text not null, list_id text not null, name text not null, display_name text not null,
  system integer not null, position integer not null, definition text not null, primary key (list_id, id));
create table if not exists items (list_id text not null, id integer not null, guid text not null, version integer not null,
  fields text not null, created text not null, modified text not null, author text not null, editor text not null,
  primary key (list_id, id));
create table if not exists changes (seq integer primary key autoincrement, list_id text not null, item_id integer not null,
  deleted integer not null);
create index if not exists changes_by_list on changes (list_id, seq);
create table if not exists meta (key text primary key, value text not null);
create table if not exists drives (id text primary key, site_id text not null, list_id text not null, is_default integer not null,
  root_id text not null);
create table if not exists drive_items (drive_id text not null, id text not null, parent_id text, name text not null,
  is_folder integer not null, guid text not null, version integer not null, content_version integer not null, size integer not null,
  mime_type text, created text not null, modified text not null, author text not null, editor text not null, content blob,
  primary key (drive_id, id));
create table if not exists activities (id text primary key, recipient text not null, created text not null, chain_id integer,
  json text not null);
create index if not exists activities_by_recipient on activities (recipient, created);
create index if not exists drive_children on drive_items (drive_id, parent_id, name collate nocase);
`;

interface SiteRow { id: string; key: string; hostname: string; path: string; display_name: string; group_id: string; created: string }
interface ListRow { id: string; site_id: string; name: string; display_name: string; description: string; template: string; created: string; modified: string; created_by: string; next_item_id: number }
interface ColumnRow { id: string; list_id: string; name: string; display_name: string; system: number; position: number; definition: string }
interface ItemRow { list_id: string; id: number; guid: string; version: number; fields: string; created: string; modified: string; author: string; editor: string }
interface DriveRow { id: string; site_id: string; list_id: string; is_default: number; root_id: string }
interface DriveItemRow { drive_id: string; id: string; parent_id: string | null; name: string; is_folder: number; guid: string; version: number; content_version: number; size: number; mime_type: string | null; created: string; modified: string; author: string; editor: string }
interface ChangeRow { seq: number; list_id: string; item_id: number; deleted: number }

const toSite = (r: SiteRow): SiteRecord => ({ id: r.id, key: r.key, hostname: r.hostname, path: r.path, displayName: r.display_name, groupId: r.group_id, createdDateTime: r.created });
const toList = (r: ListRow): ListRecord => ({ id: r.id, siteId: r.site_id, name: r.name, displayName: r.display_name, description: r.description, template: r.template, createdDateTime: r.created, lastModifiedDateTime: r.modified, createdBy: r.created_by, nextItemId: r.next_item_id });
const toColumn = (r: ColumnRow): ColumnRecord => ({ id: r.id, listId: r.list_id, name: r.name, displayName: r.display_name, system: r.system === 1, position: r.position, definition: JSON.parse(r.definition) as Record<string, unknown> });
const toItem = (r: ItemRow): ItemRecord => ({ listId: r.list_id, id: r.id, guid: r.guid, version: r.version, fields: JSON.parse(r.fields) as Record<string, unknown>, createdDateTime: r.created, lastModifiedDateTime: r.modified, authorId: r.author, editorId: r.editor });

const toDrive = (r: DriveRow): DriveRecord => ({ id: r.id, siteId: r.site_id, listId: r.list_id, isDefault: r.is_default === 1, rootId: r.root_id });
const toDriveItem = (r: DriveItemRow): DriveItemRecord => ({
  driveId: r.drive_id, id: r.id, ...(r.parent_id !== null ? { parentId: r.parent_id } : {}), name: r.name, isFolder: r.is_folder === 1, guid: r.guid,
  version: r.version, contentVersion: r.content_version, size: r.size, ...(r.mime_type !== null ? { mimeType: r.mime_type } : {}),
  createdDateTime: r.created, lastModifiedDateTime: r.modified, authorId: r.author, editorId: r.editor,
});
const DRIVE_ITEM_COLUMNS = 'drive_id, id, parent_id, name, is_folder, guid, version, content_version, size, mime_type, created, modified, author, editor';

/** How unique values compare: text case-insensitively (full Unicode, which SQLite's lower() is not), the rest as text. */
const uniqueKey = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'boolean') return v ? '1' : '0';
  return (typeof v === 'object' ? JSON.stringify(v) : String(v)).toLowerCase();
};
const jsonPath = (field: string): string => `$."${field.replace(/"/g, '\\"')}"`;

export class SqliteGraphStore implements GraphStore {
  private readonly db: Database.Database;
  /** Users are read for every item rendered (createdBy, AuthorLookupId) and change only at seeding. */
  private readonly userCache = new Map<string, DevUser | undefined>();

  /** A file path, ':memory:', or an image from `image()` to start from (in memory). */
  constructor(location: string | Buffer) {
    this.db = new Database(location);
    if (typeof location === 'string' && location !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.exec(schema);
    this.db.function('unique_key', { deterministic: true }, (v: unknown) => uniqueKey(v));
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }

  image(): Buffer {
    return this.db.serialize();
  }

  upsertUser(user: DevUser): void {
    this.userCache.clear();
    this.db.prepare('insert into users (id, json) values (?, ?) on conflict(id) do update set json = excluded.json').run(user.id, JSON.stringify(user));
  }
  getUser(id: string): DevUser | undefined {
    if (this.userCache.has(id)) return this.userCache.get(id);
    const row = this.db.prepare('select json from users where id = ?').get(id) as { json: string } | undefined;
    const user = row ? (JSON.parse(row.json) as DevUser) : undefined;
    this.userCache.set(id, user);
    return user;
  }
  listUsers(): DevUser[] {
    return (this.db.prepare('select json from users order by rowid').all() as { json: string }[]).map((r) => JSON.parse(r.json) as DevUser);
  }

  upsertSite(s: SiteRecord): void {
    this.db
      .prepare(`insert into sites (id, key, hostname, path, display_name, group_id, created) values (?, ?, ?, ?, ?, ?, ?)
        on conflict(id) do update set key = excluded.key, path = excluded.path, display_name = excluded.display_name, group_id = excluded.group_id`)
      .run(s.id, s.key, s.hostname, s.path, s.displayName, s.groupId, s.createdDateTime);
  }
  setRole(siteId: string, userId: string, role: Role | null): void {
    if (role === null) this.db.prepare('delete from roles where site_id = ? and user_id = ?').run(siteId, userId);
    else this.db.prepare('insert into roles (site_id, user_id, role) values (?, ?, ?) on conflict(site_id, user_id) do update set role = excluded.role').run(siteId, userId, role);
  }
  listSites(): SiteRecord[] {
    return (this.db.prepare('select * from sites order by rowid').all() as SiteRow[]).map(toSite);
  }
  getSite(id: string): SiteRecord | undefined {
    const row = this.db.prepare('select * from sites where lower(id) = lower(?)').get(id) as SiteRow | undefined;
    return row ? toSite(row) : undefined;
  }
  findSiteByPath(hostname: string, path: string): SiteRecord | undefined {
    const row = this.db.prepare('select * from sites where lower(hostname) = lower(?) and lower(path) = lower(?)').get(hostname, path) as SiteRow | undefined;
    return row ? toSite(row) : undefined;
  }
  findSiteByGroup(groupId: string): SiteRecord | undefined {
    const row = this.db.prepare('select * from sites where lower(group_id) = lower(?)').get(groupId) as SiteRow | undefined;
    return row ? toSite(row) : undefined;
  }
  roleOf(siteId: string, userId: string): Role | undefined {
    const row = this.db.prepare('select role from roles where site_id = ? and user_id = ?').get(siteId, userId) as { role: Role } | undefined;
    return row?.role;
  }
  setListRole(listId: string, userId: string, role: Role | null): void {
    if (role === null) this.db.prepare('delete from list_roles where list_id = ? and user_id = ?').run(listId, userId);
    else this.db.prepare('insert into list_roles (list_id, user_id, role) values (?, ?, ?) on conflict(list_id, user_id) do update set role = excluded.role').run(listId, userId, role);
  }
  listRoleOf(listId: string, userId: string): Role | undefined {
    return (this.db.prepare('select role from list_roles where list_id = ? and user_id = ?').get(listId, userId) as { role: Role } | undefined)?.role;
  }
  listsWithRoleFor(siteId: string, userId: string): string[] {
    const rows = this.db.prepare('select r.list_id from list_roles r join lists l on l.id = r.list_id where l.site_id = ? and r.user_id = ?').all(siteId, userId) as { list_id: string }[];
    return rows.map((r) => r.list_id);
  }
  rolesOf(siteId: string): Record<string, Role> {
    const rows = this.db.prepare('select user_id, role from roles where site_id = ? order by rowid').all(siteId) as { user_id: string; role: Role }[];
    return Object.fromEntries(rows.map((r) => [r.user_id, r.role]));
  }

  listLists(siteId: string): ListRecord[] {
    return (this.db.prepare('select * from lists where site_id = ? order by rowid').all(siteId) as ListRow[]).map(toList);
  }
  getList(siteId: string, idOrTitle: string): ListRecord | undefined {
    const row = this.db
      .prepare('select * from lists where site_id = ? and (lower(id) = lower(?) or lower(display_name) = lower(?) or lower(name) = lower(?)) order by (lower(id) = lower(?)) desc limit 1')
      .get(siteId, idOrTitle, idOrTitle, idOrTitle, idOrTitle) as ListRow | undefined;
    return row ? toList(row) : undefined;
  }
  insertList(l: ListRecord): void {
    this.db
      .prepare('insert into lists (id, site_id, name, display_name, description, template, created, modified, created_by, next_item_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(l.id, l.siteId, l.name, l.displayName, l.description, l.template, l.createdDateTime, l.lastModifiedDateTime, l.createdBy, l.nextItemId);
  }
  updateList(l: ListRecord): void {
    this.db
      .prepare('update lists set name = ?, display_name = ?, description = ?, modified = ?, next_item_id = ? where id = ?')
      .run(l.name, l.displayName, l.description, l.lastModifiedDateTime, l.nextItemId, l.id);
  }
  deleteList(listId: string): void {
    this.transaction(() => {
      for (const table of ['items', 'columns', 'changes', 'list_roles']) this.db.prepare(`delete from ${table} where list_id = ?`).run(listId);
      this.db.prepare('delete from drive_items where drive_id in (select id from drives where list_id = ?)').run(listId);
      this.db.prepare('delete from drives where list_id = ?').run(listId);
      this.db.prepare('delete from lists where id = ?').run(listId);
    });
  }

  listColumns(listId: string): ColumnRecord[] {
    return (this.db.prepare('select * from columns where list_id = ? order by position').all(listId) as ColumnRow[]).map(toColumn);
  }
  insertColumn(c: ColumnRecord): void {
    this.db
      .prepare('insert into columns (id, list_id, name, display_name, system, position, definition) values (?, ?, ?, ?, ?, ?, ?)')
      .run(c.id, c.listId, c.name, c.displayName, c.system ? 1 : 0, c.position, JSON.stringify(c.definition));
  }
  updateColumn(c: ColumnRecord): void {
    this.db
      .prepare('update columns set name = ?, display_name = ?, definition = ? where list_id = ? and id = ?')
      .run(c.name, c.displayName, JSON.stringify(c.definition), c.listId, c.id);
  }
  deleteColumn(listId: string, columnId: string): void {
    this.db.prepare('delete from columns where list_id = ? and id = ?').run(listId, columnId);
  }

  listItems(listId: string): ItemRecord[] {
    return (this.db.prepare('select * from items where list_id = ? order by id').all(listId) as ItemRow[]).map(toItem);
  }
  listItemsAfter(listId: string, afterId: number, limit: number): ItemRecord[] {
    return (this.db.prepare('select * from items where list_id = ? and id > ? order by id limit ?').all(listId, afterId, limit) as ItemRow[]).map(toItem);
  }
  countItems(listId: string): number {
    return (this.db.prepare('select count(*) as n from items where list_id = ?').get(listId) as { n: number }).n;
  }
  queryItems(listId: string, q: ItemQuery): ItemPage {
    if (!q.where && !q.compare) {
      // Id order without a filter: one page straight from the primary key.
      const offset = q.offset ?? 0;
      const rows = this.db.prepare('select * from items where list_id = ? and id > ? order by id limit ? offset ?').all(listId, q.afterId ?? 0, q.limit + 1, offset) as ItemRow[];
      return { items: rows.slice(0, q.limit).map(toItem), hasMore: rows.length > q.limit, offset };
    }
    const matches: ItemRecord[] = [];
    for (const row of this.db.prepare('select * from items where list_id = ? order by id').iterate(listId) as IterableIterator<ItemRow>) {
      const item = toItem(row);
      if (!q.where || q.where(item)) matches.push(item);
    }
    if (q.compare) matches.sort(q.compare);
    let start = q.offset ?? 0;
    if (q.afterId !== undefined) {
      const afterId = q.afterId;
      start = matches.findIndex((i) => i.id > afterId);
      if (start === -1) start = matches.length;
    }
    return { items: matches.slice(start, start + q.limit), hasMore: start + q.limit < matches.length, offset: start };
  }
  findItemWithValue(listId: string, field: string, value: unknown, exceptId = 0): ItemRecord | undefined {
    const key = uniqueKey(value);
    if (key === null) return undefined;
    const row = this.db
      .prepare('select * from items where list_id = ? and id <> ? and unique_key(json_extract(fields, ?)) = ? limit 1')
      .get(listId, exceptId, jsonPath(field), key) as ItemRow | undefined;
    return row ? toItem(row) : undefined;
  }
  getItem(listId: string, id: number): ItemRecord | undefined {
    const row = this.db.prepare('select * from items where list_id = ? and id = ?').get(listId, id) as ItemRow | undefined;
    return row ? toItem(row) : undefined;
  }
  saveItem(i: ItemRecord): void {
    this.transaction(() => {
      this.db
        .prepare(`insert into items (list_id, id, guid, version, fields, created, modified, author, editor) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
          on conflict(list_id, id) do update set version = excluded.version, fields = excluded.fields, modified = excluded.modified, editor = excluded.editor`)
        .run(i.listId, i.id, i.guid, i.version, JSON.stringify(i.fields), i.createdDateTime, i.lastModifiedDateTime, i.authorId, i.editorId);
      this.db.prepare('insert into changes (list_id, item_id, deleted) values (?, ?, 0)').run(i.listId, i.id);
    });
  }
  deleteItem(listId: string, id: number): void {
    this.transaction(() => {
      this.db.prepare('delete from items where list_id = ? and id = ?').run(listId, id);
      this.db.prepare('insert into changes (list_id, item_id, deleted) values (?, ?, 1)').run(listId, id);
    });
  }

  listDrives(siteId: string): DriveRecord[] {
    return (this.db.prepare('select * from drives where site_id = ? order by is_default desc, rowid').all(siteId) as DriveRow[]).map(toDrive);
  }
  getDrive(id: string): DriveRecord | undefined {
    const row = this.db.prepare('select * from drives where id = ?').get(id) as DriveRow | undefined;
    return row ? toDrive(row) : undefined;
  }
  getDriveByList(listId: string): DriveRecord | undefined {
    const row = this.db.prepare('select * from drives where list_id = ?').get(listId) as DriveRow | undefined;
    return row ? toDrive(row) : undefined;
  }
  insertDrive(d: DriveRecord): void {
    this.db.prepare('insert into drives (id, site_id, list_id, is_default, root_id) values (?, ?, ?, ?, ?)').run(d.id, d.siteId, d.listId, d.isDefault ? 1 : 0, d.rootId);
  }
  getDriveItem(driveId: string, id: string): DriveItemRecord | undefined {
    const row = this.db.prepare(`select ${DRIVE_ITEM_COLUMNS} from drive_items where drive_id = ? and id = ?`).get(driveId, id) as DriveItemRow | undefined;
    return row ? toDriveItem(row) : undefined;
  }
  findDriveChild(driveId: string, parentId: string, name: string): DriveItemRecord | undefined {
    const row = this.db
      .prepare(`select ${DRIVE_ITEM_COLUMNS} from drive_items where drive_id = ? and parent_id = ? and name = ? collate nocase`)
      .get(driveId, parentId, name) as DriveItemRow | undefined;
    return row ? toDriveItem(row) : undefined;
  }
  listDriveChildren(driveId: string, parentId: string): DriveItemRecord[] {
    return (this.db.prepare(`select ${DRIVE_ITEM_COLUMNS} from drive_items where drive_id = ? and parent_id = ? order by name collate nocase`).all(driveId, parentId) as DriveItemRow[]).map(toDriveItem);
  }
  saveDriveItem(i: DriveItemRecord, content?: Buffer): void {
    this.db
      .prepare(`insert into drive_items (${DRIVE_ITEM_COLUMNS}, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict(drive_id, id) do update set parent_id = excluded.parent_id, name = excluded.name, version = excluded.version,
          content_version = excluded.content_version, size = excluded.size, mime_type = excluded.mime_type, modified = excluded.modified,
          editor = excluded.editor, content = coalesce(excluded.content, drive_items.content)`)
      .run(i.driveId, i.id, i.parentId ?? null, i.name, i.isFolder ? 1 : 0, i.guid, i.version, i.contentVersion, i.size, i.mimeType ?? null,
        i.createdDateTime, i.lastModifiedDateTime, i.authorId, i.editorId, content ?? null);
  }
  readDriveContent(driveId: string, id: string): Buffer | undefined {
    const row = this.db.prepare('select content from drive_items where drive_id = ? and id = ?').get(driveId, id) as { content: Buffer | null } | undefined;
    return row?.content ?? undefined;
  }
  deleteDriveItem(driveId: string, id: string): void {
    this.transaction(() => {
      for (const child of this.listDriveChildren(driveId, id)) this.deleteDriveItem(driveId, child.id);
      this.db.prepare('delete from drive_items where drive_id = ? and id = ?').run(driveId, id);
    });
  }

  currentSeq(): number {
    const row = this.db.prepare("select seq from sqlite_sequence where name = 'changes'").get() as { seq: number } | undefined;
    return row?.seq ?? 0;
  }
  changesSince(listId: string, afterSeq: number, uptoSeq: number): ChangeRecord[] {
    const rows = this.db.prepare('select * from changes where list_id = ? and seq > ? and seq <= ? order by seq').all(listId, afterSeq, uptoSeq) as ChangeRow[];
    return rows.map((r) => ({ seq: r.seq, listId: r.list_id, itemId: r.item_id, deleted: r.deleted === 1 }));
  }

  addActivity(activity: ActivityRecord): void {
    this.transaction(() => {
      if (activity.chainId !== undefined) this.db.prepare('delete from activities where recipient = ? and chain_id = ?').run(activity.recipientId, activity.chainId);
      this.db
        .prepare('insert into activities (id, recipient, created, chain_id, json) values (?, ?, ?, ?, ?)')
        .run(activity.id, activity.recipientId, activity.createdDateTime, activity.chainId ?? null, JSON.stringify(activity));
    });
  }
  listActivities(recipientId?: string): ActivityRecord[] {
    const rows = (recipientId === undefined
      ? this.db.prepare('select json from activities order by created desc, rowid desc').all()
      : this.db.prepare('select json from activities where recipient = ? order by created desc, rowid desc').all(recipientId)) as { json: string }[];
    return rows.map((row) => JSON.parse(row.json) as ActivityRecord);
  }
  clearActivities(): void {
    this.db.prepare('delete from activities').run();
  }

  getDeltaEpoch(): number {
    const row = this.db.prepare("select value from meta where key = 'deltaEpoch'").get() as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  }
  setDeltaEpoch(ms: number): void {
    this.db.prepare("insert into meta (key, value) values ('deltaEpoch', ?) on conflict(key) do update set value = excluded.value").run(String(ms));
  }
}
