// The ChecklistStore port over Microsoft Graph (SharePoint lists). Reads are one $batch; a write is one $batch that
// writes the state row (If-Match), appends the Events row (dependsOn the state write), refreshes the project's summary
// and upserts the Portfolio row. Writes are intents: a 412/409 means re-read that row, re-apply, retry.
import type { ItemKey, PhaseModel } from '../../model/types';
import { phaseOf } from '../../model/lookup';
import { applyIntent } from '../../domain/applyIntent';
import { eventsForIntent } from '../../domain/events';
import { checkPhaseChange } from '../../domain/gate';
import { phaseKeyFromValue } from '../../domain/keys';
import { normalizeState } from '../../domain/normalizeState';
import { summarizeProject } from '../../domain/summary';
import type { ProjectSummary } from '../../domain/summary';
import { checkFreeText, checkIntent } from '../../domain/textRules';
import type { Anomaly, Intent, ItemState, Participant, Person, ProjectEvent, ProjectInfo, ProjectState } from '../../domain/types';
import { StoreError } from '../ChecklistStore';
import type { ApplyOptions, BudgetSignal, ChecklistStore, LoadedProject, PortfolioStatus, ProjectChanges, ProjectLocation, SiteAddress, SiteRights, SyncCursor } from '../ChecklistStore';
export type { PortfolioStatus } from '../ChecklistStore';
import { fieldEquals } from '../odata/escape';
import { locatePortfolio } from '../portfolio/locatePortfolio';
import { portfolioFields } from '../portfolio/portfolioFields';
import { portfolioRowFromItem } from '../portfolio/portfolioRowFromItem';
import type { PortfolioSPItem } from '../portfolio/PortfolioSPItem';
import { portfolioRowStaleness } from '../../domain/portfolio/rowHealth';
import { PROJECT_LIST_KEYS } from '../provisioning/schema';
import { expectOk, isOk, sendBatch } from './batch';
import type { BatchAnswer, BatchPart } from './batch';
import type { GraphConnection } from './createGraphClient';
import { itemFieldsPath, itemsPath, itemsWhere, latestDelta, listRef, projectItems } from './listPaths';
import type { ListRef } from './listPaths';
import { readAllPages, readRemainingPages } from './paging';
import type { Page } from './paging';
import {
  eventFromRow, eventToRow, itemFromRow, itemToRow, mergeDuplicateRows, participantFromRow, participantKey, participantToRow, projectFromRow,
  projectRowAnomalies, projectToRow, stateKey,
} from './rows';
import type { ChecklistRow, EventRow, ParticipantRow, ProjectRow, SpItem } from './rows';
import { CHANGE_SIGNAL_ITEM, changeSignalRow } from './rows';
import { pickOurLists, siteListsPath, sitePath } from './siteLists';
import type { FoundList } from './siteLists';
import { storeErrorFor } from './storeErrors';

export interface GraphChecklistStoreOptions {
  graph: GraphConnection;
  model: PhaseModel;
  /** The coordination site with the Portfolio list; without it no Portfolio row is written. */
  portfolioSite?: SiteAddress;
  /** Where the Portfolio list was found before (remembered on the device), so no load waits to look it up. */
  knownPortfolioTarget?: PortfolioTarget;
  /** Deep link to the project's tab, written to the Portfolio row. */
  tabUrl?: (projectKey: string) => string | undefined;
  /**
   * Polls that read only the checklist list's delta before one also reads projects and participants anyway (default
   * 120, about every 10 minutes in a meeting). Our own writes move the change signal, so this only catches rows edited by hand in SharePoint.
   */
  slowListEvery?: number;
  /** Re-read/re-apply rounds after 412/409 before giving up with `conflict` (default 4). */
  maxConflictRetries?: number;
  now?: () => string;
}

interface RowRef {
  id: string;
  etag?: string;
}

interface ProjectCache {
  location: ProjectLocation;
  state: ProjectState;
  projectRow?: RowRef;
  /** The row each item is written to (the newest, when duplicates exist). */
  itemRows: Map<ItemKey, RowRef & { modified: string }>;
  /** Row id → item key, so a delta deletion can be placed. */
  rowItems: Map<string, ItemKey>;
  /** All rows read, by id, so duplicates are merged again after a change. */
  rows: Map<string, ItemState>;
  /** What could not be read in each row (unknown status…), shown, never overwritten. */
  rowAnomalies: Map<string, Anomaly[]>;
  projectAnomalies: Anomaly[];
  participants: Map<string, Participant>;
  participantRows: Map<string, string>;
  gateOverrides: GateOverride[];
  /** Portfolio row id: undefined = not looked up, null = absent. */
  portfolioRow?: string | null;
  /** The change signal's row id (see CHANGE_SIGNAL_ITEM), once it exists. */
  signalRow?: string;
}

type GateOverride = ProjectSummary['gateOverrides'][number];

/** The coordination site's Portfolio list, once found (the app may remember it on the device). */
export interface PortfolioTarget {
  siteId: string;
  listId: string;
}

const ME_PATH = '/me?$select=id,displayName,mail,userPrincipalName';

interface MeAnswer {
  id: string;
  displayName?: string;
  mail?: string | null;
  userPrincipalName?: string;
}

function personFromMe(user: MeAnswer): Person {
  const email = user.mail ?? user.userPrincipalName;
  return { id: user.id, name: user.displayName ?? email ?? user.id, ...(email ? { email } : {}) };
}

