// How a request addresses a drive item, after the drive: by id (/items/{id}), the root (/root), or a path relative to
// either (/root:/folder/file.docx: or /items/{parent-id}:/file.docx:), then /children or /content.
// https://learn.microsoft.com/en-us/graph/api/driveitem-get?view=graph-rest-1.0 ("HTTP request": path addressing)
import type { PathKind } from './context';

export interface DriveItemAddress {
  /** 'root' or an item id. */
  base: 'root' | { itemId: string };
  /** Decoded path segments below the base ([] = the base itself). */
  path: string[];
  action: 'item' | 'children' | 'content';
}

const ADDRESS = /^\/(root|items\/([^/:]+))(?::(\/[^:]*)?:?)?(\/children|\/content)?\/?$/i;

/** `rest` is what follows the drive ('/root:/a.docx:/content'); undefined when it addresses no drive item. */
export function parseDriveItemAddress(rest: string): DriveItemAddress | undefined {
  const m = ADDRESS.exec(rest);
  if (!m) return undefined;
  const base = m[1]?.toLowerCase() === 'root' ? 'root' : { itemId: decodeURIComponent(m[2] ?? '') };
  const path = (m[3] ?? '').split('/').filter((s) => s.length > 0).map((s) => decodeURIComponent(s));
  const action = m[4]?.toLowerCase() === '/children' ? 'children' : m[4]?.toLowerCase() === '/content' ? 'content' : 'item';
  return { base, path, action };
}

/**
 * Kind and SharePoint RU cost of a drive request from its shape (the throttling page: a single-item read or a file
 * download = 1; a multi-item query such as children, an upload, a delete = 2).
 */
export function driveCost(method: string, rest: string): { kind: PathKind; ru: number } {
  if (rest === '' || rest === '/') return { kind: 'drive', ru: 1 };
  const address = parseDriveItemAddress(rest);
  if (!address) return { kind: 'driveItem', ru: 1 };
  if (address.action === 'children') return { kind: 'driveChildren', ru: 2 };
  if (address.action === 'content') return { kind: 'driveContent', ru: method === 'GET' ? 1 : 2 };
  return { kind: 'driveItem', ru: method === 'GET' ? 1 : 2 };
}
