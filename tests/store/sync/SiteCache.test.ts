// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createSiteCache } from '../../../src/store/sync/SiteCache';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { kari } from '../../../testkit/people';

const site = { siteUrl: 'https://innlandet.sharepoint.com/sites/lungepasienter' };
const location: ProjectLocation = { siteId: 'innlandet.sharepoint.com,a,b', siteUrl: site.siteUrl, lists: { projects: 'p', checklist: 'c', events: 'e', participants: 'pa' } };

describe('SiteCache', () => {
  beforeEach(() => localStorage.clear());

  it('remembers a location and me across instances (a reload), per database name', () => {
    createSiteCache('felles-modell-local-kari').rememberLocation(site, location);
    createSiteCache('felles-modell-local-kari').rememberMe(kari);
    const reloaded = createSiteCache('felles-modell-local-kari');
    expect(reloaded.location(site)).toEqual(location);
    expect(reloaded.me()?.name).toBe('Kari Nordmann');
    expect(createSiteCache('felles-modell-local-ingrid').location(site)).toBeUndefined();
  });

  it('forgets every address of a site whose lists were not where it said', () => {
    const cache = createSiteCache('x');
    cache.rememberLocation(site, location);
    cache.rememberLocation({ siteId: location.siteId }, location);
    cache.forgetLocation(location);
    expect(cache.location(site)).toBeUndefined();
    expect(cache.location({ siteId: location.siteId })).toBeUndefined();
  });

  it('treats unreadable storage as empty, and never stores anything but ids and names', () => {
    localStorage.setItem('x:sites', '{not json');
    const cache = createSiteCache('x');
    expect(cache.location(site)).toBeUndefined();
    cache.rememberLocation(site, location);
    expect(localStorage.getItem('x:sites')).not.toMatch(/dev:|Bearer|eyJ/);
  });
});
