import { describe, expect, it } from 'vitest';
import type { HostAdapter } from '../../../src/host/HostAdapter';
import { parseRoute, routeHash } from '../../../src/ui/base/routes';
import { siteForHost } from '../../../src/ui/shell/siteResolution';
import { authModeFor } from '../../../src/ui/shell/tokenMode';

const host = (kind: HostAdapter['kind'], context: Partial<HostAdapter['context']> = {}): Pick<HostAdapter, 'kind' | 'context'> => ({
  kind,
  context: { locale: 'nb-NO', theme: 'light', frameContext: 'content', user: {}, team: {}, ...context },
});
const params = (query = '') => new URLSearchParams(query);

describe('where the lists live', () => {
  it('is the team’s group site in a standard channel, and the channel’s own site in a private or shared one', () => {
    const site = { url: 'https://x.sharepoint.com/sites/lunge-privat' };
    expect(siteForHost(host('teams', { team: { groupId: 'g1', membershipType: 'Regular' }, sharePointSite: site }), params())).toEqual({ groupId: 'g1' });
    expect(siteForHost(host('teams', { team: { groupId: 'g1', membershipType: 'Private' }, sharePointSite: site }), params())).toEqual({ siteUrl: site.url });
    expect(siteForHost(host('teams', { team: { groupId: 'g1', membershipType: 'shared' }, sharePointSite: site }), params())).toEqual({ siteUrl: site.url });
  });

  it('is the SharePoint page’s own site', () => {
    expect(siteForHost(host('sharepoint', { sharePointSite: { url: 'https://x.sharepoint.com/sites/a' } }), params('site=https://other'))).toEqual({ siteUrl: 'https://x.sharepoint.com/sites/a' });
  });

  it('is ?site= in a browser (a path against the tenant), else the default, else unknown', () => {
    const defaults = { tenantHost: 'x.sharepoint.com', defaultSiteUrl: 'https://x.sharepoint.com/sites/d' };
    expect(siteForHost(host('local'), params('site=/sites/lunge/'), defaults)).toEqual({ siteUrl: 'https://x.sharepoint.com/sites/lunge' });
    expect(siteForHost(host('browser'), params('site=https://y.sharepoint.com/sites/b'), defaults)).toEqual({ siteUrl: 'https://y.sharepoint.com/sites/b' });
    expect(siteForHost(host('local'), params(), defaults)).toEqual({ siteUrl: defaults.defaultSiteUrl });
    expect(siteForHost(host('browser'), params('site=/sites/x'))).toBeUndefined();
    expect(siteForHost(host('browser'), params('site=http://insecure/sites/x'), defaults)).toEqual({ siteUrl: defaults.defaultSiteUrl });
  });
});

describe('routes', () => {
  it('parses the hash, and an empty one by the frame', () => {
    expect(parseRoute('#/tab?project=p1&site=/sites/a', 'browser').name).toBe('tab');
    expect(parseRoute('#/tab?project=p1', 'browser').params.get('project')).toBe('p1');
    expect(parseRoute('', 'settings').name).toBe('config');
    expect(parseRoute('', 'personal').name).toBe('overview');
    expect(parseRoute('#/', 'sidePanel').name).toBe('tab');
    expect(parseRoute('#/elsewhere', 'content').name).toBe('notFound');
    expect(routeHash('tab', { project: 'p 1', site: undefined })).toBe('#/tab?project=p+1');
  });
});

describe('sign-in per host', () => {
  it('uses nested app auth wherever teams-js runs and MSAL redirect elsewhere', () => {
    expect(authModeFor(host('teams', { user: { id: 'u', tenantId: 't', loginHint: 'k@x.no' } }))).toEqual({
      kind: 'teams',
      context: { tenantId: 't', loginHint: 'k@x.no', homeAccountId: 'u.t' },
    });
    expect(authModeFor(host('sharepoint'))).toEqual({ kind: 'browser' });
    expect(authModeFor(host('browser'))).toEqual({ kind: 'browser' });
  });
});
