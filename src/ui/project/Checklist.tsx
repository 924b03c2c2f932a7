// A phase's minimum requirements with a summary that counts "begge" items as done only with both confirmations.
// The session comes from the project view's ChecklistSessionContext; each item gets its own part of it.
import { useEffect } from 'react';
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { PhaseDef } from '../../model/types';
import type { PendingIntent } from '../../store/ChecklistStore';
import { phaseProgress } from '../../domain/progress';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import { ChecklistItem, preloadChecklistItemParts } from './ChecklistItem';
import { useChecklistSession } from './ChecklistSession';
import { EmptyState } from './EmptyState';

export interface ChecklistProps {
  phase: PhaseDef;
  /** Meeting surfaces: touch-sized targets and the compact item. */
  touch?: boolean;
  /** Heading level of "Sjekkliste", so headings stay in order wherever the list is placed. */
  headingLevel?: 2 | 3;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  summary: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  list: { margin: 0, padding: 0, listStyleType: 'none', minWidth: 0 },
});

function itemKeyOf(entry: PendingIntent): string | undefined {
  return 'itemKey' in entry.intent ? entry.intent.itemKey : undefined;
}

export function Checklist(props: ChecklistProps): JSX.Element {
  const styles = useStyles();
  const session = useChecklistSession();
  const t = translator(projectStrings, session.language);
  const progress = phaseProgress(props.phase, session.state);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  // The items' menus and editors load after the first paint, before anyone needs them (or the network drops).
  useEffect(() => preloadChecklistItemParts(), []);
  // The phase's figure as the phase figure and the Portfolio count it: not relevant counts as met, and says so.
  const met = [t('summaryMet', { met: progress.met, total: progress.total }), ...(progress.notRelevant > 0 ? [t('summaryNotRelevant', { count: progress.notRelevant })] : [])].join(', ');
  const summary = [met, ...(progress.awaitingOtherSide > 0 ? [t('summaryAwaiting', { count: progress.awaitingOtherSide })] : [])].join(' · ');
  return (
    <section className={styles.root} aria-labelledby={`checklist-${props.phase.key}`}>
      <Heading id={`checklist-${props.phase.key}`} className={styles.heading}>
        {t('checklistHeading')}
      </Heading>
      {props.phase.checklist.length === 0 ? (
        <EmptyState title={t('checklistEmpty')} />
      ) : (
        <>
          <p className={styles.summary}>{summary}</p>
          <ul className={styles.list}>
            {props.phase.checklist.map((def) => (
              <ChecklistItem
                key={def.key}
                def={def}
                item={session.state.items[def.key]}
                phaseKey={props.phase.key}
                me={session.me}
                language={session.language}
                readOnly={session.readOnly || def.retired === true}
                touch={props.touch}
                pending={session.pending.filter((entry) => itemKeyOf(entry) === def.key)}
                changedByOthers={session.recentlyChangedByOthers.includes(def.key)}
                anomalies={session.state.anomalies.filter((anomaly) => anomaly.itemKey === def.key)}
                onDispatch={session.dispatch}
                onRetry={session.retry}
                onDiscard={session.discard}
                {...(session.openHistory ? { onOpenHistory: session.openHistory } : {})}
                {...(session.openFeedback ? { onGiveFeedback: session.openFeedback } : {})}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
