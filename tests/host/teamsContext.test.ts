import { describe, expect, it } from 'vitest';
import type { app } from '@microsoft/teams-js';
import { frameContextFromTeams, hostContextFromTeams, hostKindFromTeams } from '../../src/host/teamsContext';
import { themeFromQuery, themeFromTeams } from '../../src/host/theme';
import { kari } from '../../testkit/people';

const context = (overrides: Partial<app.Context> = {}): app.Context =>
  ({
    app: { locale: 'nn-NO', theme: 'dark', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
    page: { id: 'project-key', frameContext: 'content' },
    user: { id: kari.id, displayName: kari.name, loginHint: kari.email, tenant: { id: 'tenant-1' } },
    team: { internalId: 't', groupId: 'group-1' },
    channel: { id: 'channel-1', displayName: 'Generelt', membershipType: 'Private' },
    sharePointSite: { teamSiteUrl: 'https://x.sharepoint.com/sites/prosjekt-privat' },
    dialogParameters: {},
    ...overrides,
  }) as app.Context;

describe('the Teams context in our terms', () => {
  it('maps Teams themes, glass and default to light', () => {
    expect(['default', 'glass', undefined, 'dark', 'contrast'].map(themeFromTeams)).toEqual(['light', 'light', 'light', 'dark', 'contrast']);
    expect([null, 'dark', 'pink'].map(themeFromQuery)).toEqual([undefined, 'dark', undefined]);
  });

  it('reads locale, theme, user, team, channel, site and entity id', () => {
    expect(hostContextFromTeams(context())).toEqual({
      locale: 'nn-NO',
      theme: 'dark',
      frameContext: 'content',
      user: { id: kari.id, name: kari.name, loginHint: kari.email, tenantId: 'tenant-1' },
      team: { groupId: 'group-1', channelId: 'channel-1', channelName: 'Generelt', membershipType: 'Private' },
      sharePointSite: { url: 'https://x.sharepoint.com/sites/prosjekt-privat' },
      entityId: 'project-key',
    });
  });

  it('reads the item a deep link opened (its subEntityId, the tab’s subPageId)', () => {
    const opened = hostContextFromTeams(context({ page: { id: 'project-key', frameContext: 'content' as app.Context['page']['frameContext'], subPageId: 'item:forankring.mandat-godkjent' } }));
    expect(opened.subPageId).toBe('item:forankring.mandat-godkjent');
    expect(hostContextFromTeams(context()).subPageId).toBeUndefined();
  });

  it('tells settings, side panel, stage and a personal tab apart', () => {
    const frame = (frameContext: string, rest: Partial<app.Context> = {}) =>
      frameContextFromTeams(context({ page: { id: '', frameContext: frameContext as app.Context['page']['frameContext'] }, ...rest }));
    expect(frame('settings')).toBe('settings');
    expect(frame('sidePanel')).toBe('sidePanel');
    expect(frame('meetingStage')).toBe('meetingStage');
    expect(frame('content')).toBe('content');
    expect(frame('content', { team: undefined, channel: undefined })).toBe('personal');
  });

  it('recognises SharePoint hosting a Teams app', () => {
    expect(hostKindFromTeams(context())).toBe('teams');
    expect(hostKindFromTeams(context({ team: undefined, channel: undefined }))).toBe('sharepoint');
    expect(hostKindFromTeams(context({ sharepoint: {} }))).toBe('sharepoint');
  });
});
