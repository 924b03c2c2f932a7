// What the screen shows: the state Graph has confirmed, with the user's not-yet-saved intents on top.
import type { ItemKey, PhaseKey } from '../model/types';
import type { Intent, ProjectState } from './types';
import { applyIntent } from './applyIntent';

/**
 * Applies the pending intents in queue order on top of the confirmed state. Intents for other projects (the queue
 * is shared) are skipped; project keys are GUIDs, compared without regard to case.
 */
export function visibleState(confirmed: ProjectState, pending: readonly Intent[], phaseOf: (itemKey: ItemKey) => PhaseKey | undefined): ProjectState {
  const projectKey = confirmed.project.projectKey.toLowerCase();
  return pending
    .filter((intent) => intent.projectKey.toLowerCase() === projectKey)
    .reduce((state, intent) => applyIntent(state, intent, phaseOf), confirmed);
}