/** Graph's answer to a write with a unique column that already holds the value (the emulator's default: 409). */
const isDuplicate = (answer: BatchAnswer | undefined): boolean => answer?.status === 409;
const isStale = (answer: BatchAnswer | undefined): boolean => answer?.status === 412 || isDuplicate(answer);
const etagOf = (item: SpItem<unknown>): string | undefined => item.fields?.['@odata.etag'] ?? item.eTag;
const CURSOR_KEYS = { checklist: 'checklist', projects: 'projects', participants: 'participants', polls: 'polls' } as const;

export class GraphChecklistStore implements ChecklistStore {
  private readonly graph: GraphConnection;
  private readonly model: PhaseModel;
  private readonly options: GraphChecklistStoreOptions;
  private readonly locations = new Map<string, Promise<ProjectLocation>>();
  private readonly projects = new Map<string, ProjectCache>();
  private portfolioTarget?: Promise<PortfolioTarget | undefined>;
  private portfolio: PortfolioStatus = { behind: false };
  private me?: Promise<Person>;
  private readonly listeners = new Set<() => void>();
  /** Intents sent whose outcome is not known (lost answer, 412 after a resend): checked against Events before a rewrite. */
  private readonly mayHaveBeenWritten = new Set<string>();

  constructor(options: GraphChecklistStoreOptions) {
    this.options = options;
    if (options.knownPortfolioTarget && options.portfolioSite) this.portfolioTarget = Promise.resolve(options.knownPortfolioTarget);
    this.graph = options.graph;
    this.model = options.model;
  }

  /** Whether the Portfolio row is behind; the UI shows a quiet note, the tick itself succeeded. */
  portfolioStatus(): PortfolioStatus {
    return this.portfolio;
  }

