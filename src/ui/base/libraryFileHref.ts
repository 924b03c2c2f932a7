// Where a template file in the coordination site's library opens. In a tenant, its webUrl (SharePoint opens it for the
// signed-in user). In local mode SharePoint's host (innlandet.sharepoint.com) is not served on a laptop: the same path
// on this origin is, by the local server from the emulator's library (scripts/lib/localServer.ts).
import { safeHref } from '../../model/safeLink';
import type { LibraryFile } from '../../model/types';
import { isLocalMode } from './runtimeConfig';

export function libraryFileHref(file: LibraryFile): string | undefined {
  const href = safeHref(file.webUrl);
  if (!href || !isLocalMode) return href;
  return `${window.location.origin}${new URL(href).pathname}`;
}
