// Drive items: https://learn.microsoft.com/en-us/graph/api/driveitem-get?view=graph-rest-1.0
//              https://learn.microsoft.com/en-us/graph/api/driveitem-list-children?view=graph-rest-1.0
//              https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0
//              https://learn.microsoft.com/en-us/graph/api/driveitem-get-content?view=graph-rest-1.0
//              https://learn.microsoft.com/en-us/graph/api/driveitem-delete?view=graph-rest-1.0
// Simple upload (PUT …/content, up to maxUploadBytes) with @microsoft.graph.conflictBehavior fail | replace | rename as a
// query parameter (default replace for PUT, per the driveItem resource); download is a 302 to a pre-authenticated URL.
import { randomUUID } from 'node:crypto';
import type { DriveItemRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { GraphResponse, HandlerContext } from './context';
import { graphRoot, json, noContent, nowIso, requireRole } from './context';
import type { ResolvedDrive } from './drives';
import { DOCUMENT_LIBRARY, libraryWebUrl, newDriveItemId, userIdentity } from './drives';
import type { DriveItemAddress } from './drivePaths';
import { parseDriveItemAddress } from './drivePaths';
import { downloadUrl } from './download';

const MIME_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', json: 'application/json', md: 'text/markdown',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml',
};
/** SharePoint derives a file's mimeType from its extension, not from the upload's Content-Type. */
const mimeTypeOf = (name: string): string => MIME_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

const CONFLICT_PARAM = '@microsoft.graph.conflictBehavior';
type ConflictBehavior = 'fail' | 'replace' | 'rename';

/** The item's path from the root, as Graph's parentReference.path gives it: '/drives/{id}/root:/a/b'. */
function pathOf(ctx: HandlerContext, item: DriveItemRecord): string[] {
  const names: string[] = [];
  let cur: DriveItemRecord | undefined = item;
  while (cur?.parentId !== undefined) {
    names.unshift(cur.name);
    cur = ctx.state.store.getDriveItem(item.driveId, cur.parentId);
  }
  return names;
}

export function driveItemJson(ctx: HandlerContext, resolved: ResolvedDrive, item: DriveItemRecord): Record<string, unknown> {
  const { state } = ctx;
  const path = pathOf(ctx, item);
  const isRoot = item.parentId === undefined;
  const parentPath = path.slice(0, -1).map(encodeURIComponent).join('/');
  const out: Record<string, unknown> = {
    ...(item.isFolder ? {} : { '@microsoft.graph.downloadUrl': downloadUrl(state, item) }),
    createdDateTime: item.createdDateTime,
    eTag: `"{${item.guid}},${item.version}"`,
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: item.name,
    webUrl: [libraryWebUrl(resolved.site, resolved.list), ...path.map(encodeURIComponent)].join('/'),
    cTag: `"c:{${item.guid}},${item.contentVersion}"`,
    size: item.isFolder ? ctx.state.store.listDriveChildren(item.driveId, item.id).reduce((n, c) => n + c.size, 0) : item.size,
    createdBy: userIdentity(state, item.authorId),
    lastModifiedBy: userIdentity(state, item.editorId),
    parentReference: {
      driveType: DOCUMENT_LIBRARY, driveId: resolved.drive.id, siteId: resolved.site.id,
      ...(isRoot ? {} : { id: item.parentId, path: `/drives/${resolved.drive.id}/root:${parentPath ? `/${parentPath}` : ''}` }),
    },
    fileSystemInfo: { createdDateTime: item.createdDateTime, lastModifiedDateTime: item.lastModifiedDateTime },
  };
  if (isRoot) out.root = {};
  if (item.isFolder) out.folder = { childCount: ctx.state.store.listDriveChildren(item.driveId, item.id).length };
  else out.file = { mimeType: item.mimeType ?? mimeTypeOf(item.name) };
  return out;
}

const itemNotFound = (): never => {
  throw GraphErrors.notFound('The resource could not be found.');
};

function baseItem(ctx: HandlerContext, resolved: ResolvedDrive, address: DriveItemAddress): DriveItemRecord {
  const id = address.base === 'root' ? resolved.drive.rootId : address.base.itemId;
  return ctx.state.store.getDriveItem(resolved.drive.id, id) ?? itemNotFound();
}

/** Walks `path` below `from`; 404 itemNotFound when a segment is missing. */
function walk(ctx: HandlerContext, from: DriveItemRecord, path: string[]): DriveItemRecord {
  let cur = from;
  for (const name of path) {
    if (!cur.isFolder) itemNotFound();
    cur = ctx.state.store.findDriveChild(cur.driveId, cur.id, name) ?? itemNotFound();
  }
  return cur;
}

function newItem(ctx: HandlerContext, driveId: string, parentId: string, name: string, isFolder: boolean): DriveItemRecord {
  const now = nowIso(ctx.state);
  return {
    driveId, id: newDriveItemId(), parentId, name, isFolder, guid: randomUUID(), version: 1, contentVersion: 1, size: 0,
    ...(isFolder ? {} : { mimeType: mimeTypeOf(name) }),
    createdDateTime: now, lastModifiedDateTime: now, authorId: ctx.user.id, editorId: ctx.user.id,
  };
}

