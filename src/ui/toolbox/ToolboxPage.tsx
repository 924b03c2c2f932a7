// The #/verktoykasse route (and personal tab "Verktøykasse"): the whole model and toolbox without a project, the
// decision's resource overview, process model and courses, searchable across phases.
import { lazy, Suspense, useDeferredValue, useState } from 'react';
import type { JSX } from 'react';
import { SearchBox, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { PhaseModel } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { languageTag } from '../../i18n/language';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';
import { Toolbox } from './Toolbox';
import { coursesFirstByDate, isoToday, nextCourseDay } from './courses';
import { RequirementGuidance } from './RequirementGuidance';
import { countMatches, searchModel } from './searchModel';
import { toolboxStrings } from './strings';
import { ToolboxEntryView } from './ToolboxEntryView';
import { useModelSnapshot } from './useModelSnapshot';
import { FeedbackButton, loadFeedbackFor } from '../feedback';
import type { FeedbackKind, FeedbackTarget } from '../../domain/feedback';

const FeedbackFor = lazy(() => loadFeedbackFor().then((module) => ({ default: module.FeedbackFor })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: '960px', minWidth: 0, overflowWrap: 'anywhere' },
  title: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch' },
  meta: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  phase: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  status: { ...typographyStyles.body1, margin: 0 },
});

export function ToolboxPage(): JSX.Element {
  const { language } = useShell();
  const services = useServices();
  const snapshot = useModelSnapshot(services.modelSource);
  const [target, setTarget] = useState<FeedbackTarget>();
  // Outside a project: the feedback names the model version shown here, and no project.
  const give = (to: FeedbackTarget, kind: FeedbackKind, text: string) =>
    services.feedback.give(snapshot.newest, { id: crypto.randomUUID(), target: to, kind, text, modelVersion: snapshot.newest.version, at: new Date().toISOString() }).then(() => undefined);
  return (
    <>
      <ToolboxOverview model={snapshot.newest} language={language} today={isoToday()} onGiveFeedback={setTarget} />
      {target && (
        <Suspense fallback={null}>
          <FeedbackFor model={snapshot.newest} target={target} language={language} give={give} onClose={() => setTarget(undefined)} />
        </Suspense>
      )}
    </>
  );
}

export interface ToolboxOverviewProps {
  model: PhaseModel;
  language: 'nb' | 'nn' | 'en';
  today: string;
  /** Offers feedback on each requirement and entry. */
  onGiveFeedback?(target: FeedbackTarget): void;
}

/** The view itself, for a given model (the page above, the editor's preview and the tests). */
export function ToolboxOverview({ model, language, today, onGiveFeedback }: ToolboxOverviewProps): JSX.Element {
  const styles = useStyles();
  const t = translator(toolboxStrings, language);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = searchModel(model, language, deferred);
  const searching = deferred.trim() !== '';
  const courses = coursesFirstByDate(results.flatMap((r) => r.entries.filter((e) => e.kind === 'course')), today).filter((e) => nextCourseDay(e, today));
  return (
    <main className={styles.root} lang={languageTag(language)}>
      <h1 className={styles.title}>{t('viewTitle')}</h1>
      <p className={styles.intro}>{t('viewIntro')}</p>
      <p className={styles.meta}>{`${model.name[language]} · ${t('modelVersion', { version: model.version })}`}</p>
      <SearchBox aria-label={t('searchLabel')} placeholder={t('searchHint')} value={query} onChange={(_, data) => setQuery(data.value)} />
      <p className={styles.status} role="status">
        {searching ? (countMatches(results) === 0 ? t('searchNoResults', { query: deferred }) : t('searchResults', { count: countMatches(results) })) : ''}
      </p>
      <section>
        <h2 className={styles.heading}>{t('upcomingCourses')}</h2>
        {courses.length === 0 ? <p className={styles.status}>{t('noUpcomingCourses')}</p> : (
          <ul className={styles.list}>{courses.map((entry) => <ToolboxEntryView key={entry.key} entry={entry} language={language} today={today} />)}</ul>
        )}
      </section>
      {results
        .filter((r) => !searching || r.requirements.length + r.entries.length > 0)
        .map(({ phase, requirements, entries }) => (
          <section key={phase.key} className={styles.phase} aria-labelledby={`toolbox-phase-${phase.key}`}>
            <h2 id={`toolbox-phase-${phase.key}`} className={styles.heading}>{t('phaseHeading', { order: phase.order + 1, phase: phase.label[language] })}</h2>
            <p className={styles.intro}>{phase.purpose[language]}</p>
            {requirements.length > 0 && (
              <div>
                <h3 className={styles.subheading}>{t('requirementsHeading')}</h3>
                <ul className={styles.list}>
                  {requirements.map((item) => (
                    <li key={item.key}>
                      {item.label[language]}{item.requiresBothSides ? ` (${t('bothSides')})` : ''}
                      {onGiveFeedback && <FeedbackButton itemLabel={item.label[language]} language={language} onClick={() => onGiveFeedback({ kind: 'requirement', key: item.key })} />}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <RequirementGuidance phase={{ ...phase, checklist: requirements }} model={model} language={language} headingLevel={3} today={today} />
            {entries.length > 0 && <Toolbox entries={entries} language={language} headingLevel={3} today={today} {...(onGiveFeedback ? { onGiveFeedback } : {})} />}
          </section>
        ))}
    </main>
  );
}
