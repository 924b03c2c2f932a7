// Creates our lists and columns in a site, idempotently: missing lists are created, missing columns added, missing
// indexes switched on, labels an earlier version wrote brought up to date (ColumnDef.former); the coordination site
// also gets the Maler library for template files. Nothing is ever deleted, no internal name changes, and no row or
// file is touched. Lists are recognised by the marker in their description (so a renamed
// list is kept, not duplicated), or by their display name.
import type { SiteAddress } from '../sharepoint/addresses';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { findOurLists, resolveSite } from '../sharepoint/siteLists';
import { storeErrorFor } from '../graphClient/storeErrors';
import { ensureTemplateLibrary, TEMPLATE_LIBRARY } from './templateLibrary';
import { LIST_SCHEMA, PORTFOLIO_LIST_KEYS, PROJECT_LIST_KEYS, ownColumns } from '../sharepoint/schema';
import type { ColumnDef, ListKey } from '../sharepoint/schema';

export type ListSet = 'project' | 'portfolio' | 'all';

export const listKeysOf = (set: ListSet): ListKey[] =>
  set === 'project' ? [...PROJECT_LIST_KEYS] : set === 'portfolio' ? [...PORTFOLIO_LIST_KEYS] : [...PROJECT_LIST_KEYS, ...PORTFOLIO_LIST_KEYS];

export interface SiteInspection {
  siteId: string;
  siteUrl: string;
  /** Our lists that exist, by key → list id. */
  present: Partial<Record<ListKey, string>>;
  missingLists: ListKey[];
  /** `listKey.Column` for each of our columns that is gone (hand-edited list). */
  missingColumns: string[];
  /** `listKey.Column` for each column that should be indexed and is not. */
  missingIndexes: string[];
  /** `listKey.Column` whose display name or description is one an earlier version of the app wrote. */
  outdatedLabels: string[];
}

export interface ProvisionReport {
  siteId: string;
  /** Display names of lists (and the Maler library) created. */
  created: string[];
  /** `listKey.Column` added to an existing list. */
  columnsAdded: string[];
  /** `listKey.Column` whose index was switched on. */
  indexed: string[];
  /** `listKey.Column` given today's display name or description (see ColumnDef.former). */
  relabelled: string[];
  /** Display names of lists that needed nothing. */
  unchanged: string[];
}

interface GraphColumn {
  id: string;
  name: string;
  indexed?: boolean;
  displayName?: string;
  description?: string;
}

/** Today's display name and description, for a column that still carries one an earlier version wrote. */
function labelUpdate(column: ColumnDef, there: GraphColumn): { displayName?: string; description?: string } {
  const update: { displayName?: string; description?: string } = {};
  if (there.displayName !== column.displayName && column.former?.displayNames?.includes(there.displayName ?? '')) update.displayName = column.displayName;
  if (there.description !== column.description && column.former?.descriptions?.includes(there.description ?? '')) update.description = column.description;
  return update;
}

/** Graph's columnDefinition for one of our columns. */
export function columnDefinition(c: ColumnDef): Record<string, unknown> {
  const base = { name: c.name, displayName: c.displayName, description: c.description, indexed: c.indexed === true, ...(c.unique ? { enforceUniqueValues: true } : {}) };
  switch (c.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime', displayAs: 'default' } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'automatic' } };
    case 'choice':
      return { ...base, choice: { allowTextEntry: false, displayAs: 'dropDownMenu', choices: [...(c.choices ?? [])] } };
  }
}

async function columnsOf(graph: GraphConnection, siteId: string, listId: string): Promise<GraphColumn[]> {
  const columns: GraphColumn[] = [];
  let path: string | undefined = `/sites/${siteId}/lists/${listId}/columns?$select=id,name,indexed,displayName,description`;
  while (path) {
    const page: { value?: GraphColumn[]; '@odata.nextLink'?: string } = await graph.call({ method: 'GET', path });
    columns.push(...(page.value ?? []));
    path = page['@odata.nextLink'];
  }
  return columns;
}