/** Folders on the way to an uploaded file are made as needed. */
function ensureFolder(ctx: HandlerContext, from: DriveItemRecord, path: string[]): DriveItemRecord {
  let cur = from;
  for (const name of path) {
    const next = ctx.state.store.findDriveChild(cur.driveId, cur.id, name);
    if (next && !next.isFolder) throw GraphErrors.nameAlreadyExists(`A file named '${name}' already exists where a folder is needed.`);
    if (next) {
      cur = next;
      continue;
    }
    const folder = newItem(ctx, cur.driveId, cur.id, name, true);
    ctx.state.store.saveDriveItem(folder);
    cur = folder;
  }
  return cur;
}

/** 'plan.docx' → 'plan 1.docx', 'plan 2.docx' …: the first free name, as SharePoint renames. */
function freeName(ctx: HandlerContext, parent: DriveItemRecord, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!ctx.state.store.findDriveChild(parent.driveId, parent.id, candidate)) return candidate;
  }
}

function conflictBehavior(ctx: HandlerContext): ConflictBehavior {
  const value = (ctx.req.query.get(CONFLICT_PARAM) ?? 'replace').toLowerCase();
  if (value !== 'fail' && value !== 'replace' && value !== 'rename') throw GraphErrors.invalidRequest(`Invalid value '${value}' for ${CONFLICT_PARAM}.`);
  return value;
}

function upload(ctx: HandlerContext, resolved: ResolvedDrive, address: DriveItemAddress): GraphResponse {
  requireRole(ctx, resolved.site, 'write');
  const size = ctx.req.bodyBytes ?? ctx.req.rawBody?.length ?? 0;
  const limit = ctx.state.settings.maxUploadBytes;
  if (size > limit) throw GraphErrors.tooLarge(`The file is ${size} bytes; a simple upload accepts at most ${limit} bytes. Use an upload session for larger files.`);
  const content = ctx.req.rawBody ?? Buffer.alloc(0);
  const { store } = ctx.state;
  const { item, created } = store.transaction(() => {
    const base = baseItem(ctx, resolved, address);
    let target: DriveItemRecord | undefined;
    let parent: DriveItemRecord | undefined;
    let name = '';
    if (address.path.length === 0) {
      target = base; // PUT /items/{id}/content replaces an existing file
      if (target.isFolder) throw GraphErrors.invalidRequest('Cannot upload content to a folder.');
    } else {
      parent = ensureFolder(ctx, base, address.path.slice(0, -1));
      name = address.path[address.path.length - 1] as string;
      target = store.findDriveChild(parent.driveId, parent.id, name);
      if (target) {
        const behavior = conflictBehavior(ctx);
        if (behavior === 'fail') throw GraphErrors.nameAlreadyExists('The specified item name already exists.');
        if (target.isFolder && behavior === 'replace') throw GraphErrors.nameAlreadyExists(`A folder named '${name}' already exists.`);
        if (behavior === 'rename') {
          name = freeName(ctx, parent, name);
          target = undefined;
        }
      }
    }
    const now = nowIso(ctx.state);
    const next: DriveItemRecord = target
      ? { ...target, version: target.version + 1, contentVersion: target.contentVersion + 1, size: content.length, lastModifiedDateTime: now, editorId: ctx.user.id }
      : { ...newItem(ctx, resolved.drive.id, (parent as DriveItemRecord).id, name, false), size: content.length };
    store.saveDriveItem(next, content);
    return { item: next, created: target === undefined };
  });
  return json(created ? 201 : 200, { '@odata.context': `${graphRoot(ctx.state)}/$metadata#drives('${resolved.drive.id}')/items/$entity`, ...driveItemJson(ctx, resolved, item) });
}

/** Everything below a drive: `rest` is what follows it ('/root/children', '/items/{id}/content' …). */
export function driveItemHandler(ctx: HandlerContext, resolved: ResolvedDrive, rest: string): GraphResponse {
  const address = parseDriveItemAddress(rest) ?? itemNotFound();
  const method = ctx.req.method;
  if (address.action === 'content' && method === 'PUT') return upload(ctx, resolved, address);
  requireRole(ctx, resolved.site, method === 'GET' ? 'read' : 'write');
  const item = walk(ctx, baseItem(ctx, resolved, address), address.path);
  const context = `${graphRoot(ctx.state)}/$metadata#drives('${resolved.drive.id}')/items`;
  if (address.action === 'children') {
    if (method !== 'GET') throw GraphErrors.methodNotAllowed();
    if (!item.isFolder) return json(200, { '@odata.context': context, value: [] });
    const value = ctx.state.store.listDriveChildren(item.driveId, item.id).map((c) => driveItemJson(ctx, resolved, c));
    return json(200, { '@odata.context': context, value });
  }
  if (address.action === 'content') {
    if (method !== 'GET') throw GraphErrors.methodNotAllowed();
    if (item.isFolder) itemNotFound();
    return { status: 302, headers: { Location: downloadUrl(ctx.state, item) } };
  }
  if (method === 'GET') return json(200, { '@odata.context': `${context}/$entity`, ...driveItemJson(ctx, resolved, item) }, { ETag: `"{${item.guid}},${item.version}"` });
  if (method === 'DELETE') {
    if (item.parentId === undefined) throw GraphErrors.accessDenied('The root folder cannot be deleted.');
    ctx.state.store.deleteDriveItem(item.driveId, item.id);
    return noContent();
  }
  throw GraphErrors.methodNotAllowed();
}
