// Where a site's lists are and who I am, remembered on the device: a warm open (and a reload while Graph is out of
// reach) then paints the cached project before any round trip. Ids and the user's own name only, never a token.
import type { Person } from '../../domain/types';
import type { ProjectLocation, SiteAddress } from '../ChecklistStore';

export interface SiteCache {
  location(site: SiteAddress): ProjectLocation | undefined;
  rememberLocation(site: SiteAddress, location: ProjectLocation): void;
  /** Forgets a site whose lists were not where the cache said (deleted, moved, access withdrawn). */
  forgetLocation(location: ProjectLocation): void;
  me(): Person | undefined;
  rememberMe(person: Person): void;
  /** The coordination site's Portfolio list ids. */
  portfolio(): PortfolioIds | undefined;
  rememberPortfolio(ids: PortfolioIds): void;
}

export interface PortfolioIds {
  siteId: string;
  listId: string;
  /** The model versions list beside it (missing in entries remembered by older versions of the app). */
  modelListId?: string;
}

interface Entries {
  locations: Record<string, ProjectLocation>;
  me?: Person;
  portfolio?: PortfolioIds;
}

const siteKey = (site: SiteAddress): string => JSON.stringify([site.siteId ?? '', site.siteUrl ?? '', site.groupId ?? '']);

/** In `localStorage` under one key per database name (per dev user in local mode); in memory where there is none. */
export function createSiteCache(name: string, storage: Storage | undefined = globalThis.localStorage): SiteCache {
  const key = `${name}:sites`;
  let memory: Entries = { locations: {} };
  const read = (): Entries => {
    if (!storage) return memory;
    try {
      const parsed = JSON.parse(storage.getItem(key) ?? '') as Entries;
      return parsed && typeof parsed.locations === 'object' ? parsed : { locations: {} };
    } catch {
      return { locations: {} };
    }
  };
  const write = (entries: Entries): void => {
    memory = entries;
    try {
      storage?.setItem(key, JSON.stringify(entries));
    } catch {
      // A full or blocked storage only costs the next open a round trip.
    }
  };
  return {
    location: (site) => read().locations[siteKey(site)],
    rememberLocation: (site, location) => {
      const entries = read();
      write({ ...entries, locations: { ...entries.locations, [siteKey(site)]: location } });
    },
    forgetLocation: (location) => {
      const entries = read();
      const locations = Object.fromEntries(Object.entries(entries.locations).filter(([, cached]) => cached.siteId !== location.siteId));
      write({ ...entries, locations });
    },
    me: () => read().me,
    rememberMe: (person) => write({ ...read(), me: person }),
    portfolio: () => read().portfolio,
    rememberPortfolio: (ids) => write({ ...read(), portfolio: ids }),
  };
}
