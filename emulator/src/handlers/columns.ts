// Columns: https://learn.microsoft.com/en-us/graph/api/list-list-columns?view=graph-rest-1.0
//          https://learn.microsoft.com/en-us/graph/api/list-post-columns?view=graph-rest-1.0
//          https://learn.microsoft.com/en-us/graph/api/columndefinition-update?view=graph-rest-1.0
//          https://learn.microsoft.com/en-us/graph/resources/columndefinition?view=graph-rest-1.0
import { randomUUID } from 'node:crypto';
import type { ColumnRecord, ListRecord, SiteRecord } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { GraphResponse, HandlerContext } from './context';
import { bodyObject, graphRoot, json, noContent, requireRole } from './context';
import { applySelect, parseQuery } from '../odata/query';

export const TYPE_FACETS = ['text', 'boolean', 'number', 'dateTime', 'choice', 'personOrGroup', 'lookup', 'hyperlinkOrPicture'] as const;
export type TypeFacet = (typeof TYPE_FACETS)[number];

const facetDefaults: Record<TypeFacet, Record<string, unknown>> = {
  text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 },
  boolean: {},
  number: { decimalPlaces: 'automatic', displayAs: 'number' },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  choice: { allowTextEntry: false, choices: [], displayAs: 'dropDownMenu' },
  personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly', displayAs: 'nameWithTitle' },
  lookup: { allowMultipleValues: false, allowUnlimitedLength: false, columnName: 'Title', listId: '' },
  hyperlinkOrPicture: { isPicture: false },
};

const FLAGS = ['indexed', 'enforceUniqueValues', 'required', 'hidden', 'readOnly'] as const;

export function facetOf(column: ColumnRecord): TypeFacet | undefined {
  return TYPE_FACETS.find((f) => column.definition[f] !== undefined);
}

/** The key a column's value has in an item's `fields`: person and lookup columns are written and read as XLookupId. */
export function fieldKey(column: ColumnRecord): string {
  const f = facetOf(column);
  return f === 'personOrGroup' || f === 'lookup' ? `${column.name}LookupId` : column.name;
}

