// The Teams (and SharePoint-through-teams-js) host: teams-js v2 after a successful `app.initialize()`.
import { app, pages } from '@microsoft/teams-js';
import type { HostAdapter, HostConfigPage, HostFailureReason, HostTheme, TabConfig } from './HostAdapter';
import { hostContextFromTeams, hostKindFromTeams } from './teamsContext';
import { themeFromTeams } from './theme';

const failureReasons: Record<HostFailureReason, app.FailedReason> = {
  authFailed: app.FailedReason.AuthFailed,
  timeout: app.FailedReason.Timeout,
  other: app.FailedReason.Other,
};

/** Call only after `app.initialize()` resolved. */
/** teams-js's start-up handshake with its host (resolves in Teams, Outlook, Office and SharePoint). */
export function initializeTeams(): Promise<void> {
  return app.initialize();
}

export async function createTeamsHost(): Promise<HostAdapter> {
  const teamsContext = await app.getContext();
  const context = hostContextFromTeams(teamsContext);
  // teams-js keeps one theme handler: fan it out to every subscriber.
  const themeListeners = new Set<(theme: HostTheme) => void>();
  app.registerOnThemeChangeHandler((theme) => {
    const mapped = themeFromTeams(theme);
    context.theme = mapped;
    for (const listener of themeListeners) listener(mapped);
  });
  let notified = false;
  return {
    kind: hostKindFromTeams(teamsContext),
    context,
    teamsContext,
    onThemeChange(callback) {
      themeListeners.add(callback);
      return () => themeListeners.delete(callback);
    },
    notifySuccess() {
      if (notified) return;
      notified = true;
      void app.notifySuccess();
    },
    notifyFailure(reason, message) {
      if (notified) return;
      notified = true;
      app.notifyFailure({ reason: failureReasons[reason], ...(message ? { message } : {}) });
    },
    openLink: (url) => app.openLink(url),
    config: context.frameContext === 'settings' && pages.config.isSupported() ? teamsConfigPage() : undefined,
  };
}

function teamsConfigPage(): HostConfigPage {
  return {
    setValidity(valid) {
      pages.config.setValidityState(valid);
    },
    onSave(handler: () => Promise<TabConfig>) {
      pages.config.registerOnSaveHandler((event) => {
        handler()
          .then((config) => pages.config.setConfig(config))
          .then(() => event.notifySuccess())
          .catch((error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
