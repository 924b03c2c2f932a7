// Rendered inside a drawer or dialog while it is open: when it closes (Escape, the close button, an action), focus
// goes back to the control that opened it instead of falling to the page's body.
import { useEffect, useState } from 'react';

/** Focus is lost (on the body) or still in a closing dialog/drawer: the opener may take it back. */
function focusIsAdrift(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

/** How long the opener keeps trying: a surface's exit runs on timers, which a busy device can hold back a while. */
const RETURN_WITHIN_MS = 3_000;

function returnFocusTo(opener: HTMLElement): void {
  const deadline = performance.now() + RETURN_WITHIN_MS;
  // The surface lets go of focus only once its exit has run: try on the next frames until the opener holds it.
  // (Counting frames instead would give up early when the exit is late but frames keep coming.)
  const attempt = () => {
    if (!opener.isConnected || document.activeElement === opener || !focusIsAdrift()) return;
    opener.focus();
    if (performance.now() < deadline) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

export function FocusReturn(): null {
  // Read in the render that mounts it, before the surface takes focus on commit: the opener still has it.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  useEffect(() => () => {
    if (opener) returnFocusTo(opener);
  }, [opener]);
  return null;
}
