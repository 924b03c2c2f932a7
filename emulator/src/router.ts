// Maps a Graph path (after /v1.0) to its handler and meters it: path kind and SharePoint resource units.
import { GraphErrors } from './errors/GraphErrorFactory';
import type { GraphResponse, HandlerContext, PathKind } from './handlers/context';
import { getMe } from './handlers/me';
import { getSite, resolveGroupSite, resolveSitePath } from './handlers/sites';
import type { ResolvedSite } from './handlers/sites';
import { createListHandler, findList, listHandler, listListsHandler } from './handlers/lists';
import { columnHandler, createColumnHandler, listColumnsHandler } from './handlers/columns';
import { createItemHandler, fieldsHandler, itemHandler, listItemsHandler } from './handlers/items';
import { deltaHandler } from './handlers/delta';
import type { ResolvedDrive } from './handlers/drives';
import { defaultDrive, driveOfList, getDriveHandler, listDrivesHandler, resolveDrive } from './handlers/drives';
import { driveItemHandler } from './handlers/driveItems';
import { driveCost } from './handlers/drivePaths';
import { siteAccess } from './handlers/sitePermissions';
import { listGroupOwners } from './handlers/groupOwners';
import { sendTeamActivity, sendUserActivity } from './handlers/activityFeed';

/** Teams activity feed endpoints (handlers/activityFeed.ts): a Teams call, no SharePoint resource units. */
const TEAM_ACTIVITY = /^\/teams\/([^/]+)\/sendActivityNotification\/?$/i;
const USER_ACTIVITY = /^\/users\/([^/]+)\/teamwork\/sendActivityNotification\/?$/i;

const RU_READ_ONE = 1;
const RU_MULTI_OR_WRITE = 2;

export function route(ctx: HandlerContext): GraphResponse {
  const { req, state, meter } = ctx;
  const method = req.method;
  const path = req.path;

  if (/^\/me\/?$/i.test(path)) {
    meter.kind = 'me';
    if (method !== 'GET') throw GraphErrors.methodNotAllowed();
    meter.ru = RU_READ_ONE;
    return getMe(ctx);
  }

  const groupOwners = /^\/groups\/([^/]+)\/owners\/?$/i.exec(path);
  if (groupOwners?.[1]) {
    meter.kind = 'groupOwners';
    meter.ru = 0; // a directory read: no SharePoint resource units
    return listGroupOwners(ctx, groupOwners[1]);
  }

  const teamActivity = TEAM_ACTIVITY.exec(path);
  const userActivity = USER_ACTIVITY.exec(path);
  if (teamActivity?.[1] || userActivity?.[1]) {
    meter.kind = 'activity';
    meter.ru = 0;
    return teamActivity?.[1] ? sendTeamActivity(ctx, teamActivity[1]) : sendUserActivity(ctx, userActivity?.[1] ?? '');
  }

  const topDrive = /^\/drives\/([^/:]+)(\/.*)?$/i.exec(path);
  if (topDrive?.[1]) {
    // A drive addressed on its own still belongs to a site: Sites.Selected grants apply to it too.
    const drive = resolveDrive(state, topDrive[1]);
    const granted = siteAccess(ctx, drive.site, ['drive']);
    if (granted) return granted;
    return routeDrive(ctx, drive, topDrive[2] ?? '');
  }

  let resolved: ResolvedSite;
  const group = /^\/groups\/([^/]+)(\/.*)?$/i.exec(path);
  meter.kind = 'site';
  if (/^\/sites\/./i.test(path)) resolved = resolveSitePath(state, path.slice('/sites/'.length));
  else if (group?.[1]) resolved = resolveGroupSite(state, group[1], group[2] ?? '');
  else throw GraphErrors.notFound(`Resource not found for the segment '${path.split('/')[1] ?? ''}'.`);

  const { site } = resolved;
  const seg = resolved.rest.split('/').filter((s) => s.length > 0);
  const granted = siteAccess(ctx, site, seg); // Sites.Selected grants and the permissions endpoints, before any site resource
  if (granted) return granted;
  // Drives: /drive (the default one), /drives[/{id}], /lists/{library}/drive, each followed by /root… or /items….
  const siteDrive = /^\/drive(\/.*)?$/i.exec(resolved.rest);
  if (siteDrive) return routeDrive(ctx, resolveDrive(state, defaultDrive(state, site).id), siteDrive[1] ?? '');
  const siteDrives = /^\/drives(?:\/([^/:]+)(\/.*)?)?\/?$/i.exec(resolved.rest);
  if (siteDrives) {
    if (!siteDrives[1]) {
      meter.kind = 'drive';
      meter.ru = RU_MULTI_OR_WRITE;
      return listDrivesHandler(ctx, site);
    }
    const drive = resolveDrive(state, siteDrives[1]);
    if (drive.site.id !== site.id) throw GraphErrors.notFound('The drive could not be found.');
    return routeDrive(ctx, drive, siteDrives[2] ?? '');
  }
  const listDrive = /^\/lists\/([^/]+)\/drive(\/.*)?$/i.exec(resolved.rest);
  if (listDrive?.[1]) return routeDrive(ctx, driveOfList(state, site, findList(state, site, listDrive[1])), listDrive[2] ?? '');

  const [s0, listId, s2, s3, s4] = seg;
  const many = (_m: string): number => RU_MULTI_OR_WRITE; // a multi-item query, a create: both 2 RU
  const one = (m: string): number => (m === 'GET' ? RU_READ_ONE : RU_MULTI_OR_WRITE);

  if (seg.length === 0) {
    if (method !== 'GET') throw GraphErrors.methodNotAllowed();
    meter.ru = RU_READ_ONE;
    return getSite(ctx, site);
  }
  if (s0?.toLowerCase() !== 'lists' || seg.length > 5) throw GraphErrors.notFound(`Resource not found for the segment '${s0 ?? ''}'.`);

  meter.kind = 'list';
  if (listId === undefined) {
    meter.ru = many(method);
    if (method === 'GET') return listListsHandler(ctx, site);
    if (method === 'POST') return createListHandler(ctx, site);
    throw GraphErrors.methodNotAllowed();
  }
  if (s2 === undefined) {
    meter.ru = one(method);
    return listHandler(ctx, site, findList(state, site, listId));
  }
  const section = s2.toLowerCase();
  if (section === 'columns') {
    meter.kind = 'columns';
    if (s4 !== undefined) throw GraphErrors.notFound('Resource not found.');
    const list = findList(state, site, listId);
    if (s3 === undefined) {
      meter.ru = many(method);
      if (method === 'GET') return listColumnsHandler(ctx, site, list);
      if (method === 'POST') return createColumnHandler(ctx, site, list);
      throw GraphErrors.methodNotAllowed();
    }
    meter.ru = one(method);
    return columnHandler(ctx, site, list, s3);
  }
  if (section !== 'items') throw GraphErrors.notFound(`Resource not found for the segment '${s2}'.`);
  const list = findList(state, site, listId);
  if (s3 === undefined) {
    meter.kind = 'items';
    meter.ru = many(method);
    if (method === 'GET') return listItemsHandler(ctx, site, list);
    if (method === 'POST') return createItemHandler(ctx, site, list);
    throw GraphErrors.methodNotAllowed();
  }
  if (s3 === 'delta' || s3 === 'delta()') {
    meter.kind = 'delta';
    if (method !== 'GET' || s4 !== undefined) throw GraphErrors.methodNotAllowed();
    meter.ru = RU_MULTI_OR_WRITE; // the handler lowers it to 1 when a token is given
    return deltaHandler(ctx, site, list);
  }
  if (s4 === undefined) {
    meter.kind = 'item';
    meter.ru = one(method);
    return itemHandler(ctx, site, list, s3);
  }
  if (s4.toLowerCase() === 'fields') {
    meter.kind = 'fields';
    meter.ru = one(method);
    return fieldsHandler(ctx, site, list, s3);
  }
  throw GraphErrors.notFound(`Resource not found for the segment '${s4}'.`);
}

