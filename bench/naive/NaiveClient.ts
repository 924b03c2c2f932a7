// The naive baseline: the same jobs on the same Graph API and the same lists, written the simple way with plain
// fetch: one request per item, no $batch, no cache, no delta (a full reload instead), and the screen changes only
// after Graph answered. Row contents come from the product's own row and domain functions, so only the traffic
// pattern differs, not what is stored.
import type { PhaseModel } from '../../src/model/types';
import { phaseOf } from '../../src/model/lookup';
import { applyIntent } from '../../src/domain/applyIntent';
import { eventsForIntent } from '../../src/domain/events';
import { summarizeProject } from '../../src/domain/summary';
import type { Intent, ItemState, ProjectState } from '../../src/domain/types';
import { eventToRow, itemFromRow, itemToRow, projectFromRow, stateKey } from '../../src/store/sharepoint/rows';
import type { ChecklistRow, ProjectRow } from '../../src/store/sharepoint/rows';
import { portfolioFields } from '../../src/store/portfolio/portfolioFields';
import { LIST_SCHEMA } from '../../src/store/sharepoint/schema';
import { odataString } from '../../src/store/sharepoint/odata';

export interface NaiveTraffic {
  roundTrips: number;
  bytes: number;
}

interface Item<F> {
  id: string;
  fields?: F;
}
interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export interface NaiveOptions {
  /** `https://127.0.0.1:PORT/v1.0` */
  graphBaseUrl: string;
  token: string;
  model: PhaseModel;
  /** The project site's URL, e.g. `https://innlandet.sharepoint.com/sites/lungepasienter`. */
  siteUrl: string;
  /** The coordination site's URL (Portfolio list). */
  coordinationSiteUrl: string;
}

/** The naive app's view of one open project: what it read on its last (re)load. */
export interface NaiveProject {
  siteId: string;
  lists: Record<'projects' | 'checklist' | 'events' | 'participants', string>;
  projectRowId: string;
  state: ProjectState;
}

const encoder = new TextEncoder();

export class NaiveClient {
  readonly traffic: NaiveTraffic = { roundTrips: 0, bytes: 0 };

  constructor(private readonly options: NaiveOptions) {}

  private async request<T>(method: string, pathOrUrl: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const url = /^https:/.test(pathOrUrl) ? pathOrUrl : `${this.options.graphBaseUrl}${pathOrUrl}`;
    const text = body === undefined ? undefined : JSON.stringify(body);
    const res = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${this.options.token}`, ...(text ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(text ? { body: text } : {}),
    });
    const answer = await res.text();
    this.traffic.roundTrips += 1;
    this.traffic.bytes += (text ? encoder.encode(text).byteLength : 0) + encoder.encode(answer).byteLength;
    if (!res.ok) throw new Error(`naive ${method} ${url}: ${res.status} ${answer.slice(0, 200)}`);
    return (answer ? JSON.parse(answer) : undefined) as T;
  }

  private siteByUrl(siteUrl: string): Promise<{ id: string }> {
    const url = new URL(siteUrl);
    return this.request('GET', `/sites/${url.hostname}:${url.pathname}`);
  }

  private async listIdsOf(siteId: string): Promise<Map<string, string>> {
    const lists = await this.request<Page<{ id: string; displayName: string }>>('GET', `/sites/${siteId}/lists`);
    return new Map((lists.value ?? []).map((l) => [l.displayName, l.id]));
  }

  /** All items matching a filter, default paging, every field. */
  private async items<F>(siteId: string, listId: string, filter?: string): Promise<Item<F>[]> {
    const out: Item<F>[] = [];
    let next: string | undefined = `/sites/${siteId}/lists/${listId}/items?$expand=fields${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}`;
    while (next) {
      const page: Page<Item<F>> = await this.request('GET', next);
      out.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return out;
  }

  /** Open (and every reload): the site, its lists, the project row, participants, then one request per checklist item. */
  async open(projectKey: string): Promise<NaiveProject> {
    const site = await this.siteByUrl(this.options.siteUrl);
    const byName = await this.listIdsOf(site.id);
    const id = (key: keyof NaiveProject['lists']): string => byName.get(LIST_SCHEMA[key].displayName) ?? '';
    const lists = { projects: id('projects'), checklist: id('checklist'), events: id('events'), participants: id('participants') };
    const [projectRow] = await this.items<ProjectRow>(site.id, lists.projects, `fields/ProjectKey eq ${odataString(projectKey)}`);
    if (!projectRow?.fields) throw new Error(`naive: no project ${projectKey}`);
    await this.items(site.id, lists.participants, `fields/ProjectKey eq ${odataString(projectKey)}`);
    const items: Record<string, ItemState> = {};
    for (const phase of this.options.model.phases) {
      for (const entry of phase.checklist) {
        const [row] = await this.items<ChecklistRow>(site.id, lists.checklist, `fields/StateKey eq ${odataString(stateKey(projectKey, entry.key))}`);
        if (row?.fields) items[entry.key] = itemFromRow(row.fields).item;
      }
    }
    return { siteId: site.id, lists, projectRowId: projectRow.id, state: { project: projectFromRow(projectRow.fields), items, anomalies: [] } };
  }

  /**
   * A tick, one request after another: read the item's row, write it, append the Events row, rewrite the project's
   * summary, rewrite the Portfolio row (whose id the naive app is given). Returns the state to show.
   */
  async apply(project: NaiveProject, intent: Intent & { itemKey: string }, portfolio: { siteId: string; listId: string; rowId: string }): Promise<ProjectState> {
    const { siteId, lists } = project;
    const lookup = (itemKey: string) => phaseOf(this.options.model, itemKey);
    const [row] = await this.items<ChecklistRow>(siteId, lists.checklist, `fields/StateKey eq ${odataString(stateKey(intent.projectKey, intent.itemKey))}`);
    const before: ProjectState = row?.fields ? { ...project.state, items: { ...project.state.items, [intent.itemKey]: itemFromRow(row.fields).item } } : project.state;
    const after = applyIntent(before, intent, lookup);
    const fields = itemToRow(intent.projectKey, after.items[intent.itemKey] as ItemState, { comments: true });
    if (row) await this.request('PATCH', `/sites/${siteId}/lists/${lists.checklist}/items/${row.id}/fields`, fields);
    else await this.request('POST', `/sites/${siteId}/lists/${lists.checklist}/items`, { fields });
    const events = eventsForIntent(before, intent, this.options.model);
    for (const [i, event] of events.entries()) await this.request('POST', `/sites/${siteId}/lists/${lists.events}/items`, { fields: eventToRow(event, i) });
    const summary = summarizeProject(this.options.model, after, []);
    await this.request('PATCH', `/sites/${siteId}/lists/${lists.projects}/items/${project.projectRowId}/fields`, { Summary: JSON.stringify(summary), UpdatedAt: intent.at });
    const now = new Date().toISOString();
    await this.request('PATCH', `/sites/${portfolio.siteId}/lists/${portfolio.listId}/items/${portfolio.rowId}/fields`, portfolioFields(after, summary, { siteUrl: this.options.siteUrl, now }));
    project.state = after;
    return after;
  }

  /** The coordinators' overview: the coordination site, its lists, then every Portfolio row, default paging, all fields. */
  async overview(): Promise<number> {
    const site = await this.siteByUrl(this.options.coordinationSiteUrl);
    const listId = (await this.listIdsOf(site.id)).get(LIST_SCHEMA.portfolio.displayName) ?? '';
    return (await this.items(site.id, listId)).length;
  }
}
