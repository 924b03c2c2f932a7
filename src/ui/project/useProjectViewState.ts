// What the project view remembers between renders: the last action (for Angre), the history drawer, the selection;
// and the session its checklists read (ChecklistSession.ts).
import { useState } from 'react';
import type { PhaseKey } from '../../model/types';
import type { IntentBody } from '../../domain/types';
import type { FeedbackTarget } from '../../domain/feedback';
import { findItem, findPhase, phasesInOrder } from '../../model/lookup';
import { describeIntent } from './describeIntent';
import type { ProjectViewProps } from './ProjectView.types';
import { useChecklistSessionValue } from './ChecklistSession';

export function useProjectViewState(props: ProjectViewProps) {
  const { model, language } = props;
  const [lastAction, setLastAction] = useState<string>();
  const [history, setHistory] = useState<{ open: boolean; itemKey?: string }>({ open: false });
  const [ownSelection, setOwnSelection] = useState<PhaseKey>();
  const [feedbackTarget, setFeedbackTarget] = useState<FeedbackTarget>();
  const state = props.snapshot.state;
  const current = state?.project.currentPhase;

  const wanted = props.selectedPhase ?? ownSelection ?? current;
  const selectedPhase =
    (wanted !== undefined ? findPhase(model, wanted) : undefined) ?? (current !== undefined ? findPhase(model, current) : undefined) ?? phasesInOrder(model)[0];
  const readOnly = props.surface === 'readOnly' || props.readOnly === true;
  /** Dispatches, then offers Angre; a refused intent (it throws) offers nothing. */
  const dispatch = (body: IntentBody) => {
    props.onDispatch(body);
    setLastAction(describeIntent(model, body, language));
  };
  const openHistory = (itemKey?: string) => setHistory(itemKey === undefined ? { open: true } : { open: true, itemKey });
  const session = useChecklistSessionValue({
    state,
    pending: props.snapshot.pending,
    recentlyChangedByOthers: props.snapshot.recentlyChangedByOthers,
    me: props.me,
    language,
    readOnly,
    dispatch,
    retry: props.onRetry,
    discard: props.onDiscard,
    openHistory,
    ...(props.giveFeedback ? { openFeedback: (target: FeedbackTarget) => setFeedbackTarget(target) } : {}),
  });

  return {
    readOnly,
    touch: props.surface === 'sidePanel' || props.surface === 'meetingStage',
    state,
    /** For ChecklistSessionContext; undefined until there is a state. */
    session,
    selectedPhase,
    selectPhase: (phaseKey: PhaseKey) => {
      setOwnSelection(phaseKey);
      props.onSelectPhase?.(phaseKey);
    },
    dispatch,
    lastAction,
    dismissLastAction: () => setLastAction(undefined),
    undo: () => {
      props.onUndo();
      setLastAction(undefined);
    },
    history,
    openHistory,
    closeHistory: () => setHistory((before) => ({ ...before, open: false })),
    /** The requirement or entry whose feedback dialog is open. */
    feedbackTarget,
    ...(props.giveFeedback ? { openFeedback: (target: FeedbackTarget) => setFeedbackTarget(target) } : {}),
    closeFeedback: () => setFeedbackTarget(undefined),
    /** Anomalies no item on screen can show: no item key, or a key the model does not know. */
    projectAnomalies: (state?.anomalies ?? []).filter((anomaly) => anomaly.itemKey === undefined || findItem(model, anomaly.itemKey) === undefined),
  };
}
