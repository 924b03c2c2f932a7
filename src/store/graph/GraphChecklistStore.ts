// The ChecklistStore port over Microsoft Graph (SharePoint lists): a small façade over the parts that do the work.
// Reads are one $batch; a write is one $batch: the state row (If-Match), the Events row (dependsOn the state write)
// and the Portfolio row (If-Match on what this writer last saw; see derivedRows.ts). Writes are
// intents: a 412/409 on the state means re-read that row, re-apply, retry.
import type { PhaseModel } from '../../model/types';
import { historyEntries } from '../../domain/events';
import type { ProjectSummary } from '../../domain/summary';
import { checkIntent } from '../../domain/textRules';
import { completeHistory } from '../../domain/phaseHistory';
import type { Intent, Participant, Person, ProjectEvent, ProjectInfo, ProjectState } from '../../domain/types';
import { StoreError } from '../ChecklistStore';
import type { ApplyOptions, BudgetSignal, ChecklistStore, LoadOptions, LoadedProject, PortfolioStatus, ProjectChanges, ProjectLocation, ProjectModel, SiteAddress, SiteRights, SyncCursor } from '../ChecklistStore';
export type { PortfolioStatus } from '../ChecklistStore';
import { fieldEquals } from '../sharepoint/odata';
import { portfolioFields } from '../portfolio/portfolioFields';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { CURSOR_KEYS, pollProject } from './deltaPoll';
import { catchUpDerived, derivedOutcome, derivedRowStaleness } from './derivedRows';
import { projectEvidence } from '../../domain/evidence/projectEvidence';
import type { ProjectEvidence } from '../../domain/evidence/types';
import type { DerivedRowsContext } from './derivedRows';
import { itemsPath, itemsWhere, latestDelta, listRef, projectItems } from '../sharepoint/listPaths';
import { readAllPages, readRemainingPages } from '../sharepoint/paging';
import type { Page } from '../sharepoint/paging';
import { buildCache, changedKeys, etagOf, switchModel } from './projectCache';
import type { ProjectCache } from './projectCache';
import { eventFromRow, eventToRow, projectFromRow, projectToRow as projectToRowFields } from '../sharepoint/rows';
import type { ChecklistRow, EventRow, ParticipantRow, ProjectRow, SpItem } from '../sharepoint/rows';
import { rightsAreKnown, rightsFrom, rightsKey, rightsParts } from './siteRights';
import { SiteLocator } from './siteLocator';
import { writeParticipant } from './participantRows';
import type { PortfolioTarget } from './siteLocator';
export type { PortfolioTarget } from './siteLocator';
import type { GraphChecklistStoreOptions } from './graphStoreOptions';
export type { GraphChecklistStoreOptions } from './graphStoreOptions';
import { storeErrorFor } from '../graphClient/storeErrors';
import { isSuccess } from '../graphClient/httpStatus';
import type { PortfolioSPItem } from '../portfolio/PortfolioSPItem';
import { noteSignal, signalPart, writeIntentOnce } from './writePlan';
import { checkAllowed, refuseEarly } from './intentGuards';
import { absorbModelAnswers, followRecordedModel, modelAfterIntent, modelPartsForLoad, resolveProjectModel } from './projectModels';
import type { ModelReadContext } from './projectModels';
import { projectRecord, projectSummaryJson } from '../sharepoint/projectSummaryColumn';
import type { WriteResult } from './writePlan';
/** Portfolio columns newer than the list's first provisioning, which a writer may leave out until the list is upgraded. */
const OPTIONAL_PORTFOLIO_COLUMNS: readonly string[] = ['Evidence'];

/** Lost answers to our own writes that one apply checks and writes again before it gives up with `network`. */
const MAX_LOST_ANSWERS = 3;

