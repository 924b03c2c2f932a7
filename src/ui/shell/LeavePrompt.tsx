// Asks the question of a page that would lose something if the route changed now (base/leaveGuard.ts). It lives in
// the shell, beside the routes: the page that asked is unmounted by the change, and a dialog unmounted while it closes
// leaves the rest of the app hidden from screen readers (Fluent's modal marks it aria-hidden until the dialog is gone).
// The dialog is mounted only from a question until its closing motion ends (a mounted Fluent dialog sets up its focus
// trap's hidden focusable guards even while closed, which axe rightly reports: aria-hidden-focus). A chosen route
// change is made only then, with focus put on the main content: the element focus would go back to is gone with the
// page, and until focus is back in the app the trap keeps the app marked aria-hidden.
import { lazy, Suspense, useRef, useState, useSyncExternalStore } from 'react';
import type { JSX } from 'react';
import { heldRouteChange } from '../base/leaveGuard';
import type { LeaveQuestion } from '../base/leaveGuard';
import { MAIN_ID } from './SkipLink';

// The dialog comes with the first question (a page asks only once something typed would be lost).
const LeaveDialog = lazy(() => import('./LeaveDialog').then((module) => ({ default: module.LeaveDialog })));

export function LeavePrompt(): JSX.Element | null {
  const held = useSyncExternalStore(heldRouteChange.subscribe, heldRouteChange.snapshot);
  // The question stays on the surface while it closes.
  const shown = useRef<LeaveQuestion | undefined>(undefined);
  if (held) shown.current = held.question;
  const question = shown.current;
  const [mounted, setMounted] = useState(false);
  if (held && !mounted) setMounted(true);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <LeaveDialog
        open={held !== undefined}
        question={question}
        onStay={heldRouteChange.stay}
        onLeave={heldRouteChange.leave}
        onClosed={() => {
          setMounted(false);
          if (heldRouteChange.closed()) document.getElementById(MAIN_ID)?.focus();
        }}
      />
    </Suspense>
  );
}
