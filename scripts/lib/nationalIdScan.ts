// The administrators' scan for national identity numbers already stored (`npm run scan-national-ids`). The guard
// refuses them in every field today, but Events are append-only and the guard once missed spaced numbers, so what
// slipped through stays until someone finds it. This reads every one of our lists in a site, page by page, runs the
// app's own detector over every text column, and says where each number is: list, row id, column, and an excerpt with
// every digit of every number masked. It only reads (Sites.Read.All, or a read grant under Sites.Selected, is enough).
import { locateNationalIdNumbers } from '../../src/domain/nationalId';
import type { NationalIdMatch } from '../../src/domain/nationalId';
import type { GraphConnection } from '../../src/store/graphClient/createGraphClient';
import type { SiteAddress } from '../../src/store/sharepoint/addresses';
import { eachPage } from '../../src/store/sharepoint/paging';
import { LIST_SCHEMA, MODEL_JSON_COLUMNS, PORTFOLIO_LIST_KEYS, PROJECT_LIST_KEYS } from '../../src/store/sharepoint/schema';
import type { ListKey } from '../../src/store/sharepoint/schema';
import { findOurLists, resolveSite } from '../../src/store/sharepoint/siteLists';
import { findTemplateLibrary, TEMPLATE_LIBRARY } from '../../src/store/provisioning/templateLibrary';

export interface NationalIdFinding {
  /** The list's display name as the site shows it (a list renamed by hand keeps its new name here). */
  list: string;
  /** The row's id (SharePoint's ID column), or the file's drive item id in the template library. */
  itemId: string;
  /** The column's internal name. */
  column: string;
  /** Up to 24 characters either side, every digit of every number in the value masked. */
  excerpt: string;
}

export interface NationalIdScanReport {
  site: { id: string; webUrl: string };
  /** What was read: rows (or files) per list. */
  scanned: { list: string; rows: number }[];
  /** Lists the scan expected and the site does not have (with --coordination, a missing project list is not one). */
  missing: string[];
  findings: NationalIdFinding[];
}

export interface NationalIdScanOptions {
  /** Also the coordination site's lists: the Portfolio, the model's versions and the template library's file names. */
  coordination?: boolean;
  /** The day the detector judges by (the 2032 check-digit rule); now when left out. */
  now?: number;
}

const CONTEXT = 24;
const MASK = '•';
/** The model's JSON is split over several columns: read as one, so a number across a split is found too. */
const MODEL_JSON = MODEL_JSON_COLUMNS.join('+');

interface ScannedItem {
  id: string;
  fields?: Record<string, unknown>;
}

/** The columns people's text can reach: text and multi-line text (choices hold only our own keys). */
const textColumns = (key: ListKey): string[] => LIST_SCHEMA[key].columns.filter((c) => c.type === 'text' || c.type === 'note').map((c) => c.name);

/** A row's text values by column, the model's JSON parts joined into one value. */
function textValues(key: ListKey, fields: Record<string, unknown>): [string, string][] {
  const values: [string, string][] = [];
  for (const column of textColumns(key)) {
    const value = fields[column];
    if (typeof value === 'string' && !(MODEL_JSON_COLUMNS as readonly string[]).includes(column)) values.push([column, value]);
  }
  if (key === 'modelVersions') values.push([MODEL_JSON, MODEL_JSON_COLUMNS.map((c) => (typeof fields[c] === 'string' ? fields[c] : '')).join('')]);
  return values;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** Kept off a report line: control characters and line breaks (one finding, one line). */
const isLineOrControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/**
 * Where `match` is, with a little text either side: every digit of every number found in the value becomes •
 * (separators stay, so the way it was written shows), line breaks become spaces. The full number is never in it.
 */
export function maskedExcerpt(text: string, match: NationalIdMatch, all: readonly NationalIdMatch[]): string {
  const chars = text.split(''); // UTF-16 code units, as the match offsets count
  for (const found of all) {
    for (let index = found.start; index < found.end; index += 1) if (/\d/.test((chars[index] ?? '').normalize('NFKC'))) chars[index] = MASK;
  }
  let from = Math.max(0, match.start - CONTEXT);
  let to = Math.min(text.length, match.end + CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
  const excerpt = chars.slice(from, to).map((char) => (isLineOrControl(char.charCodeAt(0)) ? ' ' : char)).join('');
  return `${from > 0 ? '…' : ''}${excerpt}${to < text.length ? '…' : ''}`;
}

function findingsIn(list: string, itemId: string, column: string, text: string, now: number | undefined): NationalIdFinding[] {
  const matches = locateNationalIdNumbers(text, now === undefined ? {} : { now });
  return matches.map((match) => ({ list, itemId, column, excerpt: maskedExcerpt(text, match, matches) }));
}

interface DriveChild {
  id: string;
  name: string;
  folder?: unknown;
}

/** The template library's file and folder names, folders followed down. */
async function scanTemplateNames(graph: GraphConnection, siteId: string, report: NationalIdScanReport, now: number | undefined): Promise<void> {
  const listId = await findTemplateLibrary(graph, siteId);
  if (!listId) {
    report.missing.push(TEMPLATE_LIBRARY.displayName);
    return;
  }
  const drive = await graph.call<{ id: string }>({ method: 'GET', path: `/sites/${siteId}/lists/${listId}/drive?$select=id` });
  const folders = [`/drives/${drive.id}/root/children?$select=id,name,folder`];
  let files = 0;
  for (let path = folders.pop(); path; path = folders.pop()) {
    for await (const page of eachPage<DriveChild>(graph, path)) {
      for (const child of page) {
        files += 1;
        report.findings.push(...findingsIn(TEMPLATE_LIBRARY.displayName, child.id, 'name', child.name, now));
        if (child.folder) folders.push(`/drives/${drive.id}/items/${child.id}/children?$select=id,name,folder`);
      }
    }
  }
  report.scanned.push({ list: TEMPLATE_LIBRARY.displayName, rows: files });
}

/** Scans one site: its project lists, and with `coordination` the coordination site's lists and template names too. */
export async function scanSiteForNationalIds(graph: GraphConnection, address: SiteAddress, options: NationalIdScanOptions = {}): Promise<NationalIdScanReport> {
  const site = await resolveSite(graph, address);
  const report: NationalIdScanReport = { site: { id: site.id, webUrl: site.webUrl }, scanned: [], missing: [], findings: [] };
  const lists = await findOurLists(graph, site.id);
  const keys: ListKey[] = [...PROJECT_LIST_KEYS, ...(options.coordination ? PORTFOLIO_LIST_KEYS : [])];
  for (const key of keys) {
    const list = lists.get(key);
    if (!list) {
      // A coordination site holds project lists only where a tenant keeps everything in one site.
      if (!options.coordination || !(PROJECT_LIST_KEYS as readonly ListKey[]).includes(key)) report.missing.push(LIST_SCHEMA[key].displayName);
      continue;
    }
    let rows = 0;
    const path = `/sites/${site.id}/lists/${list.id}/items?$expand=fields($select=${textColumns(key).join(',')})`;
    for await (const page of eachPage<ScannedItem>(graph, path, 'listsMissing')) {
      for (const item of page) {
        rows += 1;
        for (const [column, text] of textValues(key, item.fields ?? {})) report.findings.push(...findingsIn(list.displayName, item.id, column, text, options.now));
      }
    }
    report.scanned.push({ list: list.displayName, rows });
  }
  if (options.coordination) await scanTemplateNames(graph, site.id, report, options.now);
  return report;
}
