// Drives (document libraries): https://learn.microsoft.com/en-us/graph/api/drive-get?view=graph-rest-1.0
//                              https://learn.microsoft.com/en-us/graph/api/drive-list?view=graph-rest-1.0
// A document library is a list with template 'documentLibrary' (list-create) and is a drive; a site's default drive is
// its 'Documents' library (URL name 'Shared Documents'), made here on first use because no lists are seeded.
import { randomBytes, randomUUID } from 'node:crypto';
import type { DriveRecord, ListRecord, SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { EmulatorState, GraphResponse, HandlerContext } from './context';
import { graphRoot, json, nowIso, requireRole } from './context';
import { builtInColumns } from './columns';
import { siteWebUrl } from './sites';

export const DOCUMENT_LIBRARY = 'documentLibrary';
const DEFAULT_LIBRARY = { displayName: 'Documents', name: 'Shared Documents' };

/** Drive ids look like Graph's: 'b!' and base64url. */
const newDriveId = (): string => `b!${randomBytes(48).toString('base64url')}`;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Item ids look like SharePoint's: '01' and 32 base32 characters. */
export const newDriveItemId = (): string => `01${[...randomBytes(32)].map((b) => BASE32[b % 32]).join('')}`;

/** The library's address in SharePoint: /sites/x/Shared%20Documents (document libraries are not under /Lists). */
export const libraryWebUrl = (site: SiteRecord, list: ListRecord): string => `${siteWebUrl(site)}/${encodeURIComponent(list.name)}`;

/** Creates the drive of a new document library and its root folder (call inside the transaction that inserts the list). */
export function createLibraryDrive(state: EmulatorState, site: SiteRecord, list: ListRecord, isDefault: boolean): DriveRecord {
  const drive: DriveRecord = { id: newDriveId(), siteId: site.id, listId: list.id, isDefault, rootId: newDriveItemId() };
  state.store.insertDrive(drive);
  state.store.saveDriveItem({
    driveId: drive.id, id: drive.rootId, name: 'root', isFolder: true, guid: randomUUID(), version: 1, contentVersion: 1, size: 0,
    createdDateTime: list.createdDateTime, lastModifiedDateTime: list.createdDateTime, authorId: list.createdBy, editorId: list.createdBy,
  });
  return drive;
}

export function defaultDrive(state: EmulatorState, site: SiteRecord): DriveRecord {
  const { store } = state;
  return store.transaction(() => {
    const existing = store.listDrives(site.id).find((d) => d.isDefault);
    if (existing) return existing;
    const now = nowIso(state);
    const owner = Object.entries(store.rolesOf(site.id)).find(([, role]) => role === 'owner')?.[0] ?? 'kristin';
    const list: ListRecord = {
      id: randomUUID(), siteId: site.id, ...DEFAULT_LIBRARY, description: '', template: DOCUMENT_LIBRARY,
      createdDateTime: now, lastModifiedDateTime: now, createdBy: owner, nextItemId: 1,
    };
    store.insertList(list);
    for (const c of builtInColumns(list.id)) store.insertColumn(c);
    return createLibraryDrive(state, site, list, true);
  });
}

export interface ResolvedDrive {
  drive: DriveRecord;
  site: SiteRecord;
  list: ListRecord;
}

export function resolveDrive(state: EmulatorState, driveId: string): ResolvedDrive {
  const drive = state.store.getDrive(decodeURIComponent(driveId));
  const site = drive ? state.store.getSite(drive.siteId) : undefined;
  const list = drive && site ? state.store.getList(site.id, drive.listId) : undefined;
  if (!drive || !site || !list) throw GraphErrors.notFound('The drive could not be found.');
  return { drive, site, list };
}

export function driveOfList(state: EmulatorState, site: SiteRecord, list: ListRecord): ResolvedDrive {
  const drive = state.store.getDriveByList(list.id);
  if (!drive) throw GraphErrors.notFound(`The list '${list.displayName}' is not a document library.`);
  return { drive, site, list };
}

const userIdentity = (state: EmulatorState, userId: string): Record<string, unknown> => {
  const u = state.store.getUser(userId);
  return { user: u ? { email: u.mail, id: u.objectId, displayName: u.displayName } : { displayName: userId } };
};
export { userIdentity };

export function driveJson(state: EmulatorState, { drive, site, list }: ResolvedDrive): Record<string, unknown> {
  return {
    createdDateTime: list.createdDateTime,
    description: list.description,
    id: drive.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.displayName,
    webUrl: libraryWebUrl(site, list),
    driveType: DOCUMENT_LIBRARY,
    createdBy: userIdentity(state, list.createdBy),
    owner: { group: { id: site.groupId, displayName: site.displayName } },
  };
}

export function getDriveHandler(ctx: HandlerContext, resolved: ResolvedDrive): GraphResponse {
  if (ctx.req.method !== 'GET') throw GraphErrors.methodNotAllowed();
  requireRole(ctx, resolved.site, 'read');
  return json(200, { '@odata.context': `${graphRoot(ctx.state)}/$metadata#drives/$entity`, ...driveJson(ctx.state, resolved) });
}

/** GET /sites/{id}/drives: the site's document libraries, the default one first. */
export function listDrivesHandler(ctx: HandlerContext, site: SiteRecord): GraphResponse {
  if (ctx.req.method !== 'GET') throw GraphErrors.methodNotAllowed();
  requireRole(ctx, site, 'read');
  defaultDrive(ctx.state, site);
  const value = ctx.state.store.listDrives(site.id).map((d) => driveJson(ctx.state, resolveDrive(ctx.state, d.id)));
  return json(200, { '@odata.context': `${graphRoot(ctx.state)}/$metadata#drives`, value });
}
