// When the control that has the focus leaves the screen because of what it did (a confirm button that becomes a menu
// entry, a text editor's Avbryt or Lagre), the browser drops the focus on the page's body, and a keyboard user starts
// again from the top of the page. This keeps it in the container it was in: on the control `returnTo` names (the one
// that opened what closed), else on the container's first focusable control.
import { useCallback, useEffect, useRef } from 'react';
import type { FocusEvent, RefObject } from 'react';
import { useFocusFinders } from '@fluentui/react-components';

export interface FocusKept<T extends HTMLElement> {
  /** On the container. */
  ref: RefObject<T | null>;
  /** On the container: remembers which control inside it (or in a popup it opened) had the focus last. */
  onFocus(event: FocusEvent): void;
}

export function useFocusKept<T extends HTMLElement>(returnTo: (container: T) => HTMLElement | null | undefined): FocusKept<T> {
  const ref = useRef<T>(null);
  const lastFocused = useRef<Element | null>(null);
  const { findFirstFocusable } = useFocusFinders();
  const onFocus = useCallback((event: FocusEvent) => {
    lastFocused.current = event.target;
  }, []);
  // After every render: the control that had the focus is gone, and nothing else took it.
  useEffect(() => {
    const lost = lastFocused.current;
    const container = ref.current;
    if (!lost || lost.isConnected || !container) return;
    lastFocused.current = null;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    (returnTo(container) ?? findFirstFocusable(container))?.focus();
  });
  return { ref, onFocus };
}
