// The selected phase: its purpose, its checklist, the guidance on its requirements and its toolbox, in sections with
// headings in order.
import type { JSX } from 'react';
import { Badge, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { PhaseDef, PhaseModel } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import { Checklist } from './Checklist';
import { useChecklistSession } from './ChecklistSession';
import { RequirementGuidance, Toolbox } from '../toolbox';

export interface PhasePanelProps {
  phase: PhaseDef;
  isCurrent: boolean;
  /** The project's model, so a requirement can point at an entry of another phase. */
  model?: PhaseModel;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, overflowWrap: 'anywhere' },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { ...typographyStyles.title3, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  purpose: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch' },
});

export function PhasePanel(props: PhasePanelProps): JSX.Element {
  const styles = useStyles();
  const session = useChecklistSession();
  const { language } = session;
  const t = translator(projectStrings, language);
  const { phase, isCurrent, model } = props;
  return (
    <section className={styles.root} aria-labelledby={`phase-${phase.key}`}>
      <div className={styles.titleRow}>
        <h2 id={`phase-${phase.key}`} className={styles.title}>
          {phase.label[language]}
        </h2>
        {isCurrent && (
          <Badge appearance="filled" color="brand" shape="rounded">
            {t('currentPhaseBadge')}
          </Badge>
        )}
      </div>
      <section>
        <h3 className={styles.subheading}>{t('purposeHeading')}</h3>
        <p className={styles.purpose}>{phase.purpose[language]}</p>
      </section>
      <Checklist phase={phase} headingLevel={3} />
      <RequirementGuidance phase={phase} {...(model ? { model } : {})} language={language} headingLevel={3} />
      <Toolbox entries={phase.toolbox} language={language} headingLevel={3} {...(session.openFeedback ? { onGiveFeedback: session.openFeedback } : {})} />
    </section>
  );
}
