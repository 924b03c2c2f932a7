// In a meeting: the current phase's checklist only, touch-sized, in a 320 px side panel or large on the stage; on the
// stage also "Gå gjennom" (one requirement at a time), and on both the meeting summary. Those two load on first use.
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import { Toolbar, ToolbarButton, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { DocumentTextRegular, SlideTextRegular } from '@fluentui/react-icons';
import { findPhase } from '../../model/lookup';
import { translator } from '../../i18n/defineMessages';
import {
  AnomalyList,
  Checklist,
  ChecklistSessionContext,
  EmptyState,
  ErrorState,
  LoadingState,
  PhaseFigure,
  SyncStatus,
  UndoBar,
  UndoButton,
  ProjectHistory,
  projectStrings,
  useProjectViewState,
} from '../project';
import type { ProjectViewProps } from '../project';
import { meetingStrings } from './strings';
import { loadFeedbackFor } from '../feedback';

// Opened on demand: loaded on first use, not with the first paint.
const FeedbackFor = lazy(() => loadFeedbackFor().then((module) => ({ default: module.FeedbackFor })));
const loadWalkThrough = () => import('./WalkThrough');
const WalkThrough = lazy(() => loadWalkThrough().then((module) => ({ default: module.WalkThrough })));
const MeetingSummary = lazy(() => import('./MeetingSummary').then((module) => ({ default: module.MeetingSummary })));

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
  toolbar: { flexWrap: 'wrap', padding: 0 },
  target: { minHeight: '44px' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minWidth: 0 },
});

export function MeetingPanelView(props: ProjectViewProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  const tm = translator(meetingStrings, props.language);
  const view = useProjectViewState(props);
  const stage = props.surface === 'meetingStage';
  const { state, session } = view;
  // The summary covers what happened since this surface opened.
  const [openedAt] = useState(() => new Date().toISOString());
  const [walking, setWalking] = useState(false);
  const [summaryOpen, setSummaryOpen] = useState(false);
  // Closing the walk-through or the summary hands the focus back to the button that opened it.
  const walkButton = useRef<HTMLButtonElement>(null);
  const summaryButton = useRef<HTMLButtonElement>(null);
  const [closed, setClosed] = useState<{ target: 'walk' | 'summary'; count: number }>();
  useEffect(() => {
    if (closed) (closed.target === 'walk' ? walkButton : summaryButton).current?.focus();
  }, [closed]);
  const close = (target: 'walk' | 'summary') => {
    if (target === 'walk') setWalking(false);
    else setSummaryOpen(false);
    setClosed((before) => ({ target, count: (before?.count ?? 0) + 1 }));
  };
  // On the stage, fetched after the first paint, so "Gå gjennom" works even if the room's network drops.
  useEffect(() => {
    if (stage) setTimeout(() => void loadWalkThrough().catch(() => undefined), 0);
  }, [stage]);

  if (!state || !session) {
    if (props.snapshot.status === 'loading') return <LoadingState language={props.language} />;
    if (props.snapshot.status === 'error') return <ErrorState code={props.snapshot.error?.code ?? 'unknown'} language={props.language} />;
    return <EmptyState title={t('emptyTitle')} body={t('emptyNoProject')} />;
  }
  const phase = findPhase(props.model, state.project.currentPhase);

  return (
    <ChecklistSessionContext.Provider value={session}>
      <div className={mergeClasses(styles.root, stage && styles.stage)}>
        <h1 className={stage ? styles.stageTitle : styles.title}>{state.project.title}</h1>
        <PhaseFigure model={props.model} state={state} language={props.language} variant={stage ? 'full' : 'compact'} />
        <div className={styles.bar}>
          <SyncStatus snapshot={props.snapshot} language={props.language} />
          <Toolbar aria-label={t('toolbarLabel')} className={styles.toolbar}>
            {stage && phase && !walking && (
              <ToolbarButton ref={walkButton} className={styles.target} appearance="primary" icon={<SlideTextRegular />} onClick={() => setWalking(true)}>
                {tm('walkThrough')}
              </ToolbarButton>
            )}
            <ToolbarButton
              ref={summaryButton}
              className={styles.target}
              icon={<DocumentTextRegular />}
              aria-pressed={summaryOpen}
              onClick={() => (summaryOpen ? close('summary') : setSummaryOpen(true))}
            >
              {tm('summary')}
            </ToolbarButton>
            {!view.readOnly && <UndoButton language={props.language} canUndo={props.canUndo} onUndo={view.undo} touch />}
          </Toolbar>
        </div>
        {summaryOpen && (
          <Suspense fallback={null}>
            <MeetingSummary
              model={props.model}
              projectTitle={state.project.title}
              since={openedAt}
              language={props.language}
              loadHistory={() => props.loadHistory()}
              onClose={() => close('summary')}
            />
          </Suspense>
        )}
        <UndoBar language={props.language} canUndo={props.canUndo} onUndo={view.undo} lastAction={view.lastAction} onDismiss={view.dismissLastAction} touch />
        <AnomalyList anomalies={view.projectAnomalies} language={props.language} />
        {phase && walking ? (
          <Suspense fallback={<LoadingState language={props.language} />}>
            <WalkThrough phase={phase} onClose={() => close('walk')} />
          </Suspense>
        ) : phase ? (
          <>
            <h2 className={stage ? styles.stagePhase : styles.phase}>{phase.label[props.language]}</h2>
            <Checklist phase={phase} touch headingLevel={3} />
          </>
        ) : (
          <EmptyState title={t('emptyTitle')} />
        )}
        <ProjectHistory view={view} project={props} size={stage ? 'medium' : 'full'} />
        {view.feedbackTarget && props.giveFeedback && (
          <Suspense fallback={null}>
            <FeedbackFor model={props.model} target={view.feedbackTarget} language={props.language} give={props.giveFeedback} onClose={view.closeFeedback} />
          </Suspense>
        )}
      </div>
    </ChecklistSessionContext.Provider>
  );
}
