// Finding things once: a project site and our lists in it, the coordination site's Portfolio list, and who the
// token belongs to. ONE round trip per site (a $batch), remembered for the life of the store; the store is built for
// one token, so "me" is never another person's.
import type { Person } from '../../domain/types';
import { StoreError } from '../ChecklistStore';
import type { ProjectLocation, SiteAddress } from '../ChecklistStore';
import { locatePortfolio } from '../portfolio/locatePortfolio';
import { PROJECT_LIST_KEYS } from '../sharepoint/schema';
import { expectOk, isOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { readRemainingPages } from '../sharepoint/paging';
import type { Page } from '../sharepoint/paging';
import { pickOurLists, siteListsPath, sitePath } from '../sharepoint/siteLists';
import type { FoundList } from '../sharepoint/siteLists';
import { groupOwnersLookup } from './siteRights';
import { ME_PATH, personFromMe } from '../sharepoint/me';
import type { MeAnswer } from '../sharepoint/me';

/** The coordination site's Portfolio list, once found (the app may remember it on the device). */
export interface PortfolioTarget {
  siteId: string;
  listId: string;
  /** Its model list (found in the same read), so a project's load can revalidate the model in its own batch. */
  modelListId?: string;
  /** Its feedback list (found in the same read), so feedback needs no lookup of its own. */
  feedbackListId?: string;
}

export interface SiteLocatorOptions {
  portfolioSite?: SiteAddress;
  knownPortfolioTarget?: PortfolioTarget;
  /** The coordination site refused or lacks the list: the Portfolio row is behind (never fails a project). */
  onPortfolioUnreachable(error: StoreError): void;
}

export class SiteLocator {
  private readonly locations = new Map<string, Promise<ProjectLocation>>();
  /** The team's group of each located site, for the owners a person without access may ask. */
  private readonly groups = new Map<string, string>();
  private portfolioTarget?: Promise<PortfolioTarget | undefined>;
  private me?: Promise<Person>;
  private readonly groupOwners: (groupId: string) => Promise<Person[] | undefined>;

  constructor(private readonly graph: GraphConnection, private readonly options: SiteLocatorOptions) {
    this.groupOwners = groupOwnersLookup(graph);
    if (options.knownPortfolioTarget && options.portfolioSite) this.portfolioTarget = Promise.resolve(options.knownPortfolioTarget);
  }

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

  /** A team site's owners (siteRights.ts): by the group the host named, else the one its locate found. */
  ownersOf(site: SiteAddress): Promise<Person[] | undefined> {
    const groupId = site.groupId ?? (site.siteId ? this.groups.get(site.siteId) : undefined);
    return groupId ? this.groupOwners(groupId) : Promise.resolve(undefined);
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
    const me = this.mePart();
    if (me) parts.push(me);
    const portfolioSite = this.portfolioTarget ? undefined : this.options.portfolioSite;
    if (portfolioSite) {
      parts.push({ id: 'portfolioSite', method: 'GET', url: `${sitePath(portfolioSite)}?$select=id,webUrl` });
      parts.push({ id: 'portfolioLists', method: 'GET', url: siteListsPath(portfolioSite) });
    }
    const answers = await sendBatch(this.graph, parts);
    if (answers.has('me')) this.rememberMe(answers.get('me'));
    if (portfolioSite) this.portfolioTarget = this.portfolioFrom(answers);

    const { id, webUrl } = expectOk<{ id: string; webUrl?: string }>(answers, 'site', 'Finding the site', 'siteNotFound');
    if (site.groupId) this.groups.set(id, site.groupId);
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
      const lists = pickOurLists((await readRemainingPages(this.graph, first, 'siteNotFound')).items);
      const list = lists.get('portfolio');
      if (!list) throw new StoreError('listsMissing', 'The coordination site has no Portfolio list', { missing: ['portfolio'] });
      const models = lists.get('modelVersions');
      const feedback = lists.get('feedback');
      return { siteId: id, listId: list.id, ...(models ? { modelListId: models.id } : {}), ...(feedback ? { feedbackListId: feedback.id } : {}) };
    } catch (error) {
      return this.portfolioUnreachable(error);
    }
  }

  private portfolioUnreachable(error: unknown): undefined {
    if (!(error instanceof StoreError) || error.retryable) this.portfolioTarget = undefined; // try again next time
    this.options.onPortfolioUnreachable(error instanceof StoreError ? error : new StoreError('unknown', String(error)));
    return undefined;
  }

  /** The Portfolio list, looked up (one request) when it is not known yet. */
  portfolioList(): Promise<PortfolioTarget | undefined> {
    const site = this.options.portfolioSite;
    if (!site) return Promise.resolve(undefined);
    this.portfolioTarget ??= (async () => {
      try {
        // One request: the site addressed by its path, so our list paths work without resolving its id first.
        const { siteBase, listId, modelListId, feedbackListId } = await locatePortfolio(this.graph, site);
        return { siteId: siteBase.slice('/sites/'.length), listId, ...(modelListId ? { modelListId } : {}), ...(feedbackListId ? { feedbackListId } : {}) };
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
  async portfolioTargetWithoutWaiting(): Promise<PortfolioTarget | undefined> {
    if (this.portfolioTarget) return this.portfolioTarget;
    void this.portfolioList();
    return undefined;
  }

  /** The Portfolio list was not where it was remembered: look it up again next time. */
  forgetPortfolioTarget(): void {
    this.portfolioTarget = undefined;
  }

  /** The signed-in person as Graph knows them (the id the store writes as author); fetched with `locate`. */
  whoAmI(): Promise<Person> {
    this.me ??= this.graph.call<MeAnswer>({ method: 'GET', path: ME_PATH }).then(personFromMe);
    this.me.catch(() => (this.me = undefined));
    return this.me;
  }

  /** The /me request for a batch that is sent anyway (locate, a project's load), while "me" is not known yet. */
  mePart(): BatchPart | undefined {
    return this.me ? undefined : { id: 'me', method: 'GET', url: ME_PATH };
  }

  rememberMe(answer: BatchAnswer | undefined): void {
    if (isOk(answer)) this.me = Promise.resolve(personFromMe(answer?.body as MeAnswer));
  }
}
