// What differs between Teams, SharePoint, a plain browser and local mode: context, theme, locale, the loading
// screen and the config page's save. The UI asks this port, never teams-js directly.
import type { app } from '@microsoft/teams-js';

export type HostKind = 'teams' | 'sharepoint' | 'browser' | 'local';
export type HostTheme = 'light' | 'dark' | 'contrast';
export type FrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'personal' | 'browser';

export interface HostContext {
  locale: string;
  theme: HostTheme;
  frameContext: FrameContext;
  user: { id?: string; name?: string; loginHint?: string; tenantId?: string };
  team: { groupId?: string; channelId?: string; channelName?: string; membershipType?: string };
  /** The SharePoint site this surface belongs to: a private/shared channel's own site, or the hosting SharePoint page's. */
  sharePointSite?: { url: string };
  /** The tab instance's id (set by the config page's `setConfig`): our project key. */
  entityId?: string;
  /** What a deep link into the tab named (its subEntityId, `item:<key>`): the item to open. */
  subPageId?: string;
  meetingId?: string;
}

/** What the config page hands back on save, for the host to store as the tab's configuration. */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

export interface HostConfigPage {
  setValidity(valid: boolean): void;
  /** The host calls `handler` when the user presses the host's own Save; a rejection keeps the dialog open. */
  onSave(handler: () => Promise<TabConfig>): void;
}

export interface HostAdapter {
  kind: HostKind;
  context: HostContext;
  /** Returns an unsubscribe function. */
  onThemeChange(callback: (theme: HostTheme) => void): () => void;
  /** Ends the host's loading screen (Teams); a no-op elsewhere. */
  notifySuccess(): void;
  notifyFailure(reason: HostFailureReason, message?: string): void;
  /**
   * Opens a link the host understands better than a browser: in Teams a deep link to a tab (`app.openLink`, so the
   * Teams client navigates instead of opening a web page). Absent elsewhere: a plain link is followed.
   */
  openLink?(url: string): Promise<void>;
  /** Present only where the host owns the Save button of a configuration page (Teams settings frame). */
  config: HostConfigPage | undefined;
  /** The raw teams-js context, for Nested App Authentication; only on Teams-SDK hosts. */
  teamsContext?: app.Context;
}

export type HostFailureReason = 'authFailed' | 'timeout' | 'other';
