// The channel tab: the model figure as navigation, the selected phase's purpose, checklist and toolbox.
import { Suspense, lazy, useState } from 'react';
import type { JSX } from 'react';
import { MessageBar, MessageBarBody, Toolbar, ToolbarButton, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowRightRegular, HistoryRegular } from '@fluentui/react-icons';
import { translator } from '../../i18n/defineMessages';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { projectStrings } from './strings';
import type { ProjectViewProps } from './ProjectView.types';
import { useProjectViewState } from './useProjectViewState';
import { ChecklistSessionContext } from './ChecklistSession';
import { ProjectHistory } from './ProjectHistory';
import { PhaseFigure } from './PhaseFigure';
import { PhasePanel } from './PhasePanel';
import { SyncStatus } from './SyncStatus';
import { UndoBar, UndoButton } from './UndoBar';
import { AnomalyList } from './AnomalyList';
import { AwaitingOtherSideNote } from './AwaitingOtherSideNote';
import { LoadingState } from './LoadingState';
import { ErrorState } from './ErrorState';
import { EmptyState } from './EmptyState';
import { loadFeedbackFor } from '../feedback';

export type { ProjectViewProps } from './ProjectView.types';

// Opened on demand: loaded on first use, not with the first paint.
const FeedbackFor = lazy(() => loadFeedbackFor().then((module) => ({ default: module.FeedbackFor })));
const PhaseChangeDialog = lazy(() => import('./PhaseChangeDialog').then((module) => ({ default: module.PhaseChangeDialog })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '1200px',
    minWidth: 0,
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, minWidth: 0 },
  title: { ...typographyStyles.title2, margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  toolbar: { flexWrap: 'wrap' },
});

export function ProjectView(props: ProjectViewProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  const view = useProjectViewState(props);
  const [changingPhase, setChangingPhase] = useState(false);
  const { state, session, selectedPhase } = view;

  if (!state || !session) {
    if (props.snapshot.status === 'loading') return <LoadingState language={props.language} skeleton />;
    if (props.snapshot.status === 'error') return <ErrorState code={props.snapshot.error?.code ?? 'unknown'} language={props.language} />;
    return <EmptyState title={t('emptyTitle')} body={t('emptyNoProject')} />;
  }

  return (
    <ChecklistSessionContext.Provider value={session}>
      <div className={styles.root}>
        <div className={styles.header}>
          <h1 className={styles.title}>{state.project.title}</h1>
          <div className={styles.bar}>
            <SyncStatus snapshot={props.snapshot} language={props.language} />
            <Toolbar aria-label={t('toolbarLabel')} className={styles.toolbar}>
              {!view.readOnly && <UndoButton language={props.language} canUndo={props.canUndo} onUndo={view.undo} />}
              <ToolbarButton icon={<HistoryRegular />} onClick={() => view.openHistory()}>
                {t('history')}
              </ToolbarButton>
              {!view.readOnly && (
                <ToolbarButton icon={<ArrowRightRegular />} onClick={() => setChangingPhase(true)}>
                  {t('changePhase')}
                </ToolbarButton>
              )}
            </Toolbar>
          </div>
        </div>

        {view.readOnly && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t('readOnlyNotice')}</MessageBarBody>
          </MessageBar>
        )}
        {props.snapshot.fromCache && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t('fromCacheNotice')}</MessageBarBody>
          </MessageBar>
        )}
        {props.snapshot.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{storeErrorMessage(props.snapshot.error.code, props.language)}</MessageBarBody>
          </MessageBar>
        )}
        <AnomalyList anomalies={view.projectAnomalies} language={props.language} />
        <UndoBar language={props.language} canUndo={props.canUndo} onUndo={view.undo} lastAction={view.lastAction} onDismiss={view.dismissLastAction} />

        <PhaseFigure model={props.model} state={state} language={props.language} selectedPhase={selectedPhase?.key} onSelectPhase={view.selectPhase} />
        <AwaitingOtherSideNote model={props.model} state={state} language={props.language} />

        {selectedPhase ? (
          <PhasePanel phase={selectedPhase} isCurrent={selectedPhase.key === state.project.currentPhase} />
        ) : (
          <EmptyState title={t('emptyTitle')} />
        )}

        <ProjectHistory view={view} project={props} />
        {view.feedbackTarget && props.giveFeedback && (
          <Suspense fallback={null}>
            <FeedbackFor model={props.model} target={view.feedbackTarget} language={props.language} give={props.giveFeedback} onClose={view.closeFeedback} />
          </Suspense>
        )}
        {changingPhase && (
          <Suspense fallback={null}>
            <PhaseChangeDialog
              open
              model={props.model}
              state={state}
              language={props.language}
              {...(selectedPhase && selectedPhase.key !== state.project.currentPhase ? { initialTarget: selectedPhase.key } : {})}
              onDispatch={view.dispatch}
              onClose={() => setChangingPhase(false)}
            />
          </Suspense>
        )}
      </div>
    </ChecklistSessionContext.Provider>
  );
}
