// Validation of a write's `fields` against the list's columns: unknown and read-only fields, and each facet's type
// and limits (https://learn.microsoft.com/en-us/graph/api/resources/columndefinition?view=graph-rest-1.0).
// Messages follow what SharePoint says (docs/graph-subset.md: "Field 'X' is not recognized" is observed).
import type { ColumnRecord } from '../../persistence/GraphStore';
import type { GraphError } from '../../errors/GraphErrorFactory';
import { GraphErrors } from '../../errors/GraphErrorFactory';
import type { EmulatorState } from '../context';
import { facetOf, fieldKey } from '../columns';

const READ_ONLY_FIELDS = new Set(
  ['id', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'AuthorLookupId', 'EditorLookupId', 'ContentType', 'ContentTypeId',
    '_UIVersionString', 'Attachments', 'Edit', 'LinkTitle', 'LinkTitleNoMenu', 'ItemChildCount', 'FolderChildCount', 'DocIcon',
    'GUID', 'UniqueId', 'FileRef', 'FileLeafRef', '_ComplianceFlags'].map((s) => s.toLowerCase()),
);

function normalizeDate(value: unknown, key: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw GraphErrors.invalidRequest(`Invalid value for field '${key}': a date and time is expected.`);
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validateValue(state: EmulatorState, column: ColumnRecord, key: string, value: unknown): unknown {
  if (value === null) return null;
  const facet = facetOf(column) ?? 'text';
  const def = (column.definition[facet] ?? {}) as Record<string, unknown>;
  const bad = (what: string): GraphError => GraphErrors.invalidRequest(`Invalid value for field '${key}': ${what}.`);
  switch (facet) {
    case 'text': {
      if (typeof value !== 'string' && typeof value !== 'number') throw bad('a string is expected');
      const text = String(value);
      const multi = def.allowMultipleLines === true;
      const max = typeof def.maxLength === 'number' ? def.maxLength : multi ? undefined : state.settings.textMaxLength;
      if (max !== undefined && text.length > max) throw bad(`the value is longer than ${max} characters`);
      return text;
    }
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (!Number.isFinite(n)) throw bad('a number is expected');
      if (typeof def.minimum === 'number' && n < def.minimum) throw bad(`the value is less than ${def.minimum}`);
      if (typeof def.maximum === 'number' && n > def.maximum) throw bad(`the value is greater than ${def.maximum}`);
      return n;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw bad('true or false is expected');
    case 'dateTime':
      return normalizeDate(value, key);
    case 'choice': {
      if (typeof value !== 'string') throw bad('a string is expected');
      const choices = Array.isArray(def.choices) ? (def.choices as string[]) : [];
      if (!choices.includes(value) && def.allowTextEntry !== true) throw bad(`'${value}' is not one of the column's choices`);
      return value;
    }
    case 'personOrGroup':
    case 'lookup': {
      const id = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      if (!Number.isInteger(id) || id <= 0) throw bad('a lookup id (positive integer) is expected');
      return String(id);
    }
    case 'hyperlinkOrPicture': {
      if (typeof value === 'string') return { Url: value, Description: value };
      if (typeof value === 'object' && typeof (value as Record<string, unknown>).Url === 'string') return value;
      throw bad("an object with 'Url' is expected");
    }
  }
}

/** Checks a `fields` payload against the list's columns and returns the normalized values to write. */
export function validateFields(state: EmulatorState, columns: ColumnRecord[], input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw GraphErrors.invalidRequest('Invalid request body: fields must be an object.');
  const byKey = new Map<string, ColumnRecord>();
  for (const c of columns) if (!c.system) byKey.set(fieldKey(c).toLowerCase(), c);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key.includes('@odata.')) continue; // annotations such as @odata.etag are ignored on write
    const column = byKey.get(key.toLowerCase());
    if (!column) {
      if (READ_ONLY_FIELDS.has(key.toLowerCase())) throw GraphErrors.readOnlyField(key);
      const system = columns.find((c) => c.system && c.name.toLowerCase() === key.toLowerCase());
      if (system) throw GraphErrors.readOnlyField(key);
      throw GraphErrors.unknownField(key);
    }
    if (column.definition.readOnly === true) throw GraphErrors.readOnlyField(key);
    out[fieldKey(column)] = validateValue(state, column, key, value);
  }
  return out;
}
