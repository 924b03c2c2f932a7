// Per requirement: done, open (waiting), not relevant and feedback as a table of figures; each row opens (one click)
// to the reasons, the projects behind every figure, how long it has stayed open, and the phase moves past it.
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { findItem } from '../../model/lookup';
import type { Language, PhaseModel } from '../../model/types';
import type { RequirementInsight } from '../../domain/insight/types';
import { translator } from '../../i18n/defineMessages';
import { formatDate } from '../base/formatDate';
import { feedbackKindLabel } from '../feedback';
import { FigureRow } from './FigureRow';
import { formatDays } from './format';
import { ProjectGroup, withReasons } from './ProjectList';
import type { ProjectHref } from './ProjectList';
import { insightStrings } from './strings';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, ...typographyStyles.body1 },
  label: { flexGrow: 1, flexBasis: '320px', fontWeight: tokens.fontWeightSemibold },
  figure: { minWidth: '120px' },
  details: { ...typographyStyles.body1 },
  subheading: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalS} 0 0` },
});

export function RequirementSection({ requirements, model, language, href }: { requirements: RequirementInsight[]; model: PhaseModel; language: Language; href: ProjectHref }): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, language);
  const label = (key: string) => findItem(model, key)?.label[language] ?? key;
  return (
    <section aria-labelledby="insight-requirements">
      <h2 id="insight-requirements" className={styles.heading}>{t('requirementsHeading')}</h2>
      {requirements.map((r) => (
        <FigureRow
          key={r.itemKey}
          data={{ 'data-requirement': r.itemKey }}
          summaryClassName={styles.summary}
          summary={
            <>
              <span className={styles.label}>{label(r.itemKey)}</span>
              <span className={styles.figure}>{`${t('done')}: ${r.done.length}`}</span>
              <span className={styles.figure}>{`${t('open')}: ${r.open.length}${r.awaiting.length ? ` (${r.awaiting.length} ${t('waiting')})` : ''}`}</span>
              <span className={styles.figure}>{`${t('notRelevant')}: ${r.notRelevant.length}`}</span>
              <span className={styles.figure}>{`${t('feedback')}: ${r.feedback.length}`}</span>
            </>
          }
        >
          <div className={styles.details}>
            <ProjectGroup heading={t('reasonsHeading')} {...withReasons(r.notRelevant)} href={href} />
            {r.openInItsPhase.count > 0 && (
              <p>{t('openInPhase', { median: formatDays(r.openInItsPhase.medianDays, language), longest: formatDays(r.openInItsPhase.longestDays, language), count: r.openInItsPhase.count })}</p>
            )}
            <ProjectGroup heading={t('leftUnmet')} {...withReasons(r.leftUnmet)} href={href} />
            <ProjectGroup heading={t('projectsDone')} projects={r.done} href={href} />
            <ProjectGroup heading={t('projectsOpen')} projects={r.open} href={href} />
            <p className={styles.subheading}>{t('feedback')}</p>
            {r.feedback.length === 0 ? <p>{t('noFeedback')}</p> : (
              <ul>
                {r.feedback.map((f) => <li key={f.id}>{`${feedbackKindLabel(f.kind, language)}: ${f.text} (${f.author.name}, ${formatDate(f.at, language)})`}</li>)}
              </ul>
            )}
          </div>
        </FigureRow>
      ))}
    </section>
  );
}
