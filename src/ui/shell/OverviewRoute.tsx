// The coordinators' overview (#/overview): the overview room, loaded on demand, so it costs the channel tab nothing.
import { Suspense, lazy } from 'react';
import { translator } from '../../i18n/defineMessages';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';
import { LoadingView } from '../base/StatusViews';

const OverviewPage = lazy(() => import('../overview').then((module) => ({ default: module.OverviewPage })));

export function OverviewRoute() {
  const { language } = useShell();
  const t = translator(appStrings, language);
  return (
    <Suspense fallback={<LoadingView label={t('loadingProjects')} />}>
      <OverviewPage />
    </Suspense>
  );
}
