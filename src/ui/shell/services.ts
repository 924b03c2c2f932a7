// The app's connection to its data for one signed-in user: Graph client, store, the durable queue and cache, the
// coordination site's services (model, Portfolio, templates), and who "me" is. Made once per token source (local
// mode: per dev user), so switching user starts clean. This is the composition root: the one UI file that holds a
// Graph connection and names the Graph adapter; every page sees the ChecklistStore port and the services below.
import type { AppServices } from '../base/AppServices';
export type { AppServices } from '../base/AppServices';
import type { TokenSource } from '../../auth';
import type { PhaseModel } from '../../model/types';
import { createGraphClient } from '../../store/graphClient/createGraphClient';
import { GraphChecklistStore } from '../../store/graph/GraphChecklistStore';
import { createProjectSession } from '../../store/sync/createProjectSession';
import { IndexedDbIntentQueue, MemoryIntentQueue } from '../../store/sync/IntentQueue';
import type { IntentQueue } from '../../store/sync/IntentQueue';
import { IndexedDbStateCache, MemoryStateCache } from '../../store/sync/StateCache';
import type { StateCache } from '../../store/sync/StateCache';
import { DATABASE_NAME, hasIndexedDb } from '../../store/sync/database';
import { createSiteCache } from '../../store/sync/SiteCache';
import { createMeetingDayCache } from '../../store/sync/MeetingDayCache';
import { GRAPH_SCOPES } from '../../auth';
import { createModelCache } from '../../store/model/ModelCache';
import { createModelSource } from '../../store/model/ModelSource';
import { createModelWorkCache } from '../../store/model/ModelWorkCache';
import { projectModelsFrom } from '../../store/model/projectModels';
import { projectLink, TEXT_COLUMN_MAX_LENGTH } from '../../domain/projectLinks';
import type { LinkMaker, ProjectLinkTarget } from '../../domain/projectLinks';
import { DEFAULT_WAITING_LIMIT_DAYS } from '../../domain/evidence';
import type { ProjectSession } from '../../store/ChecklistStore';
import { startWaitingNotifier } from '../../store/notify/waitingNotifier';
import type { TokenProvider } from '../../store/graphClient/createGraphClient';
import type { TemplateUploader } from '../../store/model/templateFiles';
import type { PortfolioReader } from '../../store/portfolio/PortfolioReader';
import { StoreError } from '../../store/ChecklistStore';

/** `load` run once, on first use, and its answer kept; a failure is not kept, so the next use tries again. */
function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}
import { FeedbackStore } from '../../store/feedback/FeedbackStore';
import { locateFeedback } from '../../store/feedback/locateFeedback';
import { locatePortfolio } from '../../store/portfolio/locatePortfolio';
import type { PortfolioLocation } from '../../store/portfolio/locatePortfolio';
import type { WaitingListLocation } from '../../store/portfolio/waitingRows';
import type { Person } from '../../domain/types';


export interface ServiceOptions {
  tokens: TokenSource;
  model: PhaseModel;
  graphBaseUrl: string;
  userAgentTag: string;
  coordinationSiteUrl?: string;
  /** The coordination site's team (group), where known (local mode): its owners can then be named to a person without access. */
  coordinationGroupId?: string;
  /** IndexedDB name: one per account (per dev user in local mode), so two people never share a queue or cache. */
  databaseName?: string;
  /** The Teams app's id: with it, links to a project in a Teams channel are Teams deep links (projectLinks.ts). */
  teamsAppId?: string;
}