/** A drive (`rest` empty) or an item below it. */
function routeDrive(ctx: HandlerContext, drive: ResolvedDrive, rest: string): GraphResponse {
  Object.assign(ctx.meter, driveCost(ctx.req.method, rest));
  if (rest === '' || rest === '/') return getDriveHandler(ctx, drive);
  return driveItemHandler(ctx, drive, rest);
}

/**
 * The path kind and RU cost of a request from its shape alone, without running it. Used for requests that a fault
 * throttles: SharePoint counts throttled requests toward the limits too.
 */
export function classify(method: string, path: string, query: URLSearchParams): { kind: PathKind; ru: number } {
  if (/^\/\$batch\/?$/i.test(path)) return { kind: 'batch', ru: 0 };
  if (/^\/me\/?$/i.test(path)) return { kind: 'me', ru: RU_READ_ONE };
  if (/^\/groups\/[^/]+\/owners\/?$/i.test(path)) return { kind: 'groupOwners', ru: 0 };
  if (TEAM_ACTIVITY.test(path) || USER_ACTIVITY.test(path)) return { kind: 'activity', ru: 0 };
  const drivePath = /^\/drives\/[^/:]+(\/.*)?$/i.exec(path) ?? /^\/.*?\/drive(?:s\/[^/:]+)?(\/(?:root|items).*)?$/i.exec(path);
  if (drivePath) return driveCost(method, drivePath[1] ?? '');
  if (/^\/sites\/.*\/drives\/?$/i.test(path)) return { kind: 'drive', ru: RU_MULTI_OR_WRITE };
  const rest =
    /^\/sites\/root(\/.*)?$/i.exec(path)?.[1] ??
    /^\/groups\/[^/]+\/sites\/root(\/.*)?$/i.exec(path)?.[1] ??
    /^\/sites\/[^/:]+:\/[^:]*:?(\/.*)?$/i.exec(path)?.[1] ??
    /^\/sites\/[^/]+(\/.*)?$/i.exec(path)?.[1];
  if (rest === undefined && !/^\/(sites|groups)\//i.test(path)) return { kind: 'other', ru: 0 };
  const seg = (rest ?? '').split('/').filter(Boolean);
  const one = method === 'GET' ? RU_READ_ONE : RU_MULTI_OR_WRITE;
  if (seg.length === 0) return { kind: 'site', ru: RU_READ_ONE };
  if (seg.length === 1) return { kind: 'list', ru: RU_MULTI_OR_WRITE };
  if (seg.length === 2) return { kind: 'list', ru: one };
  if (seg[2]?.toLowerCase() === 'columns') return { kind: 'columns', ru: seg.length === 3 ? RU_MULTI_OR_WRITE : one };
  if (seg.length === 3) return { kind: 'items', ru: RU_MULTI_OR_WRITE };
  if (seg[3] === 'delta' || seg[3] === 'delta()') {
    const token = query.get('token') ?? query.get('$deltatoken');
    return { kind: 'delta', ru: token ? RU_READ_ONE : RU_MULTI_OR_WRITE };
  }
  if (seg.length === 4) return { kind: 'item', ru: one };
  return { kind: 'fields', ru: one };
}
