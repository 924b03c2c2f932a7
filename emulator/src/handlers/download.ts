// Pre-authenticated download URLs: GET …/content answers 302 to the item's @microsoft.graph.downloadUrl, a short-lived
// URL that needs no Authorization header (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content and the
// driveItem resource: "@microsoft.graph.downloadUrl … only available for a short period of time (1 hour)").
// Served outside /v1.0, at SharePoint's own download path, signed with a per-process secret. A library file is also
// served at its webUrl's path, as SharePoint serves it to a signed-in browser (serveLibraryFile).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DriveItemRecord } from '../persistence/GraphStore';
import type { EmulatorState } from './context';
import { nowMs } from './context';

export const DOWNLOAD_PATH = '/_layouts/15/download.aspx';
export const DOWNLOAD_URL_LIFETIME_SECONDS = 3600;
const secret = randomBytes(32);

interface DownloadClaim { d: string; i: string; e: number }

const sign = (payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url');

export function downloadUrl(state: EmulatorState, item: DriveItemRecord): string {
  const claim: DownloadClaim = { d: item.driveId, i: item.id, e: nowMs(state) + DOWNLOAD_URL_LIFETIME_SECONDS * 1000 };
  const payload = Buffer.from(JSON.stringify(claim)).toString('base64url');
  return `${state.baseUrl}${DOWNLOAD_PATH}?UniqueId=${item.guid}&tempauth=${payload}.${sign(payload)}`;
}

export interface DownloadResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const text = (status: number, message: string): DownloadResponse => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.from(message) });

const fileResponse = (state: EmulatorState, item: DriveItemRecord): DownloadResponse => ({
  status: 200,
  headers: { 'Content-Type': item.mimeType ?? 'application/octet-stream', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(item.name)}`, ETag: `"{${item.guid}},${item.version}"` },
  body: state.store.readDriveContent(item.driveId, item.id) ?? Buffer.alloc(0),
});

/**
 * A file at its webUrl's path (`/sites/koordinering/Maler/Gevinstplan.docx`, as driveItem.webUrl gives it): SharePoint
 * opens it for a browser signed in to the tenant. The emulator has no sign-in cookie, so it serves the file to anyone
 * who can reach it, like the dev tokens local mode hands out (loopback only; never a production path). Undefined when
 * the path names no site's document library, so the caller answers as for any other unknown path.
 */
export function serveLibraryFile(state: EmulatorState, pathname: string): DownloadResponse | undefined {
  let segments: string[];
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  const site = state.store
    .listSites()
    .filter((candidate) => candidate.path !== '/' && candidate.path.split('/').filter(Boolean).every((part, i) => part.toLowerCase() === segments[i]?.toLowerCase()))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!site) return undefined;
  const [libraryName, ...path] = segments.slice(site.path.split('/').filter(Boolean).length);
  const library = state.store.listLists(site.id).find((list) => list.name.toLowerCase() === libraryName?.toLowerCase());
  const drive = library && state.store.getDriveByList(library.id);
  if (!drive || path.length === 0) return undefined;
  let item = state.store.getDriveItem(drive.id, drive.rootId);
  for (const name of path) item = item?.isFolder ? state.store.findDriveChild(drive.id, item.id, name) : undefined;
  if (!item || item.isFolder) return text(404, 'File not found.');
  return fileResponse(state, item);
}

/** Serves a download URL: the file's bytes, 401 for a forged or expired token, 404 when the file is gone. */
export function serveDownload(state: EmulatorState, query: URLSearchParams): DownloadResponse {
  const [payload, signature] = (query.get('tempauth') ?? '').split('.');
  const expected = payload ? Buffer.from(sign(payload)) : undefined;
  if (!payload || !signature || !expected || expected.length !== signature.length || !timingSafeEqual(expected, Buffer.from(signature))) {
    return text(401, 'Invalid or missing tempauth token.');
  }
  const claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DownloadClaim;
  if (nowMs(state) > claim.e) return text(401, 'The tempauth token has expired.');
  const item = state.store.getDriveItem(claim.d, claim.i);
  if (!item || item.isFolder) return text(404, 'File not found.');
  return fileResponse(state, item);
}
