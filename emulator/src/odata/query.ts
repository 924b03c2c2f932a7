// OData system query options as Graph reads them: the '$' prefix is optional ($expand and expand both work).
import { GraphErrors } from '../errors/GraphErrorFactory';
import { FilterSyntaxError, parseFilter } from './filter';
import type { FilterNode } from './filter';

export interface ExpandOption {
  name: string;
  select?: string[];
}

export interface OrderBy {
  path: string[];
  descending: boolean;
}

export interface QueryOptions {
  select?: string[];
  expand: ExpandOption[];
  filter?: FilterNode;
  filterText?: string;
  orderBy: OrderBy[];
  top?: number;
  skipToken?: string;
}

export function queryParam(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

const splitList = (text: string): string[] => text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

/** Splits on commas that are not inside parentheses: "fields($select=A,B),columns" → ["fields($select=A,B)", "columns"]. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { parts.push(current); current = ''; continue; }
    current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function parseExpand(text: string): ExpandOption[] {
  return splitTopLevel(text).map((part) => {
    const m = /^([A-Za-z]+)\s*(?:\((.*)\))?$/.exec(part);
    if (!m?.[1]) throw GraphErrors.badRequest(`Parsing OData Select and Expand failed: '${part}' is not valid.`);
    const option: ExpandOption = { name: m[1] };
    for (const inner of (m[2] ?? '').split(';')) {
      const kv = /^\s*\$?select\s*=\s*(.*)$/i.exec(inner);
      if (kv?.[1] !== undefined) option.select = splitList(kv[1]);
    }
    return option;
  });
}

export function parseQuery(query: URLSearchParams): QueryOptions {
  const options: QueryOptions = { expand: [], orderBy: [] };
  const select = queryParam(query, 'select');
  if (select !== undefined) options.select = splitList(select);
  const expand = queryParam(query, 'expand');
  if (expand !== undefined) options.expand = parseExpand(expand);
  const filter = queryParam(query, 'filter');
  if (filter !== undefined && filter.trim() !== '') {
    try {
      options.filter = parseFilter(filter);
      options.filterText = filter;
    } catch (err) {
      if (err instanceof FilterSyntaxError) throw GraphErrors.invalidRequest(`Invalid filter clause: ${err.message}`);
      throw err;
    }
  }
  const orderby = queryParam(query, 'orderby');
  if (orderby !== undefined) {
    options.orderBy = splitList(orderby).map((clause) => {
      const m = /^([A-Za-z0-9_/]+)(?:\s+(asc|desc))?$/i.exec(clause);
      if (!m?.[1]) throw GraphErrors.invalidRequest(`Invalid orderby clause: '${clause}'`);
      return { path: m[1].split('/'), descending: m[2]?.toLowerCase() === 'desc' };
    });
  }
  const top = queryParam(query, 'top');
  if (top !== undefined) {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 0) throw GraphErrors.invalidRequest(`Invalid $top value '${top}'.`);
    options.top = n;
  }
  const skipToken = queryParam(query, 'skiptoken');
  if (skipToken !== undefined) options.skipToken = skipToken;
  return options;
}

/** Keeps only the selected top-level properties (OData annotations and always-kept keys survive). */
export function applySelect<T extends Record<string, unknown>>(entity: T, select: string[] | undefined, keep: string[] = []): Record<string, unknown> {
  if (!select || select.length === 0 || select.includes('*')) return entity;
  const wanted = new Set([...select.map((s) => s.toLowerCase()), ...keep.map((s) => s.toLowerCase())]);
  return Object.fromEntries(Object.entries(entity).filter(([k]) => k.startsWith('@odata.') || wanted.has(k.toLowerCase())));
}

export const encodeToken = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
export function decodeToken<T>(token: string): T | undefined {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}
