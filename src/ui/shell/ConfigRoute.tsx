// #/config: the tab's settings page (Teams settings frame), or the same page in a browser.
import { translator } from '../../i18n/defineMessages';
import { ConfigPage } from '../config';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';
import { routeHash } from '../base/routes';
import { SiteGate } from './SiteGate';
import type { SiteDefaults } from './siteResolution';
import { siteForHost } from './siteResolution';
import { MessageView } from '../base/StatusViews';

export function ConfigRoute({ params, siteDefaults }: { params: URLSearchParams; siteDefaults: SiteDefaults }) {
  const { host, language } = useShell();
  const t = translator(appStrings, language);
  const site = siteForHost(host, params, siteDefaults);
  if (!site) return <MessageView title={t('noSiteTitle')}>{t('noSiteBody')}</MessageView>;
  const projectKey = host.context.entityId ?? params.get('project') ?? undefined;
  const siteParam = params.get('site') ?? undefined;
  return (
    <SiteGate site={site}>
      {(location) => (
        <ConfigPage
          location={location}
          {...(projectKey ? { projectKey } : {})}
          onSaved={(key) => window.location.assign(routeHash('tab', { project: key, site: siteParam }))}
        />
      )}
    </SiteGate>
  );
}
