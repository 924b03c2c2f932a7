// Whether the device believes it is online. The browser's signal is a hint (it says nothing about Graph being
// reachable), so the session also treats a network error as offline until the next answer.

export interface OnlineSignal {
  isOnline(): boolean;
  /** Called with the new value on every change; returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** navigator.onLine and the window's online/offline events; always online where there is no navigator. */
export function browserOnlineSignal(): OnlineSignal {
  const target = typeof window === 'undefined' ? undefined : window;
  return {
    isOnline: () => (typeof navigator === 'undefined' || typeof navigator.onLine !== 'boolean' ? true : navigator.onLine),
    subscribe(listener) {
      if (!target) return () => {};
      const online = () => listener(true);
      const offline = () => listener(false);
      target.addEventListener('online', online);
      target.addEventListener('offline', offline);
      return () => {
        target.removeEventListener('online', online);
        target.removeEventListener('offline', offline);
      };
    },
  };
}

export interface ManualOnlineSignal extends OnlineSignal {
  set(online: boolean): void;
}

/** A signal the caller sets: for hosts that know better than navigator.onLine, and for tests. */
export function manualOnlineSignal(initial = true): ManualOnlineSignal {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === online) return;
      online = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}
