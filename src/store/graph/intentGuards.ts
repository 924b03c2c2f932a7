// What the store checks of an intent before it is written, against the project as it is now (not as it was when
// the user decided): a queued intent cannot slip past a rule the screen enforced, nor write keys the project's
// model lacks.
import { checkPhaseChange } from '../../domain/gate';
import { checkIntent } from '../../domain/textRules';
import type { Intent } from '../../domain/types';
import type { PhaseModel } from '../../model/types';
import { compareVersions } from '../../model/upgrade';
import { StoreError } from '../ChecklistStore';
import type { ProjectModel } from '../ChecklistStore';
import type { ProjectCache } from './projectCache';

/**
 * Before anything is sent: text rules, and, once the project's model is settled (its cache loaded, or no per-project
 * models), unknown keys. A key unknown to the built-in model may be in the project's version: that waits for the load.
 */
export function refuseEarly(model: PhaseModel, intent: Intent, modelSettled: boolean): void {
  const problem = checkIntent(model, intent);
  if (!problem || (!modelSettled && (problem.kind === 'unknownItem' || problem.kind === 'unknownPhase'))) return;
  throw new StoreError('invalidInput', `Intent ${intent.kind} refused: ${problem.kind}`);
}

/** Throws `invalidInput` for an intent the project's model, rules or registry refuse. */
export function checkAllowed(projectModel: ProjectModel, cache: ProjectCache, intent: Intent): void {
  const { model, missing } = projectModel;
  const problem = checkIntent(model, intent);
  if (problem) throw new StoreError('invalidInput', `Intent ${intent.kind} refused: ${problem.kind}`);
  // Shown on a newer model than the one it records (that one could not be read): an item key may be one the
  // recorded version lacks, so only the project's own fields (its upgrade among them) are written until it moves.
  if (missing && 'itemKey' in intent && compareVersions(model.version, missing.version) > 0) {
    throw new StoreError('invalidInput', `Intent ${intent.kind} refused: the project follows model version ${missing.version}, which could not be read`);
  }
  // A confirmation is for a side the person may confirm for: the one they registered (when they have).
  if (intent.kind === 'confirm') {
    const registered = cache.participants.get(intent.actor.id)?.side;
    if (registered && registered !== intent.side) throw new StoreError('invalidInput', `Confirm refused: registered for ${registered}, not ${intent.side}`);
  }
  // Notices are a person's own choice: nobody turns them off for someone else (the actor is the token's person).
  if (intent.kind === 'setNotifications' && intent.personId !== intent.actor.id) {
    throw new StoreError('invalidInput', 'Notification setting refused: only for oneself');
  }
  // Moving on past unmet requirements needs a written reason (judged on the state as it is now, not as it was
  // when the user decided): the screen asks for it, and a queued intent cannot slip past it.
  if (intent.kind === 'changePhase') {
    const check = checkPhaseChange(model, cache.state, intent.to, intent.reason);
    if (!check.allowed && check.why !== 'samePhase') throw new StoreError('invalidInput', `Phase change refused: ${check.why}`);
  }
}
