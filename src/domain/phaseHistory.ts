// When a project entered each phase. The project row keeps the history (in its Summary JSON, written with the row
// by the phase moves that change it), so a coordinator can see how long projects stay in a phase without reading
// anyone's Events list. A project from before the history was kept knows only its current phase's entry: the history
// is completed from `phaseEnteredAt`, and what came before stays unknown rather than guessed.
import type { PhaseKey } from '../model/types';
import type { Intent, ProjectInfo } from './types';

/** The project entered `phase` at `at` (ISO 8601). The next entry says when it left. */
export interface PhaseEntry {
  phase: PhaseKey;
  at: string;
}

/** One stay in a phase; `leftAt` undefined while the project is still in it. */
export interface PhaseStay {
  phase: PhaseKey;
  enteredAt: string;
  leftAt?: string;
}

/** SharePoint keeps a date column to the second, and gives it back in its own format: compared as seconds. */
const sameSecond = (a: string, b: string): boolean => Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);

/**
 * The history with the project's current phase as its last entry: appended from `phaseEnteredAt` when the history
 * does not end there (a project older than the history, or a move written by an older version of the app).
 */
export function completeHistory(history: readonly PhaseEntry[], project: Pick<ProjectInfo, 'currentPhase' | 'phaseEnteredAt'>): PhaseEntry[] {
  const last = history[history.length - 1];
  if (!project.phaseEnteredAt || (last && last.phase === project.currentPhase && sameSecond(last.at, project.phaseEnteredAt))) return [...history];
  return [...history, { phase: project.currentPhase, at: project.phaseEnteredAt }];
}

/**
 * The history after an intent: a phase move appends the phase entered (at the time applyIntent gives the project);
 * the undo of a move takes the undone entry away again, as it takes away the move's gate override.
 */
export function phaseHistoryAfter(history: readonly PhaseEntry[], before: ProjectInfo, intent: Intent): PhaseEntry[] {
  const known = completeHistory(history, before);
  if (intent.kind !== 'changePhase') return known;
  if (intent.undoes) {
    const last = known[known.length - 1];
    const previous = known[known.length - 2];
    if (last?.phase === intent.undoes.to && previous?.phase === intent.to) return known.slice(0, -1);
  }
  return [...known, { phase: intent.to, at: intent.undoes?.phaseEnteredAt || intent.at }];
}

/** The stays the history describes, oldest first: each entry lasts until the next one. */
export function phaseStays(history: readonly PhaseEntry[]): PhaseStay[] {
  return history.map((entry, index) => {
    const next = history[index + 1];
    return { phase: entry.phase, enteredAt: entry.at, ...(next ? { leftAt: next.at } : {}) };
  });
}
