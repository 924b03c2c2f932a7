// The JSON of a list item and its fields, as Graph returns them:
// https://learn.microsoft.com/en-us/graph/api/resources/listitem?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/listitem-get?view=graph-rest-1.0 ($expand=fields($select=…))
import type { ColumnRecord, ItemRecord, ListRecord, SiteRecord } from '../../persistence/GraphStore';
import { GraphErrors } from '../../errors/GraphErrorFactory';
import type { EmulatorState } from '../context';
import { graphRoot } from '../context';
import { fieldKey } from '../columns';
import { siteWebUrl } from '../sites';
import type { QueryOptions } from '../../odata/query';

export const itemETag = (item: ItemRecord): string => `"{${item.guid}},${item.version}"`;
export const fieldsETag = (item: ItemRecord): string => `"${item.guid},${item.version}"`;

const userRef = (state: EmulatorState, userId: string): Record<string, unknown> => {
  const u = state.store.getUser(userId);
  return { user: u ? { email: u.mail, id: u.objectId, displayName: u.displayName } : { displayName: userId } };
};

export const lookupIdOf = (state: EmulatorState, userId: string): string => String(state.store.getUser(userId)?.lookupId ?? 1);

/** The full `fields` of an item: system fields plus every non-empty column value (Graph omits empty ones). */
export function allFields(state: EmulatorState, columns: ColumnRecord[], item: ItemRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': fieldsETag(item), id: String(item.id) };
  for (const c of columns) {
    if (c.system) continue;
    const key = fieldKey(c);
    const value = item.fields[key];
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  Object.assign(out, {
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: lookupIdOf(state, item.authorId),
    EditorLookupId: lookupIdOf(state, item.editorId),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: item.fields.Title ?? '',
    LinkTitle: item.fields.Title ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
  });
  return out;
}

export function selectFields(fields: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select || select.length === 0 || select.includes('*')) return fields;
  const wanted = new Set(select.flatMap((s) => [s.toLowerCase(), `${s.toLowerCase()}lookupid`]));
  return Object.fromEntries(Object.entries(fields).filter(([k]) => k === '@odata.etag' || wanted.has(k.toLowerCase())));
}

export interface ItemShape {
  withFields: boolean;
  fieldSelect?: string[];
  select?: string[];
}

export function shapeFromQuery(q: QueryOptions, fieldsByDefault: boolean): ItemShape {
  const expand = q.expand.find((e) => e.name === 'fields');
  const other = q.expand.find((e) => e.name !== 'fields');
  if (other) throw GraphErrors.badRequest(`Could not find a property named '${other.name}' on type 'microsoft.graph.listItem'.`);
  const shape: ItemShape = { withFields: fieldsByDefault || expand !== undefined };
  if (expand?.select) shape.fieldSelect = expand.select;
  if (q.select) shape.select = q.select;
  return shape;
}

export function itemJson(state: EmulatorState, site: SiteRecord, list: ListRecord, columns: ColumnRecord[], item: ItemRecord, shape: ItemShape): Record<string, unknown> {
  const full: Record<string, unknown> = {
    '@odata.etag': itemETag(item),
    createdDateTime: item.createdDateTime,
    eTag: itemETag(item),
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${siteWebUrl(site)}/Lists/${list.name}/${item.id}_.000`,
    createdBy: userRef(state, item.authorId),
    lastModifiedBy: userRef(state, item.editorId),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  let out = full;
  if (shape.select && shape.select.length > 0 && !shape.select.includes('*')) {
    const wanted = new Set([...shape.select.map((s) => s.toLowerCase()), 'id']);
    out = Object.fromEntries(Object.entries(full).filter(([k]) => k === '@odata.etag' || wanted.has(k.toLowerCase())));
  }
  if (shape.withFields) {
    out['fields@odata.context'] = `${graphRoot(state)}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${item.id}')/fields/$entity`;
    out.fields = selectFields(allFields(state, columns, item), shape.fieldSelect);
  }
  return out;
}