// SharePoint's built-in field ids, so clients that look them up find the usual values.
const TITLE_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';
const systemColumns: { id: string; name: string; displayName: string; facet: TypeFacet; indexed?: boolean }[] = [
  { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', name: 'ID', displayName: 'ID', facet: 'number', indexed: true },
  { id: 'c042a256-787d-4a6f-8a8a-cf6ab767f12d', name: 'ContentType', displayName: 'Content Type', facet: 'text' },
  { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', name: 'Modified', displayName: 'Modified', facet: 'dateTime' },
  { id: '8c06beca-0777-48f7-91c7-6da68bc07b69', name: 'Created', displayName: 'Created', facet: 'dateTime' },
  { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', name: 'Author', displayName: 'Created By', facet: 'personOrGroup' },
  { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', name: 'Editor', displayName: 'Modified By', facet: 'personOrGroup' },
  { id: '67df98f4-9dec-48ff-a553-29bece9c5bf4', name: 'Attachments', displayName: 'Attachments', facet: 'boolean' },
];

/** The columns every generic list has: Title (editable) and the read-only system columns. */
export function builtInColumns(listId: string): ColumnRecord[] {
  const title: ColumnRecord = {
    id: TITLE_ID, listId, name: 'Title', displayName: 'Title', system: false, position: 0,
    definition: { columnGroup: 'Custom Columns', description: '', enforceUniqueValues: false, hidden: false, indexed: false, readOnly: false, required: true, text: { ...facetDefaults.text } },
  };
  const system = systemColumns.map((c, i): ColumnRecord => ({
    id: c.id, listId, name: c.name, displayName: c.displayName, system: true, position: 10_000 + i,
    definition: { columnGroup: '_Hidden', description: '', enforceUniqueValues: false, hidden: false, indexed: c.indexed ?? false, readOnly: true, required: false, [c.facet]: { ...facetDefaults[c.facet] } },
  }));
  return [title, ...system];
}

/** Validates a columnDefinition from a request and makes the stored record. */
export function makeColumn(listId: string, input: Record<string, unknown>, existing: ColumnRecord[], position: number): ColumnRecord {
  const rawName = typeof input.name === 'string' ? input.name : typeof input.displayName === 'string' ? input.displayName : undefined;
  if (!rawName) throw GraphErrors.invalidRequest("The column must have a 'name'.");
  const name = rawName.replace(/[^A-Za-z0-9_]/g, '');
  if (!name || !/^[A-Za-z_]/.test(name)) throw GraphErrors.invalidRequest(`Invalid column name '${rawName}'.`);
  const taken = existing.some((c) => c.name.toLowerCase() === name.toLowerCase() || fieldKey(c).toLowerCase() === name.toLowerCase());
  if (taken) throw GraphErrors.nameAlreadyExists(`A column with the name '${name}' already exists in the list.`);
  const facets = TYPE_FACETS.filter((f) => input[f] !== undefined);
  if (facets.length > 1) throw GraphErrors.invalidRequest(`A column may have only one type facet; got ${facets.join(', ')}.`);
  const facet = facets[0] ?? 'text';
  const given = input[facet] ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw GraphErrors.invalidRequest(`The '${facet}' facet must be an object.`);
  const facetValue: Record<string, unknown> = { ...facetDefaults[facet], ...(given as Record<string, unknown>) };
  if (facet === 'text' && facetValue.allowMultipleLines === true && (given as Record<string, unknown>).maxLength === undefined) delete facetValue.maxLength;
  if (facet === 'choice' && (!Array.isArray(facetValue.choices) || !facetValue.choices.every((c) => typeof c === 'string'))) {
    throw GraphErrors.invalidRequest("The choice facet needs 'choices': an array of strings.");
  }
  const definition: Record<string, unknown> = {
    columnGroup: 'Custom Columns',
    description: typeof input.description === 'string' ? input.description : '',
    enforceUniqueValues: false, hidden: false, indexed: false, readOnly: false, required: false,
  };
  for (const flag of FLAGS) {
    if (input[flag] === undefined) continue;
    if (typeof input[flag] !== 'boolean') throw GraphErrors.invalidRequest(`'${flag}' must be a boolean.`);
    definition[flag] = input[flag];
  }
  if (definition.enforceUniqueValues === true && definition.indexed !== true) {
    throw GraphErrors.invalidRequest('A column that enforces unique values must be indexed.');
  }
  definition[facet] = facetValue;
  const displayName = typeof input.displayName === 'string' ? input.displayName : name;
  return { id: randomUUID(), listId, name, displayName, system: false, position, definition };
}

export function columnJson(column: ColumnRecord): Record<string, unknown> {
  return { id: column.id, name: column.name, displayName: column.displayName, ...column.definition };
}

function findColumn(ctx: HandlerContext, list: ListRecord, idOrName: string): ColumnRecord {
  const key = decodeURIComponent(idOrName).toLowerCase();
  const column = ctx.state.store.listColumns(list.id).find((c) => c.id.toLowerCase() === key || c.name.toLowerCase() === key);
  if (!column) throw GraphErrors.notFound('Column not found.');
  return column;
}

export function listColumnsHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  requireRole(ctx, site, 'read', list);
  const q = parseQuery(ctx.req.query);
  return json(200, {
    '@odata.context': `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`,
    value: ctx.state.store.listColumns(list.id).map((c) => applySelect(columnJson(c), q.select)),
  });
}

export function createColumnHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord): GraphResponse {
  requireRole(ctx, site, 'owner');
  const existing = ctx.state.store.listColumns(list.id);
  const position = existing.filter((c) => !c.system).length;
  const column = makeColumn(list.id, bodyObject(ctx), existing, position);
  ctx.state.store.insertColumn(column);
  return json(201, { '@odata.context': `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/lists('${list.id}')/columns/$entity`, ...columnJson(column) });
}

export function columnHandler(ctx: HandlerContext, site: SiteRecord, list: ListRecord, columnId: string): GraphResponse {
  const column = findColumn(ctx, list, columnId);
  const context = `${graphRoot(ctx.state)}/$metadata#sites('${site.id}')/lists('${list.id}')/columns/$entity`;
  switch (ctx.req.method) {
    case 'GET':
      requireRole(ctx, site, 'read');
      return json(200, { '@odata.context': context, ...columnJson(column) });
    case 'PATCH': {
      requireRole(ctx, site, 'owner');
      const patch = bodyObject(ctx);
      const next: ColumnRecord = { ...column, definition: { ...column.definition } };
      for (const [key, value] of Object.entries(patch)) {
        if (key === 'id' || key === 'name') throw GraphErrors.invalidRequest(`'${key}' cannot be changed.`);
        if (key === 'displayName' || key === 'description') {
          if (typeof value !== 'string') throw GraphErrors.invalidRequest(`'${key}' must be a string.`);
          if (key === 'displayName') next.displayName = value;
          else next.definition.description = value;
        } else if ((FLAGS as readonly string[]).includes(key)) {
          if (typeof value !== 'boolean') throw GraphErrors.invalidRequest(`'${key}' must be a boolean.`);
          if (column.system && key !== 'indexed') throw GraphErrors.invalidRequest(`'${key}' cannot be changed on a system column.`);
          next.definition[key] = value;
        } else if ((TYPE_FACETS as readonly string[]).includes(key)) {
          if (column.system || facetOf(column) !== key || typeof value !== 'object' || value === null) {
            throw GraphErrors.invalidRequest(`The column type cannot be changed to '${key}'.`);
          }
          next.definition[key] = { ...(column.definition[key] as Record<string, unknown>), ...(value as Record<string, unknown>) };
        } else if (!key.startsWith('@odata.')) {
          throw GraphErrors.invalidRequest(`Property '${key}' does not exist on columnDefinition or cannot be changed.`);
        }
      }
      if (next.definition.enforceUniqueValues === true && next.definition.indexed !== true) {
        throw GraphErrors.invalidRequest('A column that enforces unique values must be indexed.');
      }
      ctx.state.store.updateColumn(next);
      return json(200, { '@odata.context': context, ...columnJson(next) });
    }
    case 'DELETE':
      requireRole(ctx, site, 'owner');
      if (column.system || column.name === 'Title') throw GraphErrors.invalidRequest('A built-in column cannot be deleted.');
      ctx.state.store.deleteColumn(list.id, column.id);
      return noContent();
    default:
      throw GraphErrors.methodNotAllowed();
  }
}
