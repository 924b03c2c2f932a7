// Which SharePoint site holds the project's lists, per host (architecture.md, "Where the lists live").
import type { HostAdapter } from '../../host/HostAdapter';
import type { SiteAddress } from '../../store/ChecklistStore';

/** Private and shared channels have a site of their own that only their members reach. */
const CHANNELS_WITH_OWN_SITE = new Set(['private', 'shared']);

export interface SiteDefaults {
  /** `tenant.sharepoint.com`, for `?site=/sites/x` given as a path. */
  tenantHost?: string;
  /** Browser and local mode, when `?site=` is absent. */
  defaultSiteUrl?: string;
}

export function siteUrlFromParam(value: string, tenantHost: string | undefined): string | undefined {
  if (/^https:\/\//i.test(value)) return value.replace(/\/+$/, '');
  if (value.startsWith('/') && tenantHost) return `https://${tenantHost}${value.replace(/\/+$/, '')}`;
  return undefined;
}

export function siteForHost(host: Pick<HostAdapter, 'kind' | 'context'>, params: URLSearchParams, defaults: SiteDefaults = {}): SiteAddress | undefined {
  const { team, sharePointSite } = host.context;
  const fromParam = params.get('site');
  const paramUrl = fromParam ? siteUrlFromParam(fromParam, defaults.tenantHost) : undefined;
  switch (host.kind) {
    case 'teams': {
      const ownSite = CHANNELS_WITH_OWN_SITE.has((team.membershipType ?? '').toLowerCase());
      if (ownSite && sharePointSite) return { siteUrl: sharePointSite.url };
      if (team.groupId) return { groupId: team.groupId };
      if (sharePointSite) return { siteUrl: sharePointSite.url };
      return paramUrl ? { siteUrl: paramUrl } : undefined;
    }
    case 'sharepoint':
      return sharePointSite ? { siteUrl: sharePointSite.url } : paramUrl ? { siteUrl: paramUrl } : undefined;
    case 'browser':
    case 'local': {
      const url = paramUrl ?? defaults.defaultSiteUrl;
      return url ? { siteUrl: url } : undefined;
    }
  }
}