export function createAppServices(options: ServiceOptions): AppServices {
  const connect = (scopes: readonly string[]) =>
    createGraphClient({
      baseUrl: options.graphBaseUrl,
      userAgentTag: options.userAgentTag,
      scopes,
      tokens: { getAccessToken: (request) => options.tokens.getAccessToken(request?.scopes ?? scopes) },
    });
  const graph = connect(GRAPH_SCOPES.items);
  // Activity notices: the site scopes and TeamsActivity.Send, asked for silently; without consent the notice is
  // given up with a note and the tick (on the everyday connection) is untouched.
  const notifyGraph = createGraphClient({
    baseUrl: options.graphBaseUrl,
    userAgentTag: options.userAgentTag,
    scopes: [...GRAPH_SCOPES.items, ...GRAPH_SCOPES.notify],
    tokens: silentTokens(options.tokens, [...GRAPH_SCOPES.items, ...GRAPH_SCOPES.notify]),
  });
  const origin = window.location.origin;
  const links: LinkMaker = { appBaseUrl: origin, ...(options.teamsAppId ? { teamsAppId: options.teamsAppId } : {}) };
  const linkTo = (target: ProjectLinkTarget) => projectLink(links, target);
  const durable = hasIndexedDb();
  const databaseName = options.databaseName;
  const queue: IntentQueue = durable ? new IndexedDbIntentQueue(databaseName ? { databaseName } : {}) : new MemoryIntentQueue();
  const cache: StateCache = durable ? new IndexedDbStateCache(databaseName ? { databaseName } : {}) : new MemoryStateCache();
  const sites = createSiteCache(databaseName ?? DATABASE_NAME);
  // "Who I am" is remembered only in a database of its own account (a shared default could hand it to the next person).
  const rememberIdentity = databaseName !== undefined;
  const coordinationSite = options.coordinationSiteUrl ? { siteUrl: options.coordinationSiteUrl, ...(options.coordinationGroupId ? { groupId: options.coordinationGroupId } : {}) } : undefined;
  const noCoordinationSite = () => new StoreError('siteNotFound', 'No coordination site is configured (VITE_COORDINATION_SITE)');
  // The coordination site's services are code of their own, loaded on first use: the channel tab needs none of it.
  // One repository for the model source, the editor and template uploads: its list is located once, and a publish
  // through it refreshes the model source. The model list is found with the Portfolio list (no request of its
  // own), else looked up.
  const locatedRepository = onFirstUse(async () => {
    if (!coordinationSite) throw noCoordinationSite();
    const { locateModelList, ModelRepository } = await import('../../store/model/ModelRepository');
    const known = await store.portfolioTargetKnown();
    const list = known?.modelListId ? { siteId: known.siteId, listId: known.modelListId } : await locateModelList(graph, coordinationSite);
    return new ModelRepository(graph, list, options.model.id, { published: () => void modelSource.refresh() });
  });
  // No coordination site means the built-in model only.
  const modelSource = createModelSource({ modelId: options.model.id, fallback: options.model, cache: createModelCache(databaseName ?? DATABASE_NAME), repository: locatedRepository });
  const portfolioReader = onFirstUse(async () => {
    if (!coordinationSite) throw noCoordinationSite();
    // Each row is read against the model version its project runs on, from the same source as the project tabs.
    return (await import('../../store/portfolio/PortfolioReader')).createPortfolioReader(graph, coordinationSite, { models: modelSource });
  });
  const portfolio: PortfolioReader = {
    load: async () => (await portfolioReader()).load(),
    refresh: async (cursor) => (await portfolioReader()).refresh(cursor),
    readRow: async (projectKey) => (await portfolioReader()).readRow(projectKey),
  };
  // Template files go to the same coordination site as the model (its Maler library, found on the first upload).
  const uploader = onFirstUse(async () => (await import('../../store/model/templateFiles')).templateUploader(graph, async () => (await locatedRepository()).location.siteId));
  const templates: TemplateUploader = { upload: async (name, content, conflict) => (await uploader()).upload(name, content, conflict) };

  // Each project runs on the version it records (the device first, then its own load batch; see projectModels.ts).
  const models = projectModelsFrom(modelSource, options.model);
  const store = new GraphChecklistStore({
    graph,
    model: options.model,
    models,
    ...(options.coordinationSiteUrl ? { portfolioSite: { siteUrl: options.coordinationSiteUrl } } : {}),
    // A target remembered before the model list was located with it (no modelListId) counts as unknown: the next
    // locate or load finds both again, so the open reads the model inside its batch from then on.
    ...(sites.portfolio()?.modelListId ? { knownPortfolioTarget: sites.portfolio() } : {}),
    // The Portfolio's TabUrl is a single line of text (255 characters): the compact form of the link.
    tabUrl: (project, siteUrl) =>
      projectLink(
        links,
        {
          projectKey: project.projectKey,
          siteUrl,
          label: project.title,
          ...(project.teamGroupId ? { teamGroupId: project.teamGroupId } : {}),
          ...(project.channelId ? { channelId: project.channelId } : {}),
        },
        TEXT_COLUMN_MAX_LENGTH,
      ),
  });

  // The coordination site's lists as the store found them beside a project (no request), else looked up once.
  let coordinationLists: Promise<PortfolioLocation> | undefined;
  // What "Venter på meg" found on its first read (a personal tab may never open a project, which fills the device's cache).
  let waitingList: WaitingListLocation | undefined;
  let waitingMe: Person | undefined;
  const coordinationLocation = (): Promise<PortfolioLocation> => {
    if (!coordinationSite) return Promise.reject(noCoordinationSite());
    coordinationLists ??= store.portfolioTargetKnown().then((known) =>
      known?.feedbackListId && known.modelListId
        ? { site: coordinationSite, siteBase: `/sites/${known.siteId}`, listId: known.listId, modelListId: known.modelListId, feedbackListId: known.feedbackListId }
        : locatePortfolio(graph, coordinationSite),
    );
    coordinationLists.catch(() => (coordinationLists = undefined));
    return coordinationLists;
  };
  const feedback = new FeedbackStore(graph, {
    // A member the coordination site admits to the feedback list alone finds that list without the Portfolio.
    locate: async () => {
      if (!coordinationSite) throw noCoordinationSite();
      const known = await store.portfolioTargetKnown();
      return known?.feedbackListId ? { siteBase: `/sites/${known.siteId}`, listId: known.feedbackListId } : locateFeedback(graph, coordinationSite);
    },
    whoAmI: () => store.whoAmI(),
  });

  return {
    store,
    feedback,
    insight: {
      // Innsikt's and Venter på meg's reads load with their pages, not with the first paint.
      load: async () => (await import('../../store/insight/loadInsight')).loadInsight(graph, await coordinationLocation(), { modelId: options.model.id, reference: modelSource.snapshot().newest, modelFor: (version) => modelSource.version(version) }),
    },
    model: options.model,
    modelSource,
    coordinationSite,
    modelRepository: locatedRepository,
    portfolio,
    templateUploader: templates,
    modelWork: createModelWorkCache(databaseName ?? DATABASE_NAME),
    tokens: options.tokens,
    // Both come from the device first (a warm open paints before any round trip, and a reload without network still
    // shows the queued ticks); the first `locate` of a session fetches them in one $batch and refreshes the cache.
    async locate(site) {
      const cached = sites.location(site);
      if (cached) return cached;
      const location = await store.locate(site);
      sites.rememberLocation(site, location);
      if (rememberIdentity) sites.rememberMe(await store.whoAmI());
      const portfolio = await store.portfolioTargetKnown();
      if (portfolio) sites.rememberPortfolio(portfolio);
      return location;
    },
    forgetLocation: (location) => sites.forgetLocation(location),
    async whoAmI() {
      const cached = rememberIdentity ? sites.me() : undefined;
      if (cached) {
        // The device answers first (a warm open paints at once), and the token is asked once per services: a
        // remembered "me" that is not the token's person is replaced, so the next open shows the right one.
        void store.whoAmI().then((actual) => actual.id !== cached.id && sites.rememberMe(actual), () => undefined);
        return cached;
      }
      const me = await store.whoAmI();
      if (rememberIdentity) sites.rememberMe(me);
      return me;
    },
    openSession(location, projectKey, actor) {
      const session = createProjectSession({ store, location, projectKey, actor, model: options.model, knownModel: (project) => models.known(project.modelId, project.modelVersion), queue, cache });
      // "Venter på deg": told after this person's confirmations leave items waiting for the other side.
      const notices = startWaitingNotifier({
        graph: notifyGraph,
        location,
        session,
        me: actor,
        model: options.model,
        link: linkTo,
        limitDays: (project) => project.waitingLimitDays ?? DEFAULT_WAITING_LIMIT_DAYS,
        holdUntil: () => store.budget()?.throttledUntil,
      });
      return withNotices(session, notices);
    },
    linkTo,
    // The Portfolio list and "me" from the device when known, else from this page's last read: then one request.
    async readWaiting() {
      if (!coordinationSite) throw new StoreError('siteNotFound', 'No coordination site configured');
      const known = sites.portfolio();
      const location = known ? { siteBase: `/sites/${known.siteId}`, listId: known.listId } : waitingList;
      const me = (rememberIdentity ? sites.me() : undefined) ?? waitingMe;
      const read = await (await import('../../store/portfolio/waitingRows')).readWaitingRows(graph, {
        site: coordinationSite,
        ...(location ? { location } : {}),
        ...(me ? { me } : {}),
      });
      waitingList = read.location;
      waitingMe = read.me;
      if (rememberIdentity && !sites.me()) sites.rememberMe(read.me);
      return read;
    },
    meetingDays: createMeetingDayCache(databaseName ?? DATABASE_NAME),
    // Provisioning is loaded only when a site lacks our lists.
    inspect: async (site) => (await import('../../store/provisioning/provision')).inspectSite(graph, site, 'project'),
    async provision(site) {
      const { inspectSite, provisionSite } = await import('../../store/provisioning/provision');
      // Creating lists needs Sites.Manage.All: asked for only now, never for everyday use.
      const manager = connect([...GRAPH_SCOPES.items, ...GRAPH_SCOPES.provision]);
      const inspection = await inspectSite(manager, site, 'project');
      await provisionSite(manager, inspection.siteId, { lists: 'project' });
    },
  };
}

/** The session with its notices: one object for the screen, disposed together. */
function withNotices(session: ProjectSession, notices: ReturnType<typeof startWaitingNotifier>): ProjectSession {
  return {
    ...session,
    notices,
    dispose() {
      notices.dispose();
      session.dispose();
    },
  };
}

/** A token provider that never prompts: a refusal (no consent) is the store's accessDenied, a network one stays network. */
function silentTokens(tokens: TokenSource, scopes: readonly string[]): TokenProvider {
  return {
    getAccessToken: (request) =>
      tokens.getAccessToken(request?.scopes ?? scopes, { silentOnly: true }).catch((error: unknown) => {
        const reason = (error as { reason?: string }).reason;
        throw reason === 'network'
          ? new StoreError('network', 'No network for the notice token', { retryable: true, cause: error })
          : new StoreError('accessDenied', 'No token for TeamsActivity.Send without a prompt', { status: 403, cause: error });
      }),
  };
}
