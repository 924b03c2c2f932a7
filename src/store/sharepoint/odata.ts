// OData filters for SharePoint list items. Every string literal is escaped (' → '') and the whole filter
// URL-encoded, and a filter may only name a column our schema marks indexed: Graph refuses the others (400) unless
// the Prefer header is sent, which we never do, because past 5,000 items such queries fail at random.
import { columnOf } from './schema';
import type { ListKey } from './schema';

/** An OData string literal: `O'Brien` → `'O''Brien'`. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** A filter on a column that is not indexed: a programming error, never a user's. */
export class NonIndexedFilterError extends Error {
  constructor(list: ListKey, column: string) {
    super(`Refusing to filter list '${list}' on column '${column}': it is not indexed in LIST_SCHEMA`);
    this.name = 'NonIndexedFilterError';
  }
}

export interface FieldFilter {
  readonly list: ListKey;
  /** Unencoded OData, e.g. `fields/ProjectKey eq 'x'`. */
  readonly expression: string;
}

/** `fields/<column> eq '<value>'`, refusing a column that is not indexed. */
export function fieldEquals(list: ListKey, column: string, value: string): FieldFilter {
  if (!columnOf(list, column)?.indexed) throw new NonIndexedFilterError(list, column);
  return { list, expression: `fields/${column} eq ${odataString(value)}` };
}

/** Both filters (same list). */
export function and(a: FieldFilter, b: FieldFilter): FieldFilter {
  if (a.list !== b.list) throw new Error('Cannot combine filters on different lists');
  return { list: a.list, expression: `${a.expression} and ${b.expression}` };
}

/** `$filter=…`, URL-encoded, for a query string. */
export const filterParam = (filter: FieldFilter): string => `$filter=${encodeURIComponent(filter.expression)}`;

/** The query for a list's items: our fields only, optionally filtered, with a page size. */
export function itemsQuery(options: { select: string; filter?: FieldFilter; top?: number }): string {
  const parts = [`$expand=fields($select=${options.select})`];
  if (options.filter) parts.push(filterParam(options.filter));
  if (options.top !== undefined) parts.push(`$top=${options.top}`);
  return parts.join('&');
}
