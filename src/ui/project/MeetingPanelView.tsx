// In a meeting: the current phase's checklist only, touch-sized, in a 320 px side panel or large on the stage.
import type { JSX } from 'react';
import { Toolbar, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { findPhase } from '../../model/lookup';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import type { ProjectViewProps } from './ProjectView.types';
import { useProjectViewState } from './useProjectViewState';
import { PhaseFigure } from './PhaseFigure';
import { Checklist } from './Checklist';
import { SyncStatus } from './SyncStatus';
import { UndoBar, UndoButton } from './UndoBar';
import { HistoryDrawer } from './HistoryDrawer';
import { AnomalyList } from './AnomalyList';
import { LoadingState } from './LoadingState';
import { ErrorState } from './ErrorState';
import { EmptyState } from './EmptyState';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalS,
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
  },
  stage: { padding: tokens.spacingHorizontalXXL, maxWidth: '1100px', marginLeft: 'auto', marginRight: 'auto', gap: tokens.spacingVerticalL },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  stageTitle: { ...typographyStyles.title2, margin: 0 },
  phase: { ...typographyStyles.subtitle2, margin: 0 },
  stagePhase: { ...typographyStyles.title3, margin: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minWidth: 0 },
});

export function MeetingPanelView(props: ProjectViewProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  const view = useProjectViewState(props);
  const stage = props.surface === 'meetingStage';
  const { state } = view;

  if (!state) {
    if (props.snapshot.status === 'loading') return <LoadingState language={props.language} />;
    if (props.snapshot.status === 'error') return <ErrorState code={props.snapshot.error?.code ?? 'unknown'} language={props.language} />;
    return <EmptyState title={t('emptyTitle')} body={t('emptyNoProject')} />;
  }
  const phase = findPhase(props.model, state.project.currentPhase);

  return (
    <div className={mergeClasses(styles.root, stage && styles.stage)}>
      <h1 className={stage ? styles.stageTitle : styles.title}>{state.project.title}</h1>
      <PhaseFigure model={props.model} state={state} language={props.language} variant={stage ? 'full' : 'compact'} />
      <div className={styles.bar}>
        <SyncStatus snapshot={props.snapshot} language={props.language} />
        {!view.readOnly && (
          <Toolbar aria-label={t('toolbarLabel')}>
            <UndoButton language={props.language} canUndo={props.canUndo} onUndo={view.undo} touch />
          </Toolbar>
        )}
      </div>
      <UndoBar language={props.language} canUndo={props.canUndo} onUndo={view.undo} lastAction={view.lastAction} onDismiss={view.dismissLastAction} touch />
      <AnomalyList anomalies={view.projectAnomalies} language={props.language} />
      {phase ? (
        <>
          <h2 className={stage ? styles.stagePhase : styles.phase}>{phase.label[props.language]}</h2>
          <Checklist
            phase={phase}
            state={state}
            pending={props.snapshot.pending}
            recentlyChangedByOthers={props.snapshot.recentlyChangedByOthers}
            me={props.me}
            language={props.language}
            readOnly={view.readOnly}
            touch
            headingLevel={3}
            onDispatch={view.dispatch}
            onRetry={props.onRetry}
            onDiscard={props.onDiscard}
            onOpenHistory={view.openHistory}
          />
        </>
      ) : (
        <EmptyState title={t('emptyTitle')} />
      )}
      <HistoryDrawer
        open={view.history.open}
        {...(view.history.itemKey ? { itemKey: view.history.itemKey } : {})}
        model={props.model}
        language={props.language}
        loadHistory={props.loadHistory}
        onClose={view.closeHistory}
        size={stage ? 'medium' : 'full'}
      />
    </div>
  );
}
