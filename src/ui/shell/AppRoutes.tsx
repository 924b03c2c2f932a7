import { Suspense, lazy } from 'react';
import { translator } from '../../i18n/defineMessages';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';
import { OverviewRoute } from './OverviewRoute';
import { routeHash } from '../base/routes';
import type { SiteDefaults } from './siteResolution';
import { LoadingView, MessageView } from '../base/StatusViews';
import { TabRoute } from './TabRoute';
import { useHashRoute } from './useHashRoute';
import { Link } from '@fluentui/react-components';
import { loadWaitingPage } from '../waiting';
import { loadToolboxPage } from '../toolbox';

// The config page is opened once per tab: its pickers stay out of the project view's first paint.
const ConfigRoute = lazy(() => import('./ConfigRoute').then((module) => ({ default: module.ConfigRoute })));
// The Verktøykasse (personal tab) needs no project and costs the channel tab nothing.
const ModelEditorPage = lazy(() => import('../editor').then((module) => ({ default: module.ModelEditorPage })));
const ToolboxPage = lazy(() => loadToolboxPage().then((module) => ({ default: module.ToolboxPage })));
const InsightPage = lazy(() => import('../insight').then((module) => ({ default: module.InsightPage })));
// "Venter på meg" (personal tab): the coordination site's rows, nothing a project's tab needs.
const WaitingPage = lazy(() => loadWaitingPage().then((module) => ({ default: module.WaitingPage })));

export function AppRoutes({ siteDefaults }: { siteDefaults: SiteDefaults }) {
  const { host, language } = useShell();
  const route = useHashRoute(host.context.frameContext);
  const t = translator(appStrings, language);
  switch (route.name) {
    case 'tab':
      return <TabRoute key={route.params.toString()} params={route.params} siteDefaults={siteDefaults} />;
    case 'config':
      return (
        <Suspense fallback={<LoadingView label={t('loadingConfig')} />}>
          <ConfigRoute params={route.params} siteDefaults={siteDefaults} />
        </Suspense>
      );
    case 'overview':
      return <OverviewRoute />;
    case 'verktoykasse':
      return (
        <Suspense fallback={<LoadingView label={t('starting')} />}>
          <ToolboxPage />
        </Suspense>
      );
    case 'venter':
      return (
        <Suspense fallback={<LoadingView label={t('starting')} />}>
          <WaitingPage />
        </Suspense>
      );
    case 'modell':
      return (
        <Suspense fallback={<LoadingView label={t('starting')} />}>
          <ModelEditorPage />
        </Suspense>
      );
    case 'innsikt':
      return (
        <Suspense fallback={<LoadingView label={t('starting')} />}>
          <InsightPage />
        </Suspense>
      );
    case 'notFound':
      return (
        <MessageView title={t('notFoundTitle')} actions={<Link href={routeHash('tab')}>{t('goHome')}</Link>}>
          {t('notFoundBody')}
        </MessageView>
      );
  }
}
