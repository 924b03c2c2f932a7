// Routes live in the hash (`#/tab?project=…`), so a static host serves one index.html for every surface and the
// Teams manifest's contentUrl can name the route.
import type { FrameContext } from '../../host/HostAdapter';

export type RouteName = 'tab' | 'config' | 'overview' | 'verktoykasse' | 'modell' | 'innsikt' | 'venter' | 'notFound';

export interface Route {
  name: RouteName;
  params: URLSearchParams;
}

/** `#/config?x=1` → config; an empty hash picks the route the host's frame implies. */
export function parseRoute(hash: string, frameContext: FrameContext): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const segment = path.replace(/^\/+|\/+$/g, '');
  if (segment === '') {
    if (frameContext === 'settings') return { name: 'config', params };
    if (frameContext === 'personal') return { name: 'overview', params };
    return { name: 'tab', params };
  }
  if (segment === 'tab' || segment === 'config' || segment === 'overview' || segment === 'verktoykasse' || segment === 'modell' || segment === 'innsikt' || segment === 'venter') return { name: segment, params };
  return { name: 'notFound', params };
}

export function routeHash(name: Exclude<RouteName, 'notFound'>, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const text = query.toString();
  return `#/${name}${text ? `?${text}` : ''}`;
}
