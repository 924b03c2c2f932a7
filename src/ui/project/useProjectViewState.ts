// What the project view remembers between renders: the last action (for Angre), the history drawer, the selection.
import { useState } from 'react';
import type { PhaseKey } from '../../model/types';
import type { IntentBody } from '../../domain/types';
import type { FeedbackTarget } from '../../domain/feedback';
import { findItem, findPhase, phasesInOrder } from '../../model/lookup';
import { describeIntent } from './describeIntent';
import type { ProjectViewProps } from './ProjectView.types';

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

  return {
    readOnly: props.surface === 'readOnly' || props.readOnly === true,
    touch: props.surface === 'sidePanel' || props.surface === 'meetingStage',
    state,
    selectedPhase,
    selectPhase: (phaseKey: PhaseKey) => {
      setOwnSelection(phaseKey);
      props.onSelectPhase?.(phaseKey);
    },
    /** Dispatches, then offers Angre; a refused intent (it throws) offers nothing. */
    dispatch: (body: IntentBody) => {
      props.onDispatch(body);
      setLastAction(describeIntent(model, body, language));
    },
    lastAction,
    dismissLastAction: () => setLastAction(undefined),
    undo: () => {
      props.onUndo();
      setLastAction(undefined);
    },
    history,
    openHistory: (itemKey?: string) => setHistory(itemKey === undefined ? { open: true } : { open: true, itemKey }),
    closeHistory: () => setHistory((before) => ({ ...before, open: false })),
    /** The requirement or entry whose feedback dialog is open. */
    feedbackTarget,
    ...(props.giveFeedback ? { openFeedback: (target: FeedbackTarget) => setFeedbackTarget(target) } : {}),
    closeFeedback: () => setFeedbackTarget(undefined),
    /** Anomalies no item on screen can show: no item key, or a key the model does not know. */
    projectAnomalies: (state?.anomalies ?? []).filter((anomaly) => anomaly.itemKey === undefined || findItem(model, anomaly.itemKey) === undefined),
  };
}