export class GraphChecklistStore implements ChecklistStore {
  private readonly graph: GraphConnection;
  private readonly model: PhaseModel;
  private readonly options: GraphChecklistStoreOptions;
  private readonly sites: SiteLocator;
  private readonly projects = new Map<string, ProjectCache>();
  private readonly rightsBySite = new Map<string, Promise<SiteRights>>();
  private portfolio: PortfolioStatus = { behind: false };
  /** Columns the coordination site's Portfolio list refused (provisioned by an older version): left out of its writes. */
  private readonly portfolioColumnsMissing = new Set<string>();
  private readonly listeners = new Set<() => void>();
  /** Intents sent whose outcome is not known (lost answer, 412 after a resend): checked against Events before a rewrite. */
  private readonly mayHaveBeenWritten = new Set<string>();

  constructor(options: GraphChecklistStoreOptions) {
    this.options = options;
    this.graph = options.graph;
    this.model = options.model;
    this.sites = new SiteLocator(options.graph, {
      ...(options.portfolioSite ? { portfolioSite: options.portfolioSite } : {}),
      ...(options.knownPortfolioTarget ? { knownPortfolioTarget: options.knownPortfolioTarget } : {}),
      onPortfolioUnreachable: (error) => this.setPortfolio({ behind: true, error, since: this.now() }),
    });
  }

  /** Whether the Portfolio row is behind; the UI shows a quiet note, the tick itself succeeded. */
  portfolioStatus(): PortfolioStatus {
    return this.portfolio;
  }

