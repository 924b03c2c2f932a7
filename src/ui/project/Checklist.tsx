// A phase's minimum requirements with a summary that counts "begge" items as done only with both confirmations.
import { useEffect } from 'react';
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Language, PhaseDef } from '../../model/types';
import type { Actor, IntentBody, ProjectState } from '../../domain/types';
import type { PendingIntent } from '../../store/ChecklistStore';
import { phaseProgress } from '../../domain/progress';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import { ChecklistItem, preloadChecklistItemParts } from './ChecklistItem';
import { EmptyState } from './EmptyState';

export interface ChecklistProps {
  phase: PhaseDef;
  state: ProjectState;
  pending: PendingIntent[];
  recentlyChangedByOthers: string[];
  me: Actor;
  language: Language;
  readOnly?: boolean;
  touch?: boolean;
  /** Heading level of "Sjekkliste", so headings stay in order wherever the list is placed. */
  headingLevel?: 2 | 3;
  onDispatch(body: IntentBody): void;
  onRetry(intentId: string): void;
  onDiscard(intentId: string): void;
  onOpenHistory?(itemKey: string): void;
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
  const t = translator(projectStrings, props.language);
  const progress = phaseProgress(props.phase, props.state);
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
                item={props.state.items[def.key]}
                phaseKey={props.phase.key}
                me={props.me}
                language={props.language}
                readOnly={props.readOnly === true || def.retired === true}
                touch={props.touch}
                pending={props.pending.filter((entry) => itemKeyOf(entry) === def.key)}
                changedByOthers={props.recentlyChangedByOthers.includes(def.key)}
                anomalies={props.state.anomalies.filter((anomaly) => anomaly.itemKey === def.key)}
                onDispatch={props.onDispatch}
                onRetry={props.onRetry}
                onDiscard={props.onDiscard}
                {...(props.onOpenHistory ? { onOpenHistory: props.onOpenHistory } : {})}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
