// #/tab: the project's checklist view in a channel tab, meeting side panel or stage, or a browser.
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import type { ProjectLocation } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { appStrings } from './appStrings';
import { isSignInFailure, storeErrorOf } from '../base/failures';
import { useShell } from '../base/HostReactContext';
import { NoAccessForSite } from './NoAccessForSite';
import { ProjectScreen } from './ProjectScreen';
import type { ViewSurface } from './ProjectScreen';
import { routeHash } from '../base/routes';
import { useServices } from '../base/ServicesContext';
import { SignInFailedView } from './SignInFailedView';
import { SiteGate } from './SiteGate';
import type { SiteDefaults } from './siteResolution';
import { siteForHost } from './siteResolution';
import { ErrorView, LoadingView, MessageView } from '../base/StatusViews';
import { useAsync } from '../base/useAsync';
import { itemFromSubEntityId } from '../../domain/projectLinks';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function TabRoute({ params, siteDefaults }: { params: URLSearchParams; siteDefaults: SiteDefaults }) {
  const { host, language } = useShell();
  const t = translator(appStrings, language);
  const site = siteForHost(host, params, siteDefaults);
  if (!site) return <MessageView title={t('noSiteTitle')}>{t('noSiteBody')}</MessageView>;
  const frame = host.context.frameContext;
  const surface: ViewSurface = frame === 'sidePanel' ? 'sidePanel' : frame === 'meetingStage' ? 'meetingStage' : 'channelTab';
  const projectKey = params.get('project') ?? host.context.entityId;
  // The item a link opens: `&item=` in the app's route, the deep link's subEntityId in Teams (projectLinks.ts).
  const focusItem = params.get('item') ?? itemFromSubEntityId(host.context.subPageId);
  return (
    <SiteGate site={site}>
      {(location) =>
        projectKey ? (
          <ProjectScreen key={projectKey} location={location} projectKey={projectKey} surface={surface} {...(focusItem ? { focusItem } : {})} />
        ) : (
          <ProjectChooser location={location} surface={surface} site={params.get('site') ?? undefined} />
        )
      }
    </SiteGate>
  );
}

/** No project named: the site's only project opens at once; several are listed; none offers the set-up page. */
function ProjectChooser({ location, surface, site }: { location: ProjectLocation; surface: ViewSurface; site: string | undefined }) {
  const services = useServices();
  const { language } = useShell();
  const t = translator(appStrings, language);
  const styles = useStyles();
  const projects = useAsync(() => services.store.listProjects(location), location.siteId);
  if (projects.status === 'pending') return <LoadingView label={t('loadingProjects')} />;
  if (projects.status === 'failed') {
    if (isSignInFailure(projects.error)) return <SignInFailedView onRetry={projects.reload} />;
    if (storeErrorOf(projects.error).code === 'accessDenied') return <NoAccessForSite site={location} label={location.siteUrl} />;
    return <ErrorView message={storeErrorMessage(storeErrorOf(projects.error).code, language)} onRetry={projects.reload} />;
  }
  const list = projects.value;
  const only = list.length === 1 ? list[0] : undefined;
  if (only) return <ProjectScreen location={location} projectKey={only.projectKey} surface={surface} />;
  if (list.length === 0) {
    return (
      <MessageView title={t('noProjectsTitle')} actions={<Link href={routeHash('config', { site })}>{t('setUpProject')}</Link>}>
        {t('noProjectsBody')}
      </MessageView>
    );
  }
  return (
    <MessageView title={t('chooseProject')}>
      <ul className={styles.list}>
        {list.map((project) => (
          <li key={project.projectKey}>
            <Link href={routeHash('tab', { project: project.projectKey, site })}>
              <Body1>{project.title}</Body1>
            </Link>
          </li>
        ))}
      </ul>
    </MessageView>
  );
}
