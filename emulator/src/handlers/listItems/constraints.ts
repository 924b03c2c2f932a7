// Constraints on writes: unique columns (enforceUniqueValues, unless the enforceUniqueColumns setting is off) and
// If-Match (https://learn.microsoft.com/en-us/graph/api/listitem-update?view=graph-rest-1.0: 412 on a stale eTag).
import type { ColumnRecord, ItemRecord, ListRecord } from '../../persistence/GraphStore';
import { GraphErrors } from '../../errors/GraphErrorFactory';
import type { EmulatorState, HandlerContext } from '../context';
import { fieldKey } from '../columns';

export function checkUnique(state: EmulatorState, list: ListRecord, columns: ColumnRecord[], fields: Record<string, unknown>, selfId: number | undefined): void {
  // enforceUniqueColumns off: duplicates are stored, so tests prove the client's idempotence rather than SharePoint's.
  if (!state.settings.enforceUniqueColumns) return;
  for (const c of columns) {
    if (c.system || c.definition.enforceUniqueValues !== true) continue;
    const key = fieldKey(c);
    const value = fields[key];
    if (value === undefined || value === null || value === '') continue;
    if (state.store.findItemWithValue(list.id, key, value, selfId)) throw GraphErrors.uniqueViolation(c.name, state.settings.uniqueViolationStatus);
  }
}

/** If-Match: '*' or the item's eTag in either form ("{GUID},N" or "GUID,N"), optionally weak. */
export function checkIfMatch(ctx: HandlerContext, item: ItemRecord): void {
  const header = ctx.req.headers['if-match'];
  if (header === undefined) return;
  const value = header.trim();
  if (value === '*') return;
  const normalize = (s: string): string => s.replace(/^W\//i, '').replace(/["{}\s]/g, '').toLowerCase();
  if (normalize(value) !== `${item.guid},${item.version}`.toLowerCase()) throw GraphErrors.resourceModified();
}

export function getItemOr404(state: EmulatorState, list: ListRecord, itemId: string): ItemRecord {
  const id = Number(itemId);
  const item = Number.isInteger(id) ? state.store.getItem(list.id, id) : undefined;
  if (!item) throw GraphErrors.notFound('Item not found');
  return item;
}
