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
import { GRAPH_SCOPES } from '../../auth';
import { createModelCache } from '../../store/model/ModelCache';
import { createModelSource } from '../../store/model/ModelSource';
import { createModelWorkCache } from '../../store/model/ModelWorkCache';
import { projectModelsFrom } from '../../store/model/projectModels';
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
  const origin = window.location.origin;
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
    return (await import('../../store/portfolio/PortfolioReader')).createPortfolioReader(graph, coordinationSite, { model: options.model });
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
    tabUrl: (projectKey) => `${origin}/index.html#/tab?project=${encodeURIComponent(projectKey)}`,
  });

  return {
    store,
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
      return createProjectSession({ store, location, projectKey, actor, model: options.model, knownModel: (project) => models.known(project.modelId, project.modelVersion), queue, cache });
    },
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
