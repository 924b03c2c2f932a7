// teams-js's context mapped to ours. Pure, so it is tested without a host.
import type { app } from '@microsoft/teams-js';
import type { FrameContext, HostContext, HostKind } from './HostAdapter';
import { themeFromTeams } from './theme';

export function frameContextFromTeams(context: app.Context): FrameContext {
  switch (context.page.frameContext) {
    case 'settings':
    case 'remove':
      return 'settings';
    case 'sidePanel':
      return 'sidePanel';
    case 'meetingStage':
    case 'stage':
      return 'meetingStage';
    default:
      // A static (personal) tab is a content frame with no team, channel, chat or meeting around it.
      return context.team || context.channel || context.chat || context.meeting ? 'content' : 'personal';
  }
}

/** SharePoint hosts Teams apps through the same SDK; it tells itself apart by its SharePoint context. */
export function hostKindFromTeams(context: app.Context): Extract<HostKind, 'teams' | 'sharepoint'> {
  if (context.sharepoint) return 'sharepoint';
  const inTeamsSpace = context.team || context.channel || context.chat || context.meeting;
  return !inTeamsSpace && context.sharePointSite?.teamSiteUrl ? 'sharepoint' : 'teams';
}

export function hostContextFromTeams(context: app.Context): HostContext {
  const siteUrl = context.sharePointSite?.teamSiteUrl;
  const result: HostContext = {
    locale: context.app.locale || 'nb-NO',
    theme: themeFromTeams(context.app.theme),
    frameContext: frameContextFromTeams(context),
    user: compact({
      id: context.user?.id || undefined,
      name: context.user?.displayName,
      loginHint: context.user?.loginHint,
      tenantId: context.user?.tenant?.id,
    }),
    team: compact({
      groupId: context.team?.groupId,
      channelId: context.channel?.id,
      channelName: context.channel?.displayName,
      membershipType: context.channel?.membershipType,
    }),
  };
  if (siteUrl) result.sharePointSite = { url: siteUrl };
  if (context.page.id) result.entityId = context.page.id;
  if (context.page.subPageId) result.subPageId = context.page.subPageId;
  if (context.meeting?.id) result.meetingId = context.meeting.id;
  return result;
}

function compact<T extends Record<string, string | undefined>>(record: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')) as { [K in keyof T]?: string };
}