export async function inspectSite(graph: GraphConnection, site: SiteAddress, lists: ListSet = 'project'): Promise<SiteInspection> {
  const { id: siteId, webUrl } = await resolveSite(graph, site);
  const found = await findOurLists(graph, siteId);
  const inspection: SiteInspection = { siteId, siteUrl: webUrl, present: {}, missingLists: [], missingColumns: [], missingIndexes: [], outdatedLabels: [] };
  for (const key of listKeysOf(lists)) {
    const list = found.get(key);
    if (!list) {
      inspection.missingLists.push(key);
      continue;
    }
    inspection.present[key] = list.id;
    const existing = new Map((await columnsOf(graph, siteId, list.id)).map((c) => [c.name, c]));
    for (const column of ownColumns(key)) {
      const there = existing.get(column.name);
      if (!there) inspection.missingColumns.push(`${key}.${column.name}`);
      else if (column.indexed && !there.indexed) inspection.missingIndexes.push(`${key}.${column.name}`);
      if (there && Object.keys(labelUpdate(column, there)).length > 0) inspection.outdatedLabels.push(`${key}.${column.name}`);
    }
  }
  return inspection;
}

export async function provisionSite(graph: GraphConnection, siteId: string, options: { lists: ListSet }): Promise<ProvisionReport> {
  const report: ProvisionReport = { siteId, created: [], columnsAdded: [], indexed: [], relabelled: [], unchanged: [] };
  const found = await findOurLists(graph, siteId);
  for (const key of listKeysOf(options.lists)) {
    const def = LIST_SCHEMA[key];
    let list = found.get(key);
    if (!list) {
      const answer = await graph.send<{ id: string }>({
        method: 'POST',
        path: `/sites/${siteId}/lists`,
        body: { displayName: def.displayName, description: `${def.description} ${def.marker}`, list: { template: 'genericList' }, columns: ownColumns(key).map(columnDefinition) },
      });
      if (answer.status === 201 || answer.status === 200) {
        report.created.push(def.displayName);
        continue;
      }
      // Someone provisioned the same site at the same moment: use their list.
      if (answer.status !== 409) throw storeErrorFor(answer.status, answer.body, `Creating list '${def.displayName}'`, 'siteNotFound');
      list = (await findOurLists(graph, siteId)).get(key);
      if (!list) throw new Error(`List '${def.displayName}' could not be created (status ${answer.status})`);
    }
    const existing = new Map((await columnsOf(graph, siteId, list.id)).map((c) => [c.name, c]));
    let changed = false;
    for (const column of ownColumns(key)) {
      const there = existing.get(column.name);
      if (!there) {
        await graph.call({ method: 'POST', path: `/sites/${siteId}/lists/${list.id}/columns`, body: columnDefinition(column) });
        report.columnsAdded.push(`${key}.${column.name}`);
        changed = true;
      } else if (column.indexed && !there.indexed) {
        await graph.call({ method: 'PATCH', path: `/sites/${siteId}/lists/${list.id}/columns/${there.id}`, body: { indexed: true } });
        report.indexed.push(`${key}.${column.name}`);
        changed = true;
      }
      const labels = there ? labelUpdate(column, there) : {};
      if (there && Object.keys(labels).length > 0) {
        await graph.call({ method: 'PATCH', path: `/sites/${siteId}/lists/${list.id}/columns/${there.id}`, body: labels });
        report.relabelled.push(`${key}.${column.name}`);
        changed = true;
      }
    }
    if (!changed) report.unchanged.push(def.displayName);
  }
  if (options.lists !== 'project') {
    const library = await ensureTemplateLibrary(graph, siteId);
    (library.created ? report.created : report.unchanged).push(TEMPLATE_LIBRARY.displayName);
  }
  return report;
}
