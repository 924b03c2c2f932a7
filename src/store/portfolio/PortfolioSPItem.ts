// The Portfolio list's items exactly as Graph returns them: raw, untyped field values (a coordinator may edit the
// list by hand). Only portfolioRowFromItem turns them into the app's PortfolioRow.
import { itemsQuery } from '../sharepoint/odata';
import type { SpItem } from '../sharepoint/rows';
import { PROGRESS_COLUMNS, selectFields } from '../sharepoint/schema';
import type { FieldsOf } from '../sharepoint/schema';

/** The fields of one Portfolio item, by internal column name (derived from the schema); any value may be missing or of the wrong type. */
export type PortfolioSPFields = FieldsOf<'portfolio', unknown>;

/** A Portfolio item, or (in delta) the id of one that was deleted. */
export type PortfolioSPItem = SpItem<PortfolioSPFields>;

export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/**
 * SharePoint honours `$top` up to 5,000 list items (its list view threshold); a service that pages smaller (the
 * emulator's default 200) simply answers with nextLinks. Every reader of the Portfolio asks for this many.
 */
export const PORTFOLIO_PAGE_SIZE = 5000;

/**
 * Every Portfolio row with only `select` of its fields, for a reader that needs no item metadata (Innsikt, Venter på
 * meg): `$select=id` drops the item's own createdBy, parentReference, webUrl…, a third of a row's bytes.
 */
export function portfolioRowsPath(location: { siteBase: string; listId: string }, select: string): string {
  return `${location.siteBase}/lists/${encodeURIComponent(location.listId)}/items?$select=id&${itemsQuery({ select, top: PORTFOLIO_PAGE_SIZE })}`;
}

/** Our columns only: a column someone added by hand never costs bandwidth. */
export const PORTFOLIO_WITH_EVIDENCE_SELECT = selectFields('portfolio');

/**
 * What Oversikt reads: our columns but the evidence (0.5–3 kB a project that its table and chart never use); Innsikt
 * and the tab's own catch-up read it with PORTFOLIO_WITH_EVIDENCE_SELECT.
 */
export const PORTFOLIO_SELECT = PORTFOLIO_WITH_EVIDENCE_SELECT.split(',').filter((name) => name !== 'Evidence').join(',');

export { PROGRESS_COLUMNS };
