// "You would lose something if you left now": a page that holds what is stored nowhere yet registers a guard with its
// question. A route change inside the app is held (the shell's hash router asks `mayChangeRoute` first) and the shell
// asks the question (LeavePrompt, which the route change does not unmount, so its dialog closes cleanly); closing or
// reloading the tab gets the browser's own beforeunload prompt. Pages whose work is kept on the device register no
// guard for it: leaving loses nothing there, so nothing is asked.
import { useEffect, useRef } from 'react';

/** The question, in the person's language. */
export interface LeaveQuestion {
  title: string;
  body: string;
  stay: string;
  leave: string;
}

export interface HeldRouteChange {
  question: LeaveQuestion;
  /** The full URL the person was going to. */
  to: string;
}

const guards = new Set<() => LeaveQuestion>();
const listeners = new Set<() => void>();
let held: HeldRouteChange | undefined;
/** Where the person chose to go anyway, once the question has closed. */
let leaving: string | undefined;
/** A change the person chose to make anyway: let exactly that one through (every router subscriber sees it). */
let allowed: string | undefined;

const hold = (next: HeldRouteChange | undefined) => {
  held = next;
  for (const listener of listeners) listener();
};

/**
 * The held route change the shell asks about: `stay` drops it; `leave` closes the question and `closed` (the question
 * is gone from the screen) makes the change. Changing the route under an open modal dialog would leave the new page
 * marked aria-hidden by the dialog's focus trap.
 */
export const heldRouteChange = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: (): HeldRouteChange | undefined => held,
  stay() {
    leaving = undefined;
    hold(undefined);
  },
  leave() {
    leaving = held?.to;
    hold(undefined);
  },
  /** True when it went on to the route the person chose. */
  closed(): boolean {
    const to = leaving;
    leaving = undefined;
    if (!to) return false;
    allowed = to;
    window.location.assign(to);
    return true;
  },
};

/**
 * Called by the hash router on every `hashchange`: true when the new route may be shown. A held change is undone
 * (the old address put back without a new history entry) and its question raised.
 */
export function mayChangeRoute(event: HashChangeEvent): boolean {
  if (allowed === event.newURL) return true;
  // Another router subscriber already put the old address back for this same change.
  if (window.location.href !== event.newURL) return false;
  const [question] = guards;
  if (!question) return true;
  window.history.replaceState(window.history.state, '', event.oldURL);
  hold({ question: question(), to: event.newURL });
  return false;
}

/** While a question is given, route changes are held and asked about; closing the tab gets the browser's prompt. */
export function useLeaveGuard(question: LeaveQuestion | undefined): void {
  const latest = useRef(question);
  useEffect(() => {
    latest.current = question;
  });
  const active = question !== undefined;
  useEffect(() => {
    if (!active) return;
    const guard = () => latest.current ?? { title: '', body: '', stay: '', leave: '' };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium and Safari ask only when returnValue is set.
      event.returnValue = '';
    };
    guards.add(guard);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      guards.delete(guard);
      allowed = undefined;
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [active]);
}
