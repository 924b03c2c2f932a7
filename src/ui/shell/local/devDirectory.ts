// Local mode's dev users and sites, read from the emulator's admin API through the dev server's proxy, so no name,
// token or host of local mode is compiled into the app.
export interface DevUser {
  id: string;
  displayName: string;
  mail: string;
  organisation: string;
  side: 'kommune' | 'sykehus' | 'none';
  token: string;
}

export interface DevSite {
  key: string;
  webUrl: string;
  path: string;
  displayName: string;
  groupId?: string;
}

export interface DevDirectory {
  users: DevUser[];
  sites: DevSite[];
}

export async function loadDevDirectory(origin: string): Promise<DevDirectory> {
  const read = async <T,>(path: string): Promise<T[]> => {
    const response = await fetch(`${origin}/_emulator/${path}`);
    if (!response.ok) throw new Error(`The Graph emulator did not answer ${path} (${response.status})`);
    return ((await response.json()) as { value: T[] }).value;
  };
  const [users, sites] = await Promise.all([read<DevUser>('users'), read<DevSite>('sites')]);
  return { users, sites };
}

const STORAGE_KEY = 'felles-modell:dev-user';

/** Per window (sessionStorage), so two windows can play two users side by side. */
export function chosenDevUserId(): string | undefined {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function chooseDevUser(id: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage blocked: the choice lasts until reload.
  }
}
