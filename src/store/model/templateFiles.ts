// Template files for the verktøykasse: uploaded by a coordinator to the coordination site's "Maler" library with a
// simple upload (PUT …/root:/{name}:/content), and pointed at from a toolbox entry as { driveId, itemId, name, webUrl }.
// The file's type and size are checked before anything is sent; a name already taken is a choice for the coordinator
// (keep both = rename, or replace), never a silent overwrite.
// https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { findNationalIdNumbers } from '../../model/nationalId';
import type { LibraryFile } from '../../model/types';
import { StoreError } from '../graphClient/StoreError';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { RequestTrace } from '../graphClient/middlewareContext';
import { storeErrorFor } from '../graphClient/storeErrors';
import { findTemplateLibrary } from '../provisioning/templateLibrary';

/** Word, PowerPoint, Excel and PDF, by extension (what SharePoint and Office go by), with the type they are sent as. */
export const TEMPLATE_TYPES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  dotx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
  doc: 'application/msword',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  potx: 'application/vnd.openxmlformats-officedocument.presentationml.template',
  ppt: 'application/vnd.ms-powerpoint',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template',
  xls: 'application/vnd.ms-excel',
  pdf: 'application/pdf',
};

/** A template is a document, not a video: 20 MB is far above any of ours and keeps the upload to one request. */
export const TEMPLATE_MAX_BYTES = 20 * 1024 * 1024;

/** Characters SharePoint refuses in a file name. */
const BAD_NAME = /["*:<>?/\\|]|^\s|\s$|^~\$/;

export type ConflictChoice = 'fail' | 'rename' | 'replace';

export type TemplateProblem =
  | { kind: 'wrongType'; name: string }
  /** `maxBytes` is ours; absent when SharePoint refused the file as too large by its own limit. */
  | { kind: 'tooLarge'; name: string; maxBytes?: number }
  | { kind: 'badName'; name: string }
  | { kind: 'nationalId'; name: string }
  | { kind: 'nameTaken'; name: string };

/** A file refused, by us before sending or by SharePoint (too large, name taken): the UI words each kind. */
export class TemplateFileError extends Error {
  readonly problem: TemplateProblem;
  constructor(problem: TemplateProblem, detail = '') {
    super(`${problem.name}: ${problem.kind}${detail ? ` – ${detail}` : ''}`);
    this.name = 'TemplateFileError';
    this.problem = problem;
  }
}

const extensionOf = (name: string): string => (name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '');

/** What is wrong with a picked file before it is sent; undefined when it may be uploaded. */
export function checkTemplateFile(file: { name: string; size: number }, maxBytes = TEMPLATE_MAX_BYTES): TemplateProblem | undefined {
  const { name } = file;
  if (!(extensionOf(name) in TEMPLATE_TYPES)) return { kind: 'wrongType', name };
  if (file.size > maxBytes) return { kind: 'tooLarge', name, maxBytes };
  if (BAD_NAME.test(name) || name.length > 200) return { kind: 'badName', name };
  if (findNationalIdNumbers(name).length > 0) return { kind: 'nationalId', name };
  return undefined;
}

/** The Maler library's drive id in the coordination site (`siteRef`: an id or `host:/sites/x:`). */
export async function locateTemplateDrive(graph: GraphConnection, siteRef: string): Promise<string> {
  const listId = await findTemplateLibrary(graph, siteRef);
  if (!listId) throw new StoreError('listsMissing', 'The coordination site has no template library (run npm run provision with --portfolio)', { missing: ['templates'] });
  return (await graph.call<{ id: string }>({ method: 'GET', path: `/sites/${siteRef}/lists/${listId}/drive?$select=id` }, 'listsMissing')).id;
}

interface UploadedItem {
  id: string;
  name: string;
  webUrl: string;
  parentReference?: { driveId?: string };
}

/**
 * Uploads `content` as `name` to the library's root. `conflict` says what a taken name does: 'fail' (the default:
 * the coordinator is asked), 'rename' (keep both: SharePoint picks "name 1.docx") or 'replace' (same item, new content).
 */
export async function uploadTemplate(graph: GraphConnection, driveId: string, name: string, content: Blob, conflict: ConflictChoice = 'fail'): Promise<LibraryFile> {
  const problem = checkTemplateFile({ name, size: content.size });
  if (problem) throw new TemplateFileError(problem);
  const path = `/drives/${encodeURIComponent(driveId)}/root:/${encodeURIComponent(name)}:/content?@microsoft.graph.conflictBehavior=${conflict}`;
  const trace = new RequestTrace();
  let response: Response;
  try {
    const request = (await graph.client()).api(path).responseType(ResponseType.RAW).middlewareOptions([trace]).header('Content-Type', TEMPLATE_TYPES[extensionOf(name)] ?? 'application/octet-stream');
    response = (await request.put(content)) as Response;
  } catch (error) {
    if (trace.failure) throw trace.failure;
    if (error instanceof StoreError) throw error;
    throw new StoreError('network', `PUT ${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  if (response.status === 409) throw new TemplateFileError({ kind: 'nameTaken', name });
  if (response.status === 413) throw new TemplateFileError({ kind: 'tooLarge', name }, 'refused by SharePoint');
  if (response.status !== 200 && response.status !== 201) throw storeErrorFor(response.status, body, `Uploading '${name}'`, 'listsMissing');
  const item = body as UploadedItem;
  return { driveId: item.parentReference?.driveId ?? driveId, itemId: item.id, name: item.name, webUrl: item.webUrl };
}

/** What the editor needs: uploads to the coordination site's Maler library, found on first use. */
export interface TemplateUploader {
  upload(name: string, content: Blob, conflict?: ConflictChoice): Promise<LibraryFile>;
}

export function templateUploader(graph: GraphConnection, siteRef: () => Promise<string>): TemplateUploader {
  let drive: Promise<string> | undefined;
  return {
    async upload(name, content, conflict) {
      const problem = checkTemplateFile({ name, size: content.size });
      if (problem) throw new TemplateFileError(problem);
      drive ??= siteRef().then((ref) => locateTemplateDrive(graph, ref));
      // A failed look-up is not kept: the next try asks again.
      const driveId = await drive.catch((error: unknown) => {
        drive = undefined;
        throw error;
      });
      return uploadTemplate(graph, driveId, name, content, conflict);
    },
  };
}
