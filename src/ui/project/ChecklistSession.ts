// The open project's session as the checklists see it: what is shown (state, pending intents, who else changed
// what), who I am, the language, whether I may write, and what I can do (dispatch, retry, discard, open history).
//
// Why ONE CONTEXT and not nine props: the components between the project view and the items (PhasePanel, Checklist,
// WalkThrough) did nothing with these values but pass them on, four levels deep; a new value meant editing every
// level. The project view (ProjectView, MeetingPanelView) provides the session once; the lists read it.
// Why the items still get their part AS PROPS: a context value that changes re-renders every component that reads
// it, and this one changes with every tick, poll and pending entry while a checklist has up to ~40 items. So only the
// lists (one per screen) read the context; each ChecklistItem is memoised and gets its own slice (its row, its
// pending entries, its anomalies), which keep their identity while unchanged (the store shares unchanged rows), so a
// tick re-renders the ticked item, not its neighbours. The actions here are stable functions that call the latest
// handlers, so a parent's fresh closures never break an item's memo.
import { createContext, useContext, useLayoutEffect, useMemo, useRef } from 'react';
import type { Actor, IntentBody, ProjectState } from '../../domain/types';
import type { Language } from '../../model/types';
import type { PendingIntent } from '../../store/ChecklistStore';
import type { FeedbackTarget } from '../../domain/feedback';

export interface ChecklistSession {
  state: ProjectState;
  pending: readonly PendingIntent[];
  /** Keys of items someone else changed in the last poll. */
  recentlyChangedByOthers: readonly string[];
  /** The signed-in person, with the side they confirm for (none: they cannot confirm). */
  me: Actor;
  language: Language;
  /** No editing controls (read-only surface, no write access, or SharePoint refused a write). */
  readOnly: boolean;
  /** May throw StoreError('invalidInput'): the item shows the message next to the field. */
  dispatch(body: IntentBody): void;
  retry(intentId: string): void;
  discard(intentId: string): void;
  openHistory?(itemKey: string): void;
  /** Opens the feedback dialog for a requirement or toolbox entry; absent when feedback cannot be sent from here. */
  openFeedback?(target: FeedbackTarget): void;
}

export const ChecklistSessionContext = createContext<ChecklistSession | undefined>(undefined);

export function useChecklistSession(): ChecklistSession {
  const session = useContext(ChecklistSessionContext);
  if (!session) throw new Error('useChecklistSession needs a ChecklistSessionContext provider (ProjectView or MeetingPanelView)');
  return session;
}

type SessionInput = Omit<ChecklistSession, 'state'> & { state: ProjectState | undefined };

/**
 * The session for the context: the same object while none of its values changed, with actions that never change
 * (they call the handlers of the latest render). Undefined until there is a state to show.
 */
export function useChecklistSessionValue(input: SessionInput): ChecklistSession | undefined {
  const latest = useRef(input);
  useLayoutEffect(() => {
    latest.current = input;
  });
  const actions = useMemo(
    () => ({
      dispatch: (body: IntentBody) => latest.current.dispatch(body),
      retry: (intentId: string) => latest.current.retry(intentId),
      discard: (intentId: string) => latest.current.discard(intentId),
    }),
    [],
  );
  const withHistory = input.openHistory !== undefined;
  const openHistory = useMemo(() => (withHistory ? (itemKey: string) => latest.current.openHistory?.(itemKey) : undefined), [withHistory]);
  const withFeedback = input.openFeedback !== undefined;
  const openFeedback = useMemo(() => (withFeedback ? (target: FeedbackTarget) => latest.current.openFeedback?.(target) : undefined), [withFeedback]);
  const { state, pending, recentlyChangedByOthers, me, language, readOnly } = input;
  return useMemo(
    () => (state ? { state, pending, recentlyChangedByOthers, me, language, readOnly, ...actions, ...(openHistory ? { openHistory } : {}), ...(openFeedback ? { openFeedback } : {}) } : undefined),
    [state, pending, recentlyChangedByOthers, me, language, readOnly, actions, openHistory, openFeedback],
  );
}

const nobody: Actor = { id: '', name: '' };
const ignore = (): void => undefined;

/** A project looked at, not worked on (the overview's drill-down): nothing pending, nobody, no action. */
export function readOnlySession(state: ProjectState, language: Language): ChecklistSession {
  return { state, pending: [], recentlyChangedByOthers: [], me: nobody, language, readOnly: true, dispatch: ignore, retry: ignore, discard: ignore };
}
