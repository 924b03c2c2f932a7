// Undo: the intent that takes a project back to where it was before an intent. Undo is itself an intent, so it is
// queued, synced and logged like any other change.
import type { IntentBody, ProjectState } from './types';
import { itemOrOpen } from './applyIntent';

type ProjectChanges = Extract<IntentBody, { kind: 'updateProject' }>['changes'];

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The intent that undoes `intent` on `before` (the state it was applied to), or undefined when it changed nothing that
 * can be undone. Limits: confirming an item someone had already confirmed for that side only replaced who and when,
 * so it has no inverse; undoing an unconfirm confirms again in the name of whoever undoes it.
 */
export function inverseOf(before: ProjectState, intent: IntentBody): IntentBody | undefined {
  switch (intent.kind) {
    case 'setStatus': {
      const item = itemOrOpen(before, intent.itemKey, '');
      const sameReason = intent.status !== 'notRelevant' || (item.notRelevantReason ?? '') === (intent.reason ?? '');
      if (item.status === intent.status && sameReason) return undefined;
      return item.status === 'notRelevant'
        ? { kind: 'setStatus', itemKey: intent.itemKey, status: 'notRelevant', reason: item.notRelevantReason ?? '' }
        : { kind: 'setStatus', itemKey: intent.itemKey, status: item.status };
    }
    case 'confirm':
      return before.items[intent.itemKey]?.confirmations[intent.side] ? undefined : { kind: 'unconfirm', itemKey: intent.itemKey, side: intent.side };
    case 'unconfirm':
      return before.items[intent.itemKey]?.confirmations[intent.side] ? { kind: 'confirm', itemKey: intent.itemKey, side: intent.side } : undefined;
    case 'setComment': {
      const comment = before.items[intent.itemKey]?.comment ?? '';
      return comment === intent.comment ? undefined : { kind: 'setComment', itemKey: intent.itemKey, comment };
    }
    case 'changePhase':
      // Back to the phase as it was: entered when it was entered, and the move's gate override (if any) gone.
      if (before.project.currentPhase === intent.to) return undefined;
      return { kind: 'changePhase', to: before.project.currentPhase, undoes: { from: before.project.currentPhase, to: intent.to, phaseEnteredAt: before.project.phaseEnteredAt } };
    case 'updateProject': {
      const previous: Record<string, unknown> = {};
      for (const key of Object.keys(intent.changes) as (keyof ProjectChanges)[]) {
        if (intent.changes[key] !== undefined && !sameValue(intent.changes[key], before.project[key])) previous[key] = before.project[key];
      }
      return Object.keys(previous).length === 0 ? undefined : { kind: 'updateProject', changes: previous as ProjectChanges };
    }
    case 'setNotifications': {
      const was = !(before.project.notificationsOff ?? []).includes(intent.personId);
      return was === intent.enabled ? undefined : { kind: 'setNotifications', personId: intent.personId, enabled: was };
    }
  }
}
