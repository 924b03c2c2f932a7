// The projects' use and feedback for the model editor: Innsikt's read (coordination site only), once, with a reload
// after a publish marks feedback answered. Undefined until it has arrived (or when it could not be read: the editor
// works without it).
import { useMemo, useState } from 'react';
import { buildInsight } from '../../domain/insight/buildInsight';
import type { Insight } from '../../domain/insight/types';
import type { LoadedInsight } from '../../store/insight/loadInsight';
import type { StoredFeedback } from '../../store/feedback/FeedbackStore';
import { useAsync } from '../base/useAsync';

export function useEditorEvidence(load: (() => Promise<LoadedInsight>) | undefined): { insight: Insight; openFeedback: StoredFeedback[]; reload(): void } | undefined {
  const [round, setRound] = useState(0);
  const loaded = useAsync(() => (load ? load() : Promise.reject(new Error('no evidence'))), `evidence:${load ? 'on' : 'off'}:${round}`);
  const value = loaded.status === 'done' ? loaded.value : undefined;
  const insight = useMemo(() => (value ? buildInsight(value.projects, { reference: value.reference, feedback: value.feedback, now: new Date() }) : undefined), [value]);
  if (!insight || !value) return undefined;
  // The stored rows (with their eTags), so the answer is a conditional write on what was read.
  const openFeedback = insight.openFeedback.flatMap((f) => value.feedback.filter((stored) => stored.id === f.id));
  return { insight, openFeedback, reload: () => setRound((n) => n + 1) };
}
