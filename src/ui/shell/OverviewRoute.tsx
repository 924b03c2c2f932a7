// The coordinators' overview (#/overview) is another engineer's: ../overview/OverviewPage.tsx, exporting
// `OverviewPage` (no props; it reads useShell() and useServices()). LAZY IMPORT POINT: import.meta.glob finds the
// file when it exists and yields nothing when it does not, so the shell builds before and after it lands.
import { Suspense, lazy } from 'react';
import type { ComponentType } from 'react';
import { translator } from '../../i18n/defineMessages';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';
import { LoadingView, MessageView } from '../base/StatusViews';

const overviewModules = import.meta.glob<{ OverviewPage: ComponentType }>('../overview/OverviewPage.tsx');
const loadOverview = overviewModules['../overview/OverviewPage.tsx'];
const OverviewPage = loadOverview ? lazy(() => loadOverview().then((module) => ({ default: module.OverviewPage }))) : undefined;

export function OverviewRoute() {
  const { language } = useShell();
  const t = translator(appStrings, language);
  if (!OverviewPage) return <MessageView title={t('appName')}>{t('overviewComing')}</MessageView>;
  return (
    <Suspense fallback={<LoadingView label={t('loadingProjects')} />}>
      <OverviewPage />
    </Suspense>
  );
}
