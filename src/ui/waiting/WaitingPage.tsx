// #/venter, the personal tab "Venter på meg" (issue 22): every item across the person's projects that waits for the
// side they are registered for, and what they confirmed that waits for the other side; grouped by project and phase,
// with how long each has waited and a mark past the project's limit. Read from the coordination site only
// (services.readWaiting: ≤ 2 round trips); each entry opens the item where the person is (ItemLink).
import { Badge, Body1, Caption1, MessageBar, MessageBarBody, Subtitle1, Subtitle2, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ClockRegular } from '@fluentui/react-icons';
import { translator } from '../../i18n/defineMessages';
import { findItem, findPhase } from '../../model/lookup';
import type { Language, Side } from '../../model/types';
import { waitsForPerson } from '../../domain/waitingForMe';
import type { DatedWait, EvidenceOfProject, ProjectWaits } from '../../domain/waitingForMe';
import { modelsByVersion } from '../../store/portfolio/modelsByVersion';
import type { AppServices } from '../base/AppServices';
import { isSignInFailure, storeErrorOf } from '../base/failures';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';
import { sideName } from '../base/sideNames';
import { ErrorView, LoadingView, MessageView } from '../base/StatusViews';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { useAsync } from '../base/useAsync';
import { useHostReady } from '../base/useHostReady';
import { ItemLink } from './ItemLink';
import { waitingStrings } from './strings';

const useStyles = makeStyles({
  page: { maxWidth: '60rem', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, boxSizing: 'border-box' },
  project: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  entry: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  age: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground2 },
  phase: { margin: `${tokens.spacingVerticalS} 0 0` },
});

interface Loaded {
  waits: ProjectWaits[];
  unreadable: number;
}

/** The person's waits: the Portfolio rows, each read against its own model version (from the device when known). */
async function loadWaits(services: AppServices, now: Date): Promise<Loaded> {
  const read = await services.readWaiting();
  // Each version once (Oversikt's rule, rowModels.ts): a version nobody can read is not asked for once per row.
  const found = await modelsByVersion(read.rows.map((row) => row.modelVersion), services.modelSource);
  const newest = services.modelSource.snapshot().newest;
  const projects: EvidenceOfProject[] = [];
  let unreadable = 0;
  for (const row of read.rows) {
    if (row.evidence.kind === 'unreadable') unreadable += 1;
    if (row.evidence.kind !== 'ok' || row.lifecycleStatus === 'completed' || row.lifecycleStatus === 'stopped') continue;
    projects.push({ projectKey: row.projectKey, title: row.title, siteUrl: row.siteUrl, evidence: row.evidence.evidence, model: (row.modelVersion ? found.get(row.modelVersion) : undefined) ?? newest });
  }
  return { waits: waitsForPerson(read.me.id, projects, now), unreadable };
}

export function WaitingPage() {
  const services = useServices();
  const { language } = useShell();
  const t = translator(waitingStrings, language);
  const styles = useStyles();
  const loaded = useAsync(() => loadWaits(services, new Date()), 'waiting');
  useHostReady(loaded.status !== 'pending');
  if (loaded.status === 'pending') return <LoadingView label={t('loading')} />;
  if (loaded.status === 'failed') {
    const error = storeErrorOf(loaded.error);
    if (error.code === 'siteNotFound' && !isSignInFailure(loaded.error)) return <MessageView title={t('pageTitle')}>{t('noCoordinationSite')}</MessageView>;
    return <ErrorView message={storeErrorMessage(error.code, language)} onRetry={loaded.reload} />;
  }
  const { waits, unreadable } = loaded.value;
  const total = waits.reduce((sum, project) => sum + project.forMe.length, 0);
  const projectsWaiting = waits.filter((project) => project.forMe.length > 0).length;
  const summary = total === 0 ? t('nothing') : total === 1 ? t('summaryOne') : projectsWaiting === 1 ? t('summaryOneProject', { count: total }) : t('summary', { count: total, projects: projectsWaiting });
  return (
    <section className={styles.page} aria-labelledby="waiting-title">
      <Title2 as="h1" id="waiting-title">
        {t('pageTitle')}
      </Title2>
      <Body1 as="p">{t('intro')}</Body1>
      {unreadable > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('unreadable', { count: unreadable })}</MessageBarBody>
        </MessageBar>
      )}
      {waits.length === 0 ? (
        <MessageView title={t('nothing')}>{t('nothingBody')}</MessageView>
      ) : (
        <>
          <Body1 as="p" role="status">
            {summary}
          </Body1>
          {waits.map((project) => (
            <ProjectSection key={project.projectKey} project={project} language={language} />
          ))}
        </>
      )}
    </section>
  );
}

function ProjectSection({ project, language }: { project: ProjectWaits; language: Language }) {
  const t = translator(waitingStrings, language);
  const styles = useStyles();
  const headingId = `waiting-${project.projectKey}`;
  const other: Side = project.side === 'kommune' ? 'sykehus' : 'kommune';
  return (
    <section className={styles.project} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId}>
        {project.title}
      </Subtitle1>
      {project.forMe.length > 0 && <WaitGroup project={project} waits={project.forMe} heading={t('forMe', { side: sideName(project.side, language) })} language={language} />}
      {project.mine.length > 0 && <WaitGroup project={project} waits={project.mine} heading={t('mine', { side: sideName(other, language) })} language={language} />}
    </section>
  );
}

/** One group (waiting for me, or confirmed by me), by phase in the model's order. */
function WaitGroup({ project, waits, heading, language }: { project: ProjectWaits; waits: DatedWait[]; heading: string; language: Language }) {
  const styles = useStyles();
  const phases = [...new Set(waits.map((wait) => wait.phaseKey))];
  return (
    <div>
      <Subtitle2 as="h3">{heading}</Subtitle2>
      {phases.map((phaseKey) => (
        <div key={phaseKey}>
          <Body1 as="h4" className={styles.phase}>
            {findPhase(project.model, phaseKey)?.label[language] ?? phaseKey}
          </Body1>
          <ul className={styles.list}>
            {waits.filter((wait) => wait.phaseKey === phaseKey).map((wait) => (
              <WaitEntry key={`${wait.itemKey}-${wait.waitingFor}`} project={project} wait={wait} language={language} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function WaitEntry({ project, wait, language }: { project: ProjectWaits; wait: DatedWait; language: Language }) {
  const t = translator(waitingStrings, language);
  const styles = useStyles();
  const title = findItem(project.model, wait.itemKey)?.label[language] ?? wait.itemKey;
  const age = wait.days === undefined ? t('waitedUnknown') : wait.days === 0 ? t('waitedToday') : wait.days === 1 ? t('waitedOneDay') : t('waitedDays', { days: wait.days });
  return (
    <li className={styles.entry}>
      <ItemLink
        target={{ projectKey: project.projectKey, siteUrl: project.siteUrl, itemKey: wait.itemKey, label: project.title, ...project.link }}
        label={t('openItem', { item: title, project: project.title })}
      >
        {title}
      </ItemLink>
      <Caption1 className={styles.age}>
        <ClockRegular aria-hidden="true" />
        {age}
      </Caption1>
      {wait.confirmedBy && <Caption1>{t('confirmedBy', { name: wait.confirmedBy.name })}</Caption1>}
      {wait.overdue && (
        <Badge appearance="filled" color="warning" shape="rounded">
          {t('overdue', { limit: project.limitDays })}
        </Badge>
      )}
    </li>
  );
}
