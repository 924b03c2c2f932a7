// What Innsikt shows, and reading it again: "Oppdater" reads the coordination site once more (the same $batch and
// RU as the first read, loadInsight.ts) while the figures, the filters and the open row stay on screen. Innsikt does not poll: at
// 1,000 projects a read is a megabyte, and a coordinator reads the figures, not a live feed.
import { useState } from 'react';
import type { StoredFeedback } from '../../store/feedback/FeedbackStore';
import type { LoadedInsight } from '../../store/insight/loadInsight';
import { StoreError } from '../../store/ChecklistStore';
import type { StoreErrorCode } from '../../store/ChecklistStore';

interface Shown {
  data: LoadedInsight;
  /** The feedback as read, with the answers given here since. */
  feedback: StoredFeedback[];
  /** When the figures were read: the "now" their durations are counted to. */
  loadedAt: Date;
}

export interface InsightData extends Shown {
  refreshing: boolean;
  /** Why the last refresh failed (the figures shown are the ones read before). */
  refreshFailed?: StoreErrorCode;
  refresh(): void;
  /** Records an answer given on this screen (the store has written it). */
  answered(feedback: StoredFeedback): void;
}

export function useInsightData(first: LoadedInsight, load: () => Promise<LoadedInsight>): InsightData {
  const [shown, setShown] = useState<Shown>(() => ({ data: first, feedback: first.feedback, loadedAt: new Date() }));
  const [refresh, setRefresh] = useState<{ busy: boolean; failed?: StoreErrorCode }>({ busy: false });
  return {
    ...shown,
    refreshing: refresh.busy,
    ...(refresh.failed ? { refreshFailed: refresh.failed } : {}),
    refresh() {
      setRefresh({ busy: true });
      load().then(
        (data) => {
          setShown({ data, feedback: data.feedback, loadedAt: new Date() });
          setRefresh({ busy: false });
        },
        (error: unknown) => setRefresh({ busy: false, failed: error instanceof StoreError ? error.code : 'unknown' }),
      );
    },
    answered(feedback) {
      setShown((current) => ({ ...current, feedback: current.feedback.map((f) => (f.id === feedback.id ? feedback : f)) }));
    },
  };
}
