// One kind of link to a project or an item (issue 18 "one link"; issue 22's deep links): a Teams deep link to the
// channel tab where the project lives in a channel, the app's own route everywhere else.
import { describe, expect, it } from 'vitest';
import { LINK_MAX_LENGTH, appRouteLink, followableLink, itemFromSubEntityId, projectLink } from '../../src/domain/projectLinks';

const target = { projectKey: 'p-1', siteUrl: 'https://innlandet.sharepoint.com/sites/lungepasienter', itemKey: 'forankring.mandat', label: 'Lungepasienter' };
const inChannel = { ...target, teamGroupId: 'g-1', channelId: '19:abc@thread.tacv2' };

describe('projectLink', () => {
  it('is the app’s own route when the project lives in no Teams channel, or the build has no Teams app id', () => {
    const route = 'https://app.example.org/index.html#/tab?project=p-1&site=https%3A%2F%2Finnlandet.sharepoint.com%2Fsites%2Flungepasienter&item=forankring.mandat';
    expect(projectLink({ appBaseUrl: 'https://app.example.org/', teamsAppId: 'app-id' }, target)).toBe(route);
    expect(projectLink({ appBaseUrl: 'https://app.example.org' }, inChannel)).toBe(route);
    expect(appRouteLink('http://localhost:5173', { projectKey: 'p-1', siteUrl: target.siteUrl })).toBe('http://localhost:5173/index.html#/tab?project=p-1&site=https%3A%2F%2Finnlandet.sharepoint.com%2Fsites%2Flungepasienter');
  });

  it('is a Teams deep link to the channel tab, the item as subEntityId and the route as webUrl, for a project in a channel', () => {
    const link = new URL(projectLink({ appBaseUrl: 'https://app.example.org', teamsAppId: 'app-id' }, inChannel));
    expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/entity/app-id/p-1');
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'item:forankring.mandat', channelId: '19:abc@thread.tacv2' });
    expect(link.searchParams.get('webUrl')).toBe(appRouteLink('https://app.example.org', inChannel));
    expect(link.searchParams.get('label')).toBe('Lungepasienter');
    expect(itemFromSubEntityId(JSON.parse(link.searchParams.get('context') ?? '').subEntityId)).toBe('forankring.mandat');
  });

  it('fits a text column (255): the compact deep link, else the app’s route', () => {
    const compact = projectLink({ appBaseUrl: 'https://app.example.org', teamsAppId: 'app-id' }, inChannel, 255);
    expect(compact.length).toBeLessThanOrEqual(255);
    expect(new URL(compact).searchParams.get('webUrl')).toBeNull();
    const longChannel = { ...inChannel, channelId: `19:${'x'.repeat(300)}@thread.tacv2` };
    expect(projectLink({ appBaseUrl: 'https://app.example.org', teamsAppId: 'app-id' }, longChannel, 255)).toBe(appRouteLink('https://app.example.org', longChannel));
  });

  it('drops the fallback and label rather than pass the length the activity feed accepts', () => {
    const long = { ...inChannel, label: 'x'.repeat(900) };
    const link = projectLink({ appBaseUrl: 'https://app.example.org', teamsAppId: 'app-id' }, long);
    expect(link.length).toBeLessThanOrEqual(LINK_MAX_LENGTH);
    expect(new URL(link).searchParams.get('webUrl')).toBeNull();
    expect(new URL(link).searchParams.get('context')).toContain('item:forankring.mandat');
  });

  it('a project link without an item names no subEntityId', () => {
    const { itemKey: _none, ...project } = inChannel;
    const link = new URL(projectLink({ appBaseUrl: 'https://app.example.org', teamsAppId: 'app-id' }, project));
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({ channelId: '19:abc@thread.tacv2' });
    expect(itemFromSubEntityId(undefined)).toBeUndefined();
    expect(itemFromSubEntityId('something-else')).toBeUndefined();
    expect(itemFromSubEntityId('item:')).toBeUndefined();
  });
});

describe('followableLink', () => {
  const LOCAL_RUN = new Set(['localhost', '127.0.0.1']);
  it('follows a local-mode link written on another port on this run’s origin, in a local run only', () => {
    expect(followableLink('http://localhost:5173/index.html#/tab?project=p-1', 'http://localhost:5190', LOCAL_RUN)).toBe('http://localhost:5190/index.html#/tab?project=p-1');
    expect(followableLink('http://127.0.0.1:4000/index.html#/tab?project=p-1', 'http://localhost:5190/', LOCAL_RUN)).toBe('http://localhost:5190/index.html#/tab?project=p-1');
    // Production has no loopback hosts: a local run's link in a real Portfolio list is not followed.
    expect(followableLink('http://localhost:5173/index.html#/tab?project=p-1', 'https://app.example.org')).toBeUndefined();
    // Only the app's own route is moved to this run's origin: another page on a loopback host is not followed.
    expect(followableLink('http://localhost:5173/other.html#/tab?project=p-1', 'http://localhost:5190', LOCAL_RUN)).toBeUndefined();
  });

  it('follows https links as they are and refuses anything else', () => {
    expect(followableLink('https://teams.microsoft.com/l/entity/a/b?context=%7B%7D', 'http://localhost:1')).toBe('https://teams.microsoft.com/l/entity/a/b?context=%7B%7D');
    expect(followableLink('http://example.org/index.html#/tab', 'http://localhost:1')).toBeUndefined();
    expect(followableLink('javascript:alert(1)', 'http://localhost:1')).toBeUndefined();
    expect(followableLink('not a url', 'http://localhost:1')).toBeUndefined();
    expect(followableLink(undefined, 'http://localhost:1')).toBeUndefined();
    // A user name or password in the link (https://teams.microsoft.com@evil.example/…) is a disguise, not a link.
    expect(followableLink('https://user:secret@evil.example/index.html', 'http://localhost:1')).toBeUndefined();
    expect(followableLink('https://teams.microsoft.com@evil.example/l/entity', 'http://localhost:1')).toBeUndefined();
  });
});
