// Graph paths and queries for our lists, in one place.
import type { ProjectLocation } from './addresses';
import { fieldEquals, itemsQuery } from './odata';
import type { FieldFilter } from './odata';
import { selectFields } from './schema';
import type { ListKey } from './schema';

export interface ListRef {
  siteId: string;
  listId: string;
  key: ListKey;
}

export const listRef = (location: ProjectLocation, key: keyof ProjectLocation['lists']): ListRef => ({ siteId: location.siteId, listId: location.lists[key], key });

export const itemsPath = (list: ListRef): string => `/sites/${list.siteId}/lists/${list.listId}/items`;

/** Our columns, plus SharePoint's Modified for checklist rows (which of two duplicate rows is newer). */
const fieldsOf = (key: ListKey): string => (key === 'checklist' ? `${selectFields(key)},Modified` : selectFields(key));

/** Items of a list, our fields only, filtered on an indexed column. */
export const itemsWhere = (list: ListRef, filter?: FieldFilter): string =>
  `${itemsPath(list)}?${itemsQuery({ select: fieldsOf(list.key), ...(filter ? { filter } : {}) })}`;

/** The project's rows in a list: filter on the indexed ProjectKey. */
export const projectItems = (list: ListRef, projectKey: string): string => itemsWhere(list, fieldEquals(list.key, 'ProjectKey', projectKey));

/** A delta link that starts now (`token=latest`: no items, costs 1 RU), carrying our field selection. */
export const latestDelta = (list: ListRef): string => `${itemsPath(list)}/delta?$expand=fields($select=${fieldsOf(list.key)})&token=latest`;

export const itemFieldsPath = (list: ListRef, itemId: string): string => `${itemsPath(list)}/${itemId}/fields`;
