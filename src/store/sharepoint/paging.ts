// Following @odata.nextLink pages until the end (a page may be empty), and collecting the deltaLink.
import type { GraphConnection } from '../graphClient/createGraphClient';

export interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** The rest of a collection after its first page (already in hand, e.g. from a $batch). */
export async function readRemainingPages<T>(graph: GraphConnection, first: Page<T>, notFound?: Parameters<GraphConnection['call']>[1]): Promise<{ items: T[]; deltaLink?: string }> {
  const items = [...(first.value ?? [])];
  let page = first;
  while (page['@odata.nextLink']) {
    page = await graph.call<Page<T>>({ method: 'GET', path: page['@odata.nextLink'] }, notFound);
    items.push(...(page.value ?? []));
  }
  return { items, ...(page['@odata.deltaLink'] ? { deltaLink: page['@odata.deltaLink'] } : {}) };
}

export async function readAllPages<T>(graph: GraphConnection, path: string, notFound?: Parameters<GraphConnection['call']>[1]): Promise<T[]> {
  const items: T[] = [];
  for await (const page of eachPage<T>(graph, path, notFound)) items.push(...page);
  return items;
}

/** Each page of a collection in turn, for a reader that must not hold a whole large list at once (a scan of Events). */
export async function* eachPage<T>(graph: GraphConnection, path: string, notFound?: Parameters<GraphConnection['call']>[1]): AsyncGenerator<T[]> {
  let next: string | undefined = path;
  while (next) {
    const page: Page<T> = await graph.call<Page<T>>({ method: 'GET', path: next }, notFound);
    yield page.value ?? [];
    next = page['@odata.nextLink'];
  }
}