  onPortfolioStatus(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Learnt with the project's load (see siteRights.ts); asked on its own only when no load has run for the site. */
  rights(location: ProjectLocation): Promise<SiteRights> {
    let known = this.rightsBySite.get(rightsKey(location));
    if (!known) {
      known = sendBatch(this.graph, rightsParts(location)).then((answers) => this.noteRights(location, answers));
      this.rightsBySite.set(rightsKey(location), known);
      known.catch(() => this.rightsBySite.delete(rightsKey(location)));
    }
    return known;
  }

  ownersOf(site: SiteAddress): Promise<Person[] | undefined> {
    return this.sites.ownersOf(site);
  }

  private noteRights(location: ProjectLocation, answers: Map<string, BatchAnswer>): SiteRights {
    const rights = rightsFrom(answers);
    if (rightsAreKnown(answers)) this.rightsBySite.set(rightsKey(location), Promise.resolve(rights));
    else this.rightsBySite.delete(rightsKey(location));
    return rights;
  }

  /** The newest RateLimit / Retry-After signal on this store's connection (see budgetSignals.ts). */
  budget(): BudgetSignal | undefined {
    return this.graph.budget.current();
  }

  onBudget(listener: () => void): () => void {
    return this.graph.budget.subscribe(listener);
  }

  private setPortfolio(status: PortfolioStatus): void {
    if (status.behind === this.portfolio.behind && status.error === this.portfolio.error) return;
    this.portfolio = status;
    for (const listener of this.listeners) listener();
  }

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  locate(site: SiteAddress): Promise<ProjectLocation> {
    return this.sites.locate(site);
  }

  /** The Portfolio list as far as it is known now (for the app to remember on the device). */
  portfolioTargetKnown(): Promise<PortfolioTarget | undefined> {
    return this.sites.portfolioTargetKnown();
  }

  /** The signed-in person as Graph knows them (the only identity written into rows); fetched with `locate`. */
  whoAmI(): Promise<Person> {
    return this.sites.whoAmI();
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
    const me = await this.whoAmI();
    const event: ProjectEvent = { intentId, projectKey: project.projectKey, at: project.updatedAt, actor: { id: me.id, name: me.name }, kind: 'projectUpdate', to: project.title };
    const answers = await sendBatch(this.graph, [
      { id: 'project', method: 'POST', url: itemsPath(projects), body: { fields: { ...projectToRowFields(project), Summary: projectSummaryJson(projectRecord(project, [], completeHistory([], project))) } } },
      { id: 'event', method: 'POST', url: itemsPath(listRef(location, 'events')), body: { fields: eventToRow(event, 0) }, dependsOn: ['project'] },
    ]);
    const created = answers.get('project');
    if (isOk(created)) return projectFromRow((created?.body as SpItem<ProjectRow>).fields ?? {});
    // Idempotent: the ProjectKey is unique, so a replay (or a colleague) finds the row already there.
    if (created?.status !== 409) throw storeErrorFor(created?.status ?? 0, created?.body, 'Creating the project', 'listsMissing');
    const existing = await readAllPages<SpItem<ProjectRow>>(this.graph, projectItems(projects, project.projectKey));
    const row = existing[0]?.fields;
    if (!row) throw new StoreError('conflict', 'The project row exists but could not be read');
    return projectFromRow(row);
  }

  // ---- load -----------------------------------------------------------------------------------------------------

  async loadProject(location: ProjectLocation, projectKey: string, options: LoadOptions = {}): Promise<LoadedProject> {
    // The project never waits for the coordination site: when its Portfolio list is not known yet (a location
    // remembered on the device), it is looked up beside this load, and our row is checked on the next load or write.
    const target = await this.sites.portfolioTargetWithoutWaiting();
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
    // Our Portfolio row rides along, so a missing or stale one is rewritten at once (the safety net).
    if (target) parts.push({ id: 'portfolio', method: 'GET', url: itemsWhere({ ...target, key: 'portfolio' }, fieldEquals('portfolio', 'ProjectKey', projectKey)) });
    // What this person may do here rides along too, the first time (no round trip of its own on open).
    const me = this.sites.mePart();
    if (me) parts.push(me);
    const askRights = !this.rightsBySite.has(rightsKey(location));
    if (askRights) parts.push(...rightsParts(location));
    // And the model's versions, once a session (and the project's own version when the device lacks it).
    const models = this.modelReads(target);
    if (models) parts.push(...modelPartsForLoad(models, options.modelVersion ?? this.projects.get(projectKey)?.state.project.modelVersion));
    const answers = await sendBatch(this.graph, parts);
    if (models) absorbModelAnswers(models, answers);
    if (askRights) this.noteRights(location, answers);
    if (me) this.sites.rememberMe(answers.get('me'));
    const cursor: SyncCursor = {
      [CURSOR_KEYS.checklist]: this.deltaLinkOf(answers, 'deltaChecklist'),
      [CURSOR_KEYS.projects]: this.deltaLinkOf(answers, 'deltaProjects'),
      [CURSOR_KEYS.participants]: this.deltaLinkOf(answers, 'deltaParticipants'),
      [CURSOR_KEYS.polls]: '0',
    };
    const projectRow = (expectPage<ProjectRow>(answers, 'project', 'Reading the project').value ?? [])[0];
    if (!projectRow?.fields) throw new StoreError('projectNotFound', `No project '${projectKey}' in this site`);
    // Paging only when a project has more rows than one page holds (about 200).
    const itemRows = (await readRemainingPages(this.graph, expectPage<ChecklistRow>(answers, 'items', 'Reading the checklist'))).items;
    const participantRows = (await readRemainingPages(this.graph, expectPage<ParticipantRow>(answers, 'participants', 'Reading participants'))).items;

    const project = projectFromRow(projectRow.fields);
    const model = models ? await resolveProjectModel(models, project) : this.builtInModelFor(project);
    const fresh = { ...buildCache(model.model, location, projectRow, itemRows, participantRows), model };
    this.projects.set(projectKey, fresh);
    if (target) await this.healDerived(fresh, target, answers.get('portfolio'));
    return { state: fresh.state, participants: [...fresh.participants.values()], cursor, model };
  }

  /** The safety net: a Portfolio row found missing or stale on load is settled at once (conditionally, as a tick does). */
  private async healDerived(cache: ProjectCache, target: PortfolioTarget, answer: BatchAnswer | undefined): Promise<void> {
    if (!isOk(answer)) {
      // The Portfolio list itself is gone (or was remembered wrongly): look it up again next time.
      if (answer?.status === 404) this.sites.forgetPortfolioTarget();
      return this.portfolioAnswered(cache, answer);
    }
    const item = (answer?.body as Page<PortfolioSPItem>).value?.[0];
    cache.portfolioRow = item ? { id: item.id, ...(etagOf(item) ? { etag: etagOf(item) } : {}) } : null;
    // Evidence included (derivedRowStaleness): the figures and the evidence against the project's own version.
    const { missing } = this.modelOf(cache);
    const context = this.derivedContext(target, cache);
    if (item && derivedRowStaleness(context, cache, item, cache.state.project.updatedAt).length === 0) {
      return this.setPortfolio({ behind: false });
    }
    // A heal never rewrites a row with figures computed against a version the project does not run on (it would
    // undo the row a writer that could read the version wrote): the row waits for one.
    if (missing) return;
    try {
      await catchUpDerived(context, cache);
    } catch (error) {
      // A heal that cannot finish now is tried again on the next load or write; the project is shown anyway.
      this.setPortfolio({ behind: true, error: error instanceof StoreError ? error : new StoreError('unknown', String(error)), since: this.portfolio.since ?? this.now() });
    }
  }

  /** The model an open project runs on now (see projectModels.ts). */
  projectModel(projectKey: string): ProjectModel | undefined {
    const cache = this.projects.get(projectKey);
    return cache && this.modelOf(cache);
  }

  private modelOf(cache: ProjectCache): ProjectModel {
    return cache.model ?? { model: this.model };
  }

  /** Without a model port (tools, tests): the built-in model, marked missing for a project on another version. */
  private builtInModelFor(project: Pick<ProjectInfo, 'modelId' | 'modelVersion'>): ProjectModel {
    const same = project.modelVersion === '' || (project.modelId === this.model.id && project.modelVersion === this.model.version);
    return same ? { model: this.model } : { model: this.model, missing: { modelId: project.modelId, version: project.modelVersion } };
  }

  /** Undefined without a model port: every project then runs on the built-in model. */
  private modelReads(target: PortfolioTarget | undefined): ModelReadContext | undefined {
    const { models } = this.options;
    const list = target?.modelListId ? { siteId: target.siteId, listId: target.modelListId } : undefined;
    return models && { graph: this.graph, models, fallback: this.model, list };
  }

  private deltaLinkOf(answers: Map<string, BatchAnswer>, id: string): string {
    const link = expectPage<unknown>(answers, id, 'Starting change tracking')['@odata.deltaLink'];
    if (!link) throw new StoreError('unknown', 'Graph gave no deltaLink');
    return link;
  }

  private derivedContext(target: PortfolioTarget | undefined, cache: ProjectCache): DerivedRowsContext {
    return {
      graph: this.graph,
      model: this.modelOf(cache).model,
      ...(target ? { portfolio: { ...target, key: 'portfolio' as const } } : {}),
      fieldsFor: (cache, summary) => this.portfolioRowFields(cache, summary),
      evidenceFor: (cache) => this.evidenceFor(cache),
      portfolioAnswered: (cache, answer) => this.portfolioAnswered(cache, answer),
      portfolioLacksColumn: (answer) => this.portfolioLacksColumn(answer),
    };
  }

  private portfolioRowFields(cache: ProjectCache, summary: ProjectSummary): ReturnType<typeof portfolioFields> {
    const tabUrl = this.options.tabUrl?.(cache.state.project, cache.location.siteUrl);
    const evidence = this.evidenceFor(cache);
    return portfolioFields(cache.state, summary, { siteUrl: cache.location.siteUrl, ...(tabUrl ? { tabUrl } : {}), now: this.now(), model: this.modelOf(cache).model, ...(evidence ? { evidence } : {}) });
  }

  /** The evidence the row carries, from the project as this writer has it (state, participants, phase history). */
  private evidenceFor(cache: ProjectCache): ProjectEvidence | undefined {
    if (this.portfolioColumnsMissing.has('Evidence')) return undefined;
    return projectEvidence(cache.state, { participants: [...cache.participants.values()], phaseHistory: cache.phaseHistory });
  }

  /** A Portfolio list provisioned before a column existed refuses it: written without it until the list is upgraded. */
  private portfolioLacksColumn(answer: BatchAnswer): boolean {
    const error = storeErrorFor(answer.status, answer.body, 'Updating the portfolio');
    const optional = (error.missing ?? []).filter((column) => OPTIONAL_PORTFOLIO_COLUMNS.includes(column) && !this.portfolioColumnsMissing.has(column));
    for (const column of optional) this.portfolioColumnsMissing.add(column);
    return optional.length > 0;
  }

  /** A refusal in the coordination site never fails the tick: it marks the Portfolio row as behind. */
  private portfolioAnswered(cache: ProjectCache, answer: BatchAnswer | undefined): void {
    if (!answer) return;
    if (isOk(answer)) return this.setPortfolio({ behind: false });
    if (answer.status === 409 || answer.status === 404) delete cache.portfolioRow; // look it up again
    this.setPortfolio({ behind: true, error: storeErrorFor(answer.status, answer.body, 'Updating the portfolio'), since: this.portfolio.since ?? this.now() });
  }

  // ---- apply ----------------------------------------------------------------------------------------------------

  async apply(location: ProjectLocation, claimed: Intent, options: ApplyOptions = {}): Promise<ProjectState> {
    refuseEarly(this.projects.get(claimed.projectKey)?.model?.model ?? this.model, claimed, this.projects.has(claimed.projectKey) || !this.options.models);
    if (options.maybeWritten) this.mayHaveBeenWritten.add(claimed.id);
    const maxRounds = 1 + (this.options.maxConflictRetries ?? 4);
    let lostAnswers = 0;
    for (let round = 1; ; round += 1) {
      const cache = this.projects.get(claimed.projectKey) ?? (await this.loadProject(location, claimed.projectKey), this.projects.get(claimed.projectKey));
      if (!cache) throw new StoreError('projectNotFound', `No project '${claimed.projectKey}'`);
      // Asked with the load (or locate) that came before: no round trip of its own.
      const intent = await this.asMe(claimed);
      const target = await this.sites.portfolioList();
      // An attempt whose answer was lost (or a 412 that our own resent write caused) may have written the intent
      // already. Writing it again would put it after others' later writes, while its Events row stays before them,
      // and the Events list would no longer replay to the stored state: write only if the intent is not logged.
      // Its derived rows may not have been written: settle them from a fresh read.
      let written: WriteResult;
      try {
        if (this.mayHaveBeenWritten.has(intent.id) && (await this.isLogged(cache, intent))) {
          await catchUpDerived(this.derivedContext(target, cache), cache, intent.at);
          this.mayHaveBeenWritten.delete(intent.id);
          return cache.state;
        }
        checkAllowed(this.modelOf(cache), cache, intent);
        // A move to another model version is written (summary included) against that version, which must be readable.
        const model = await modelAfterIntent(this.modelReads(target), this.modelOf(cache), cache.state.project, intent);
        this.mayHaveBeenWritten.add(intent.id);
        written = await writeIntentOnce({ graph: this.graph, model: model.model, cache, intent, target, fieldsFor: (c, s) => this.portfolioRowFields(c, s) });
        if (written.outcome === 'done') {
          if (model !== this.modelOf(cache)) switchModel(cache, model);
          const context = this.derivedContext(target, cache);
          if (derivedOutcome(context, cache, written.answers) === 'catchUp') await catchUpDerived(context, cache, intent.at);
          this.mayHaveBeenWritten.delete(intent.id);
          return cache.state;
        }
      } catch (error) {
        // A write whose answer never came is not resent blindly (the Graph client leaves that to us): the next
        // round asks the Events list whether it landed, so it is written once even without a unique IntentId.
        if (error instanceof StoreError && error.code === 'network' && lostAnswers < Math.min(MAX_LOST_ANSWERS, this.graph.timing.budget.maxAttempts - 1)) {
          lostAnswers += 1;
          this.graph.traffic.noteRetry();
          continue;
        }
        throw error;
      }
      if (round >= maxRounds) throw new StoreError('conflict', `Intent ${intent.id} still conflicts after ${round} attempts`, { retryable: true, status: 412 });
      // Someone wrote the row since we read it (or created it first): read it again and re-apply the intent to it.
      await written.reread();
    }
  }

  /** The identity written is the token's (from /me), never the caller's claim; the side is the caller's choice. */
  private async asMe(intent: Intent): Promise<Intent> {
    const me = await this.whoAmI();
    const { side } = intent.actor;
    return { ...intent, actor: { id: me.id, name: me.name, ...(me.email ? { email: me.email } : {}), ...(side ? { side } : {}) } };
  }

  /** Whether the intent's (first) Events row exists: IntentId is unique and indexed, so one small query. */
  private async isLogged(cache: ProjectCache, intent: Intent): Promise<boolean> {
    const events = listRef(cache.location, 'events');
    const answer = await this.graph.send<Page<unknown>>({ method: 'GET', path: `${itemsWhere(events, fieldEquals('events', 'IntentId', intent.id))}&$top=1` });
    if (!isSuccess(answer.status)) throw storeErrorFor(answer.status, answer.body, 'Checking the Events list', 'listsMissing');
    return (answer.body.value ?? []).length > 0;
  }

  // ---- poll -----------------------------------------------------------------------------------------------------

  /** Others' changes since `cursor` (see deltaPoll.ts for what a poll costs). */
  async pollChanges(location: ProjectLocation, projectKey: string, cursor: SyncCursor): Promise<ProjectChanges> {
    const cache = this.projects.get(projectKey);
    if (!cache || !cursor[CURSOR_KEYS.checklist]) return this.resync(location, projectKey, cache?.state, false);
    const before = cache.state;
    const next = await pollProject(this.graph, this.modelOf(cache).model, cache, cursor, this.options.slowListEvery ?? 120);
    if (next === 'expired') return this.resync(location, projectKey, cache.state, true);
    await followRecordedModel(this.modelReads(await this.sites.portfolioTargetWithoutWaiting()), cache);
    return { state: cache.state, participants: [...cache.participants.values()], cursor: next, changedItemKeys: changedKeys(before, cache.state), resynced: false, model: this.modelOf(cache) };
  }

  private async resync(location: ProjectLocation, projectKey: string, before: ProjectState | undefined, stale: boolean): Promise<ProjectChanges> {
    const loaded = await this.loadProject(location, projectKey);
    return { ...loaded, changedItemKeys: before ? changedKeys(before, loaded.state) : [], resynced: stale };
  }

  // ---- history and participants ----------------------------------------------------------------------------------

  async history(location: ProjectLocation, projectKey: string, itemKey?: string): Promise<ProjectEvent[]> {
    // ItemKey is not indexed: filter on ProjectKey in Graph, on the item here.
    const rows = await readAllPages<SpItem<EventRow>>(this.graph, projectItems(listRef(location, 'events'), projectKey), 'listsMissing');
    const events = rows.map((r) => eventFromRow(r.fields ?? {})).filter((e) => itemKey === undefined || e.itemKey === itemKey);
    return historyEntries(events).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }

  async saveParticipant(location: ProjectLocation, participant: Participant): Promise<void> {
    await writeParticipant(this.graph, location, participant);
    await this.participantSaved(participant);
  }

  /** Remembers the participant and moves the change signal so the others' panels pick it up. */
  private async participantSaved(participant: Participant): Promise<void> {
    const cache = this.projects.get(participant.projectKey);
    if (!cache) return;
    cache.participants.set(participant.person.id, participant);
    const part = signalPart(cache, `participant:${participant.person.id}`);
    const answer = await this.graph.send({ method: part.method, path: part.url, body: part.body });
    noteSignal(cache, { id: 'signal', status: answer.status, headers: {}, body: answer.body });
  }
}

function expectPage<F>(answers: Map<string, BatchAnswer>, id: string, what: string): Page<SpItem<F>> {
  const answer = answers.get(id);
  if (isOk(answer)) return answer?.body as Page<SpItem<F>>;
  throw storeErrorFor(answer?.status ?? 0, answer?.body, what, 'listsMissing');
}
