import { translator } from '../../i18n/defineMessages';
import { appStrings } from './appStrings';
import { ConfigRoute } from './ConfigRoute';
import { useShell } from './HostReactContext';
import { OverviewRoute } from './OverviewRoute';
import { routeHash } from './routes';
import type { SiteDefaults } from './siteResolution';
import { MessageView } from './StatusViews';
import { TabRoute } from './TabRoute';
import { useHashRoute } from './useHashRoute';
import { Link } from '@fluentui/react-components';

export function AppRoutes({ siteDefaults }: { siteDefaults: SiteDefaults }) {
  const { host, language } = useShell();
  const route = useHashRoute(host.context.frameContext);
  const t = translator(appStrings, language);
  switch (route.name) {
    case 'tab':
      return <TabRoute key={route.params.toString()} params={route.params} siteDefaults={siteDefaults} />;
    case 'config':
      return <ConfigRoute params={route.params} siteDefaults={siteDefaults} />;
    case 'overview':
      return <OverviewRoute />;
    case 'notFound':
      return (
        <MessageView title={t('notFoundTitle')} actions={<Link href={routeHash('tab')}>{t('goHome')}</Link>}>
          {t('notFoundBody')}
        </MessageView>
      );
  }
}
