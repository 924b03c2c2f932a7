// A ProjectSession wired into React: the snapshot through useSyncExternalStore (one source of truth, no copies
// in component state), and delta polling at the surface's pace, paused while the page is hidden.
import { useEffect, useSyncExternalStore } from 'react';
import type { ProjectSession, SessionSnapshot } from '../../store/ChecklistStore';
import { pollIntervalFor } from '../../store/sync/pollInterval';
import type { Surface } from '../../store/sync/pollInterval';
import { usePageVisible } from '../base/useVisibility';
import { testPollIntervalMs } from '../base/runtimeConfig';

export function useSessionSnapshot(session: ProjectSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.snapshot, session.snapshot);
}

export function useSessionPolling(session: ProjectSession, surface: Surface): void {
  const visible = usePageVisible();
  useEffect(() => {
    session.setPollInterval(visible ? (testPollIntervalMs() ?? pollIntervalFor(surface, visible)) : null);
    // Coming back to a hidden tab: catch up at once instead of waiting a whole interval.
    if (visible) void session.refresh().catch(() => undefined);
  }, [session, surface, visible]);
}