  onPortfolioStatus(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // TODO(issue 10): real rights from Graph; until then every located site is assumed writable (today's behaviour).
  rights(_location: ProjectLocation): Promise<SiteRights> {
    return Promise.resolve({ canRead: true, canWrite: true, canManageLists: true });
  }

  // TODO(issue 14): read RateLimit-* / Retry-After from responses in createGraphClient.
  budget(): BudgetSignal | undefined {
    return undefined;
  }

  onBudget(_listener: () => void): () => void {
    return () => undefined;
  }

  private setPortfolio(status: PortfolioStatus): void {
    if (status.behind === this.portfolio.behind && status.error === this.portfolio.error) return;
    this.portfolio = status;
    for (const listener of this.listeners) listener();
  }

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  // ---- locate ---------------------------------------------------------------------------------------------------

  locate(site: SiteAddress): Promise<ProjectLocation> {
    const key = JSON.stringify([site.siteId ?? '', site.siteUrl ?? '', site.groupId ?? '']);
    let found = this.locations.get(key);
    if (!found) {
      found = this.locateUncached(site);
      this.locations.set(key, found);
      found.catch(() => this.locations.delete(key));
    }
    return found;
  }

  /**
   * ONE round trip, once per site: a `$batch` with the site, its lists (addressed through the site's path), who I am
   * and, the first time, the coordination site and its lists. A site with more lists than one page pages on.
   */
  private async locateUncached(site: SiteAddress): Promise<ProjectLocation> {
    const parts: BatchPart[] = [
      { id: 'site', method: 'GET', url: `${sitePath(site)}?$select=id,webUrl` },
      { id: 'lists', method: 'GET', url: siteListsPath(site) },
    ];
    if (!this.me) parts.push({ id: 'me', method: 'GET', url: ME_PATH });
    const portfolioSite = this.portfolioTarget ? undefined : this.options.portfolioSite;
    if (portfolioSite) {
      parts.push({ id: 'portfolioSite', method: 'GET', url: `${sitePath(portfolioSite)}?$select=id,webUrl` });
      parts.push({ id: 'portfolioLists', method: 'GET', url: siteListsPath(portfolioSite) });
    }
    const answers = await sendBatch(this.graph, parts);
    if (answers.has('me')) this.rememberMe(answers.get('me'));
    if (portfolioSite) this.portfolioTarget = this.portfolioFrom(answers);

    const { id, webUrl } = expectOk<{ id: string; webUrl?: string }>(answers, 'site', 'Finding the site', 'siteNotFound');
    const lists = pickOurLists((await readRemainingPages(this.graph, expectOk<Page<FoundList>>(answers, 'lists', 'Reading the lists', 'siteNotFound'), 'siteNotFound')).items);
    const missing = PROJECT_LIST_KEYS.filter((k) => !lists.has(k));
    if (missing.length > 0) throw new StoreError('listsMissing', `The site lacks our lists: ${missing.join(', ')}`, { missing });
    const idOf = (k: (typeof PROJECT_LIST_KEYS)[number]): string => lists.get(k)?.id ?? '';
    return { siteId: id, siteUrl: webUrl ?? site.siteUrl ?? '', lists: { projects: idOf('projects'), checklist: idOf('checklist'), events: idOf('events'), participants: idOf('participants') } };
  }

  /** The coordination site's Portfolio list from the locate batch; a refusal only marks the portfolio as behind. */
  private async portfolioFrom(answers: Map<string, BatchAnswer>): Promise<PortfolioTarget | undefined> {
    try {
      const { id } = expectOk<{ id: string }>(answers, 'portfolioSite', 'Finding the coordination site', 'siteNotFound');
      const first = expectOk<Page<FoundList>>(answers, 'portfolioLists', 'Reading the coordination site', 'siteNotFound');
      const list = pickOurLists((await readRemainingPages(this.graph, first, 'siteNotFound')).items).get('portfolio');
      if (!list) throw new StoreError('listsMissing', 'The coordination site has no Portfolio list', { missing: ['portfolio'] });
      return { siteId: id, listId: list.id };
    } catch (error) {
      return this.portfolioUnreachable(error);
    }
  }

  private portfolioUnreachable(error: unknown): undefined {
    if (!(error instanceof StoreError) || error.retryable) this.portfolioTarget = undefined; // try again next time
    this.setPortfolio({ behind: true, error: error instanceof StoreError ? error : new StoreError('unknown', String(error)), since: this.now() });
    return undefined;
  }

  private portfolioList(): Promise<PortfolioTarget | undefined> {
    const site = this.options.portfolioSite;
    if (!site) return Promise.resolve(undefined);
    this.portfolioTarget ??= (async () => {
      try {
        // One request: the site addressed by its path, so our list paths work without resolving its id first.
        const { siteBase, listId } = await locatePortfolio(this.graph, site);
        return { siteId: siteBase.slice('/sites/'.length), listId };
      } catch (error) {
        return this.portfolioUnreachable(error);
      }
    })();
    return this.portfolioTarget;
  }

  /** The Portfolio list as far as it is known now (for the app to remember on the device). */
  async portfolioTargetKnown(): Promise<PortfolioTarget | undefined> {
    return this.portfolioTarget ? await this.portfolioTarget : undefined;
  }

  /** The Portfolio target if resolved (or being resolved by `locate`); else starts resolving it and answers none. */
  private async portfolioTargetWithoutWaiting(): Promise<PortfolioTarget | undefined> {
    if (this.portfolioTarget) return this.portfolioTarget;
    void this.portfolioList();
    return undefined;
  }

  /** The signed-in person as Graph knows them (the id the store writes as author); fetched with `locate`. */
  whoAmI(): Promise<Person> {
    this.me ??= this.graph.call<MeAnswer>({ method: 'GET', path: ME_PATH }).then(personFromMe);
    this.me.catch(() => (this.me = undefined));
    return this.me;
  }

  private rememberMe(answer: BatchAnswer | undefined): void {
    if (isOk(answer)) this.me = Promise.resolve(personFromMe(answer?.body as MeAnswer));
  }

  // ---- projects -------------------------------------------------------------------------------------------------

  async listProjects(location: ProjectLocation): Promise<ProjectInfo[]> {
    const rows = await readAllPages<SpItem<ProjectRow>>(this.graph, itemsWhere(listRef(location, 'projects')), 'listsMissing');
    return rows.map((r) => projectFromRow(r.fields ?? {})).filter((p) => p.projectKey !== '');
  }

  async createProject(location: ProjectLocation, project: ProjectInfo, intentId: string): Promise<ProjectInfo> {
    // The same text rules as a later change of these fields: nothing with a national id number ever reaches a list.
    const { title, hospitalUnit, municipalities } = project;
    const problem = checkIntent(this.model, { kind: 'updateProject', changes: { title, hospitalUnit, municipalities } });
    if (problem) throw new StoreError('invalidInput', `Project refused: ${problem.kind}`);
    const projects = listRef(location, 'projects');
    const event: ProjectEvent = { intentId, projectKey: project.projectKey, at: project.updatedAt, actor: { id: '', name: '' }, kind: 'projectUpdate', to: project.title };
    const answers = await sendBatch(this.graph, [
      { id: 'project', method: 'POST', url: itemsPath(projects), body: { fields: { ...projectToRow(project), Summary: JSON.stringify(summarizeProject(this.model, { project, items: {}, anomalies: [] }, [])) } } },
      { id: 'event', method: 'POST', url: itemsPath(listRef(location, 'events')), body: { fields: eventToRow(event, 0) }, dependsOn: ['project'] },
    ]);
    const created = answers.get('project');
    if (isOk(created)) return projectFromRow((created?.body as SpItem<ProjectRow>).fields ?? {});
    // Idempotent: the ProjectKey is unique, so a replay (or a colleague) finds the row already there.
    if (!isDuplicate(created)) throw storeErrorFor(created?.status ?? 0, created?.body, 'Creating the project', 'listsMissing');
    const existing = await readAllPages<SpItem<ProjectRow>>(this.graph, projectItems(projects, project.projectKey));
    const row = existing[0]?.fields;
    if (!row) throw new StoreError('conflict', 'The project row exists but could not be read');
    return projectFromRow(row);
  }

  // ---- load -----------------------------------------------------------------------------------------------------

  async loadProject(location: ProjectLocation, projectKey: string): Promise<LoadedProject> {
    // The project never waits for the coordination site: when its Portfolio list is not known yet (a location
    // remembered on the device), it is looked up beside this load, and our row is checked on the next load or write.
    const target = await this.portfolioTargetWithoutWaiting();
    const lists = { projects: listRef(location, 'projects'), checklist: listRef(location, 'checklist'), participants: listRef(location, 'participants') };
    // Delta tokens first (each read depends on its list's token), so a change made while we read shows up again in
    // the next poll instead of being lost between the read and the token.
    const parts: BatchPart[] = [
      { id: 'deltaChecklist', method: 'GET', url: latestDelta(lists.checklist) },
      { id: 'deltaProjects', method: 'GET', url: latestDelta(lists.projects) },
      { id: 'deltaParticipants', method: 'GET', url: latestDelta(lists.participants) },
      { id: 'project', method: 'GET', url: projectItems(lists.projects, projectKey), dependsOn: ['deltaProjects'] },
      { id: 'items', method: 'GET', url: projectItems(lists.checklist, projectKey), dependsOn: ['deltaChecklist'] },
      { id: 'participants', method: 'GET', url: projectItems(lists.participants, projectKey), dependsOn: ['deltaParticipants'] },
    ];
    // Our Portfolio row rides along, so a missing or stale one is rewritten at once (self-healing).
    if (target) {
      parts.push({ id: 'portfolio', method: 'GET', url: itemsWhere({ ...target, key: 'portfolio' }, fieldEquals('portfolio', 'ProjectKey', projectKey)) });
    }
    const answers = await sendBatch(this.graph, parts);
    const cursor: SyncCursor = {
      [CURSOR_KEYS.checklist]: this.deltaLinkOf(answers, 'deltaChecklist'),
      [CURSOR_KEYS.projects]: this.deltaLinkOf(answers, 'deltaProjects'),
      [CURSOR_KEYS.participants]: this.deltaLinkOf(answers, 'deltaParticipants'),
      [CURSOR_KEYS.polls]: '0',
    };
    const projectRows = expectOk<Page<SpItem<ProjectRow>>>(answers, 'project', 'Reading the project', 'listsMissing').value ?? [];
    const projectRow = projectRows[0];
    if (!projectRow?.fields) throw new StoreError('projectNotFound', `No project '${projectKey}' in this site`);
    // Paging only when a project has more rows than one page holds (about 200).
    const itemRows = (await readRemainingPages(this.graph, expectOk<Page<SpItem<ChecklistRow>>>(answers, 'items', 'Reading the checklist', 'listsMissing'))).items;
    const participantRows = (await readRemainingPages(this.graph, expectOk<Page<SpItem<ParticipantRow>>>(answers, 'participants', 'Reading participants', 'listsMissing'))).items;

    const fresh = this.buildCache(location, projectRow, itemRows, participantRows);
    this.projects.set(projectKey, fresh);
    if (target) await this.healPortfolio(fresh, { ...target, key: 'portfolio' }, answers.get('portfolio'));
    return { state: fresh.state, participants: [...fresh.participants.values()], cursor };
  }

  /** Rewrites our Portfolio row when it is missing, stale or edited by hand; an unreachable site only marks it behind. */
  private async healPortfolio(cache: ProjectCache, list: ListRef, answer: BatchAnswer | undefined): Promise<void> {
    if (!isOk(answer)) {
      // The Portfolio list itself is gone (or was remembered wrongly): look it up again next time.
      if (answer?.status === 404) this.portfolioTarget = undefined;
      return this.notePortfolio(cache, answer);
    }
    const item = (answer?.body as Page<PortfolioSPItem>).value?.[0];
    cache.portfolioRow = item?.id ?? null;
    const summary = summarizeProject(this.model, cache.state, cache.gateOverrides);
    if (item && portfolioRowStaleness(portfolioRowFromItem(item, this.model), summary, cache.state.project.updatedAt).length === 0) {
      return this.setPortfolio({ behind: false });
    }
    const fields = this.portfolioRowFields(cache.location, cache.state, summary, this.now());
    const written = await this.graph.send(item
      ? { method: 'PATCH', path: itemFieldsPath(list, item.id), body: fields }
      : { method: 'POST', path: itemsPath(list), body: { fields } });
    this.notePortfolio(cache, { id: 'portfolio', status: written.status, headers: {}, body: written.body });
  }

  private deltaLinkOf(answers: Map<string, BatchAnswer>, id: string): string {
    const link = expectOk<Page<unknown>>(answers, id, 'Starting change tracking', 'listsMissing')['@odata.deltaLink'];
    if (!link) throw new StoreError('unknown', 'Graph gave no deltaLink');
    return link;
  }

  private buildCache(location: ProjectLocation, projectRow: SpItem<ProjectRow>, itemRows: SpItem<ChecklistRow>[], participantRows: SpItem<ParticipantRow>[]): ProjectCache {
    const fields = projectRow.fields ?? {};
    const cache: ProjectCache = {
      location,
      state: { project: projectFromRow(fields), items: {}, anomalies: [] },
      projectRow: { id: projectRow.id, ...(etagOf(projectRow) ? { etag: etagOf(projectRow) } : {}) },
      itemRows: new Map(),
      rowItems: new Map(),
      rows: new Map(),
      rowAnomalies: new Map(),
      projectAnomalies: projectRowAnomalies(fields),
      participants: new Map(),
      participantRows: new Map(),
      gateOverrides: readGateOverrides(fields.Summary),
    };
    for (const row of itemRows) this.rememberItemRow(cache, row);
    for (const row of participantRows) this.rememberParticipantRow(cache, row);
    this.rebuildState(cache);
    return cache;
  }

  private rememberItemRow(cache: ProjectCache, row: SpItem<ChecklistRow>): void {
    if (!row.fields) return;
    if (row.fields.ItemKey === CHANGE_SIGNAL_ITEM) {
      cache.signalRow = row.id;
      return;
    }
    const { item, anomalies } = itemFromRow(row.fields);
    cache.rows.set(row.id, item);
    cache.rowAnomalies.set(row.id, anomalies);
    cache.rowItems.set(row.id, item.itemKey);
    const modified = row.fields.Modified ?? row.lastModifiedDateTime ?? '';
    const current = cache.itemRows.get(item.itemKey);
    // The newest row wins; on a tie (Modified has whole seconds) the later row, as mergeDuplicateRows shows it.
    if (!current || current.id === row.id || modified > current.modified || (modified === current.modified && Number(row.id) > Number(current.id))) {
      cache.itemRows.set(item.itemKey, { id: row.id, modified, ...(etagOf(row) ? { etag: etagOf(row) } : {}) });
    }
  }

  private forgetItemRow(cache: ProjectCache, rowId: string): void {
    const itemKey = cache.rowItems.get(rowId);
    cache.rows.delete(rowId);
    cache.rowAnomalies.delete(rowId);
    cache.rowItems.delete(rowId);
    if (itemKey === undefined || cache.itemRows.get(itemKey)?.id !== rowId) return;
    cache.itemRows.delete(itemKey);
    // Another (duplicate) row for the item becomes the one we write to.
    for (const [id, key] of cache.rowItems) if (key === itemKey) cache.itemRows.set(key, { id, modified: '' });
  }

  private rememberParticipantRow(cache: ProjectCache, row: SpItem<ParticipantRow>): void {
    const participant = row.fields ? participantFromRow(row.fields) : undefined;
    if (!participant) return;
    cache.participants.set(participant.person.id, participant);
    cache.participantRows.set(row.id, participant.person.id);
  }

  /** Merges all rows read (duplicates flagged, never deleted) into the state. */
  private rebuildState(cache: ProjectCache): void {
    const { items, anomalies } = mergeDuplicateRows(cache.rows.values());
    const raw: ProjectState = { project: cache.state.project, items, anomalies: [...cache.projectAnomalies, ...[...cache.rowAnomalies.values()].flat(), ...anomalies] };
    cache.state = normalizeState(this.model, raw);
  }

  // ---- apply ----------------------------------------------------------------------------------------------------

  async apply(location: ProjectLocation, intent: Intent, options: ApplyOptions = {}): Promise<ProjectState> {
    const problem = checkIntent(this.model, intent);
    if (problem) throw new StoreError('invalidInput', `Intent ${intent.kind} refused: ${problem.kind}`);
    if (options.maybeWritten) this.mayHaveBeenWritten.add(intent.id);
    const maxRounds = 1 + (this.options.maxConflictRetries ?? 4);
    for (let round = 1; ; round += 1) {
      const cache = this.projects.get(intent.projectKey) ?? (await this.loadProject(location, intent.projectKey), this.projects.get(intent.projectKey));
      if (!cache) throw new StoreError('projectNotFound', `No project '${intent.projectKey}'`);
      // An attempt whose answer was lost (or a 412 that our own resent write caused) may have written the intent
      // already. Writing it again would put it after others' later writes, while its Events row stays before them,
      // and the Events list would no longer replay to the stored state: write only if the intent is not logged.
      if (this.mayHaveBeenWritten.has(intent.id) && (await this.isLogged(cache, intent))) {
        this.mayHaveBeenWritten.delete(intent.id);
        if ('itemKey' in intent) await this.rereadItem(cache, intent.itemKey);
        else await this.rereadProject(cache);
        return cache.state;
      }
      // Moving on past unmet requirements needs a written reason (judged on the state as it is now, not as it was
      // when the user decided): the screen asks for it, and a queued intent cannot slip past it.
      if (intent.kind === 'changePhase') {
        const check = checkPhaseChange(this.model, cache.state, intent.to, intent.reason);
        if (!check.allowed && check.why !== 'samePhase') throw new StoreError('invalidInput', `Phase change refused: ${check.why}`);
      }
      this.mayHaveBeenWritten.add(intent.id);
      const outcome = await this.writeOnce(cache, intent);
      if (outcome === 'done') {
        this.mayHaveBeenWritten.delete(intent.id);
        return cache.state;
      }
      if (round >= maxRounds) throw new StoreError('conflict', `Intent ${intent.id} still conflicts after ${round} attempts`, { retryable: true, status: 412 });
      // Someone wrote the row since we read it (or created it first): read it again and re-apply the intent to it.
      if ('itemKey' in intent) await this.rereadItem(cache, intent.itemKey);
      else await this.rereadProject(cache);
    }
  }

  /** Whether the intent's (first) Events row exists: IntentId is unique and indexed, so one small query. */
  private async isLogged(cache: ProjectCache, intent: Intent): Promise<boolean> {
    const events = listRef(cache.location, 'events');
    const answer = await this.graph.send<Page<unknown>>({ method: 'GET', path: `${itemsWhere(events, fieldEquals('events', 'IntentId', intent.id))}&$top=1` });
    if (answer.status < 200 || answer.status >= 300) throw storeErrorFor(answer.status, answer.body, 'Checking the Events list', 'listsMissing');
    return (answer.body.value ?? []).length > 0;
  }

  private phaseOf = (itemKey: ItemKey): string | undefined => phaseOf(this.model, itemKey);

  /** One $batch: state write → Events row → summary → Portfolio row. 'stale' when the state write met a 412/409. */
  private async writeOnce(cache: ProjectCache, intent: Intent): Promise<'done' | 'stale'> {
    const { location } = cache;
    const before = cache.state;
    const after = applyIntent(before, intent, this.phaseOf);
    const events = eventsForIntent(before, intent, this.model);
    const overrides = [...cache.gateOverrides, ...events.filter((e) => e.kind === 'gateOverride').map(toOverride)];
    const summary = summarizeProject(this.model, after, overrides);
    const summaryJson = JSON.stringify(summary);
    const now = this.now();
    const parts: BatchPart[] = [];

    const projects = listRef(location, 'projects');
    const projectId = cache.projectRow?.id;
    if (!projectId) throw new StoreError('projectNotFound', 'The project row is unknown');
    if ('itemKey' in intent) {
      const item = after.items[intent.itemKey] as ItemState;
      const checklist = listRef(location, 'checklist');
      const row = cache.itemRows.get(intent.itemKey);
      const fields = itemToRow(intent.projectKey, item);
      // A status the app does not understand (hand edit, newer version) is shown as open, and kept in the row
      // unless the user deliberately sets the status.
      if (row && intent.kind !== 'setStatus' && cache.rowAnomalies.get(row.id)?.some((a) => a.kind === 'unknownStatus')) {
        delete fields.Status;
        delete fields.NotRelevantReason;
      }
      // A row's key never changes; rewriting it into a duplicate row (hand-made, another StateKey) would break uniqueness.
      const { StateKey: _key, ...patch } = fields;
      parts.push(row
        ? { id: 'state', method: 'PATCH', url: itemFieldsPath(checklist, row.id), headers: row.etag ? { 'If-Match': row.etag } : {}, body: patch }
        : { id: 'state', method: 'POST', url: itemsPath(checklist), body: { fields } });
      parts.push({ id: 'summary', method: 'PATCH', url: itemFieldsPath(projects, projectId), body: { Summary: summaryJson, UpdatedAt: intent.at }, dependsOn: ['state'] });
    } else {
      parts.push({
        id: 'state', method: 'PATCH', url: itemFieldsPath(projects, projectId),
        headers: cache.projectRow?.etag ? { 'If-Match': cache.projectRow.etag } : {},
        body: { ...projectToRow(after.project), Summary: summaryJson },
      });
    }
    if (!('itemKey' in intent)) parts.push(this.signalPart(cache, intent.id));
    events.forEach((event, i) => {
      parts.push({ id: `event${i}`, method: 'POST', url: itemsPath(listRef(location, 'events')), body: { fields: eventToRow(event, i) }, dependsOn: ['state'] });
    });
    const target = await this.portfolioList();
    const portfolio = target ? { list: { ...target, key: 'portfolio' } as ListRef, fields: this.portfolioRowFields(location, after, summary, now) } : undefined;
    if (portfolio) {
      const { list, fields } = portfolio;
      parts.push(cache.portfolioRow
        ? { id: 'portfolio', method: 'PATCH', url: itemFieldsPath(list, cache.portfolioRow), body: fields, dependsOn: ['state'] }
        : { id: 'portfolio', method: 'POST', url: itemsPath(list), body: { fields }, dependsOn: ['state'] });
    }

    const answers = await sendBatch(this.graph, parts);
    const state = answers.get('state');
    if (isStale(state)) return 'stale';
    // The item's row was deleted (by hand) since we read it: forget it; the next round re-reads and creates a new one.
    const deletedRow = 'itemKey' in intent && state?.status === 404 ? cache.itemRows.get(intent.itemKey) : undefined;
    if (deletedRow) {
      this.forgetItemRow(cache, deletedRow.id);
      this.rebuildState(cache);
      return 'stale';
    }
    if (!isOk(state)) throw storeErrorFor(state?.status ?? 0, state?.body, `Saving ${intent.kind}`, 'projectNotFound');

    // The Events row: a refusal of a duplicate IntentId means this intent was applied before (a replay): success.
    for (let i = 0; i < events.length; i += 1) {
      const answer = answers.get(`event${i}`);
      if (!isOk(answer) && !isDuplicate(answer)) throw storeErrorFor(answer?.status ?? 0, answer?.body, 'Logging the change', 'listsMissing');
    }
    this.confirmWrite(cache, intent, after, state as BatchAnswer, answers.get('summary'));
    this.noteSignal(cache, answers.get('signal'));
    cache.gateOverrides = overrides;
    const portfolioAnswer = answers.get('portfolio');
    if (portfolio && portfolioAnswer?.status === 404 && cache.portfolioRow) {
      // The row was deleted by hand: write it again now rather than one tick later (self-healing).
      delete cache.portfolioRow;
      const created = await this.graph.send({ method: 'POST', path: itemsPath(portfolio.list), body: { fields: portfolio.fields } });
      this.notePortfolio(cache, { id: 'portfolio', status: created.status, headers: {}, body: created.body });
    } else {
      this.notePortfolio(cache, portfolioAnswer);
    }
    return 'done';
  }

  private portfolioRowFields(location: ProjectLocation, state: ProjectState, summary: ProjectSummary, now: string): ReturnType<typeof portfolioFields> {
    const tabUrl = this.options.tabUrl?.(state.project.projectKey);
    return portfolioFields(state, summary, { siteUrl: location.siteUrl, ...(tabUrl ? { tabUrl } : {}), now });
  }

  /** Moves the project's change signal (a blind write: any writer's signal is as good as ours). */
  private signalPart(cache: ProjectCache, intentId: string): BatchPart {
    const checklist = listRef(cache.location, 'checklist');
    const fields = changeSignalRow(cache.state.project.projectKey, intentId);
    return cache.signalRow
      ? { id: 'signal', method: 'PATCH', url: itemFieldsPath(checklist, cache.signalRow), body: fields, dependsOn: ['state'] }
      : { id: 'signal', method: 'POST', url: itemsPath(checklist), body: { fields }, dependsOn: ['state'] };
  }

  private confirmWrite(cache: ProjectCache, intent: Intent, after: ProjectState, state: BatchAnswer, summary: BatchAnswer | undefined): void {
    if ('itemKey' in intent) {
      const body = state.body as SpItem<ChecklistRow> | (ChecklistRow & { '@odata.etag'?: string });
      const row: SpItem<ChecklistRow> = 'fields' in body && body.fields ? (body as SpItem<ChecklistRow>) : { id: cache.itemRows.get(intent.itemKey)?.id ?? '', fields: body as ChecklistRow };
      this.rememberItemRow(cache, { ...row, fields: { ...row.fields, Modified: row.fields?.Modified ?? intent.at } });
      cache.state = { ...cache.state, project: { ...cache.state.project, updatedAt: intent.at } };
      this.rebuildState(cache);
      const etag = summary && isOk(summary) ? (summary.body as { '@odata.etag'?: string })['@odata.etag'] : undefined;
      if (etag && cache.projectRow) cache.projectRow = { ...cache.projectRow, etag };
    } else {
      const fields = state.body as ProjectRow & { '@odata.etag'?: string };
      cache.state = { ...cache.state, project: fields?.ProjectKey ? projectFromRow(fields) : after.project };
      if (cache.projectRow) cache.projectRow = { ...cache.projectRow, ...(fields?.['@odata.etag'] ? { etag: fields['@odata.etag'] } : {}) };
    }
  }

  /** A lost signal write only delays others' view of a project change until their next slow poll: never an error. */
  private noteSignal(cache: ProjectCache, answer: BatchAnswer | undefined): void {
    if (answer?.status === 201) cache.signalRow = (answer.body as SpItem<unknown>).id;
    else if (answer?.status === 404) delete cache.signalRow;
  }

  /** A refusal in the coordination site never fails the tick: it marks the Portfolio row as behind. */
  private notePortfolio(cache: ProjectCache, answer: BatchAnswer | undefined): void {
    if (!answer) return;
    if (isOk(answer)) {
      if (answer.status === 201) cache.portfolioRow = (answer.body as SpItem<unknown>).id;
      this.setPortfolio({ behind: false });
      return;
    }
    // 409: a colleague created the row first; 404: it was deleted. Look it up again on the next load.
    if (answer.status === 409 || answer.status === 404) cache.portfolioRow = undefined;
    this.setPortfolio({ behind: true, error: storeErrorFor(answer.status, answer.body, 'Updating the portfolio'), since: this.portfolio.since ?? this.now() });
  }

  private async rereadItem(cache: ProjectCache, itemKey: ItemKey): Promise<void> {
    const checklist = listRef(cache.location, 'checklist');
    const rows = await readAllPages<SpItem<ChecklistRow>>(this.graph, itemsWhere(checklist, fieldEquals('checklist', 'StateKey', stateKey(cache.state.project.projectKey, itemKey))));
    for (const row of rows) this.rememberItemRow(cache, row);
    this.rebuildState(cache);
  }

  private async rereadProject(cache: ProjectCache): Promise<void> {
    const rows = await readAllPages<SpItem<ProjectRow>>(this.graph, projectItems(listRef(cache.location, 'projects'), cache.state.project.projectKey));
    const row = rows[0];
    if (!row?.fields) throw new StoreError('projectNotFound', 'The project row is gone');
    cache.projectRow = { id: row.id, ...(etagOf(row) ? { etag: etagOf(row) } : {}) };
    cache.state = { ...cache.state, project: projectFromRow(row.fields) };
    cache.gateOverrides = readGateOverrides(row.fields.Summary);
  }

  // ---- poll -----------------------------------------------------------------------------------------------------

  /**
   * Normally ONE request: the checklist list's delta with a token (1 resource unit). Project-level changes (phase,
   * settings, participants) move the project's change signal row in that same list, so only then (and every
   * `slowListEvery`-th poll, for hand edits) are the projects' and participants' deltas read too (2 RU more).
   * Budget: a meeting panel polling every 5.2 s costs 11.7 RU a minute and shows a change on average 2.6 s after it
   * is saved. The interval is the session's choice; the cost per poll is this method's.
   */
  async pollChanges(location: ProjectLocation, projectKey: string, cursor: SyncCursor): Promise<ProjectChanges> {
    const cache = this.projects.get(projectKey);
    const checklistLink = cursor[CURSOR_KEYS.checklist];
    if (!cache || !checklistLink) return this.resync(location, projectKey, cache?.state, false);
    const polls = Number(cursor[CURSOR_KEYS.polls] ?? '0') + 1;
    const every = Math.max(1, this.options.slowListEvery ?? 120);
    const next: SyncCursor = { ...cursor, [CURSOR_KEYS.polls]: String(polls % every) };
    const before = cache.state;

    const answer = await this.graph.send({ method: 'GET', path: checklistLink });
    if (answer.status === 410) return this.resync(location, projectKey, cache.state, true);
    if (answer.status < 200 || answer.status >= 300) throw storeErrorFor(answer.status, answer.body, 'Reading changes', 'listsMissing');
    const checklist = await readRemainingPages(this.graph, answer.body as Page<SpItem<ChecklistRow>>, 'listsMissing');
    if (checklist.deltaLink) next[CURSOR_KEYS.checklist] = checklist.deltaLink;
    let signalled = false;
    for (const item of checklist.items) {
      if (item.deleted) this.forgetItemRow(cache, item.id);
      else if (item.fields?.ProjectKey === projectKey) {
        signalled ||= item.fields.ItemKey === CHANGE_SIGNAL_ITEM;
        this.rememberItemRow(cache, item);
      }
    }

    // The project row and participants: only when the signal moved, or now and then for hand edits.
    if (signalled || polls % every === 0) {
      const links = [CURSOR_KEYS.projects, CURSOR_KEYS.participants].flatMap((k) => (cursor[k] ? [[k, cursor[k]] as const] : []));
      const answers = await sendBatch(this.graph, links.map(([id, url]) => ({ id, method: 'GET', url })));
      if ([...answers.values()].some((a) => a.status === 410)) return this.resync(location, projectKey, cache.state, true);
      for (const [key] of links) {
        const { items, deltaLink } = await readRemainingPages<SpItem<ProjectRow & ParticipantRow>>(this.graph, expectOk(answers, key, 'Reading changes', 'listsMissing'));
        if (deltaLink) next[key] = deltaLink;
        for (const item of items) {
          const ours = item.fields?.ProjectKey === projectKey;
          if (key === CURSOR_KEYS.projects && ours && item.fields) {
            cache.state = { ...cache.state, project: projectFromRow(item.fields) };
            cache.projectRow = { id: item.id, ...(etagOf(item) ? { etag: etagOf(item) } : {}) };
            cache.gateOverrides = readGateOverrides(item.fields.Summary);
            cache.projectAnomalies = projectRowAnomalies(item.fields);
          } else if (key === CURSOR_KEYS.participants) {
            const personId = cache.participantRows.get(item.id);
            if (item.deleted && personId !== undefined) cache.participants.delete(personId);
            else if (ours) this.rememberParticipantRow(cache, item);
          }
        }
      }
    }
    this.rebuildState(cache);
    const changed = changedKeys(before, cache.state);
    return { state: cache.state, participants: [...cache.participants.values()], cursor: next, changedItemKeys: changed, resynced: false };
  }

  private async resync(location: ProjectLocation, projectKey: string, before: ProjectState | undefined, stale: boolean): Promise<ProjectChanges> {
    const loaded = await this.loadProject(location, projectKey);
    return { ...loaded, changedItemKeys: before ? changedKeys(before, loaded.state) : [], resynced: stale };
  }

  // ---- history and participants ----------------------------------------------------------------------------------

  async history(location: ProjectLocation, projectKey: string, itemKey?: string): Promise<ProjectEvent[]> {
    // ItemKey is not indexed: filter on ProjectKey in Graph, on the item here.
    const rows = await readAllPages<SpItem<EventRow>>(this.graph, projectItems(listRef(location, 'events'), projectKey), 'listsMissing');
    return rows
      .map((r) => eventFromRow(r.fields ?? {}))
      .filter((e) => itemKey === undefined || e.itemKey === itemKey)
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }

  async saveParticipant(location: ProjectLocation, participant: Participant): Promise<void> {
    const problem = checkFreeText(participant.organisation, 'organisation', { required: true });
    if (problem) throw new StoreError('invalidInput', `Participant refused: ${problem.kind}`);
    const list = listRef(location, 'participants');
    const fields = participantToRow(participant);
    const created = await this.graph.send({ method: 'POST', path: itemsPath(list), body: { fields } });
    if (created.status === 201 || created.status === 200) return this.participantSaved(participant);
    if (created.status !== 409) throw storeErrorFor(created.status, created.body, 'Saving the participant', 'listsMissing');
    // ParticipantKey is unique: the row is there, so update it.
    const rows = await readAllPages<SpItem<ParticipantRow>>(this.graph, itemsWhere(list, fieldEquals('participants', 'ParticipantKey', participantKey(participant.projectKey, participant.person.id))));
    const row = rows[0];
    if (!row) throw new StoreError('conflict', 'The participant row exists but could not be read');
    await this.graph.call({ method: 'PATCH', path: itemFieldsPath(list, row.id), body: fields });
    await this.participantSaved(participant);
  }

  /** Remembers the participant and moves the change signal so the others' panels pick it up. */
  private async participantSaved(participant: Participant): Promise<void> {
    const cache = this.projects.get(participant.projectKey);
    if (!cache) return;
    cache.participants.set(participant.person.id, participant);
    const part = this.signalPart(cache, `participant:${participant.person.id}`);
    const answer = await this.graph.send({ method: part.method, path: part.url, body: part.body });
    this.noteSignal(cache, { id: 'signal', status: answer.status, headers: {}, body: answer.body });
  }
}

function readGateOverrides(summary: string | null | undefined): GateOverride[] {
  if (!summary) return [];
  try {
    const parsed = JSON.parse(summary) as { gateOverrides?: unknown };
    return Array.isArray(parsed.gateOverrides) ? (parsed.gateOverrides as GateOverride[]) : [];
  } catch {
    return [];
  }
}

function toOverride(event: ProjectEvent): GateOverride {
  return { from: phaseKeyFromValue(event.from ?? ''), to: phaseKeyFromValue(event.to ?? ''), reason: event.reason ?? '', at: event.at, by: event.actor.name };
}

/** Item keys whose state differs between two states (others' ticks, for a subtle highlight). */
function changedKeys(before: ProjectState, after: ProjectState): string[] {
  const comparable = (item: ItemState | undefined): string => {
    if (!item) return '';
    const { updatedAt: _at, ...rest } = item;
    return JSON.stringify(rest);
  };
  const keys = new Set([...Object.keys(before.items), ...Object.keys(after.items)]);
  return [...keys].filter((k) => comparable(before.items[k]) !== comparable(after.items[k]));
}
