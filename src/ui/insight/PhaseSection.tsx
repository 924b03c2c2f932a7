// Per phase: projects in it now, how long projects stay in it, and the moves out of it past unmet requirements.
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { findPhase } from '../../model/lookup';
import type { Language, PhaseModel } from '../../model/types';
import type { PhaseInsight } from '../../domain/insight/types';
import { translator } from '../../i18n/defineMessages';
import { FigureRow } from './FigureRow';
import { formatDays } from './format';
import { ProjectGroup, withReasons } from './ProjectList';
import type { ProjectHref } from './ProjectList';
import { insightStrings } from './strings';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, ...typographyStyles.body1 },
  label: { flexBasis: '200px', fontWeight: tokens.fontWeightSemibold },
});

export function PhaseSection({ phases, model, language, href }: { phases: PhaseInsight[]; model: PhaseModel; language: Language; href: ProjectHref }): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, language);
  return (
    <section aria-labelledby="insight-phases">
      <h2 id="insight-phases" className={styles.heading}>{t('phasesHeading')}</h2>
      {phases.map((p) => (
        <FigureRow
          key={p.phaseKey}
          data={{ 'data-phase': p.phaseKey }}
          summaryClassName={styles.summary}
          summary={
            <>
              <span className={styles.label}>{findPhase(model, p.phaseKey)?.label[language] ?? p.phaseKey}</span>
              <span>{`${t('projectsNow')}: ${p.projectsNow.length}`}</span>
              <span>{`${t('timeInPhase')}: ${formatDays(p.completedStays.medianDays, language)}`}</span>
              <span>{`${t('timeSoFar')}: ${formatDays(p.currentStays.medianDays, language)}`}</span>
              <span>{`${t('overrides')}: ${p.overrides.length}`}</span>
            </>
          }
        >
          <ProjectGroup heading={t('projectsNow')} projects={p.projectsNow} href={href} />
          <ProjectGroup heading={t('overrides')} {...withReasons(p.overrides)} href={href} />
        </FigureRow>
      ))}
    </section>
  );
}
