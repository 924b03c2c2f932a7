// This user's own actions in this session, newest last, each with the visible state it was made on, so undo can
// dispatch the inverse (domain/inverseIntent). An action the user discarded or Graph refused is skipped.
import type { Intent, IntentBody, ProjectState } from '../../domain/types';
import { inverseOf } from '../../domain/inverseIntent';

export class UndoHistory {
  private readonly actions: { intent: Intent; before: ProjectState }[] = [];

  constructor(private readonly wasKept: (intentId: string) => boolean) {}

  record(intent: Intent, before: ProjectState | undefined): void {
    if (before) this.actions.push({ intent, before });
  }

  /** The inverse of the newest action still kept, taken off the history; undefined when there is none. */
  takeInverse(): IntentBody | undefined {
    for (let last = this.actions.pop(); last; last = this.actions.pop()) {
      const inverse = this.wasKept(last.intent.id) ? inverseOf(last.before, last.intent) : undefined;
      if (inverse) return inverse;
    }
    return undefined;
  }

  canUndo(): boolean {
    return this.actions.some((entry) => this.wasKept(entry.intent.id) && inverseOf(entry.before, entry.intent) !== undefined);
  }
}
