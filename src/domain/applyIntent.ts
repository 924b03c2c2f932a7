// Applying an intent to a state is the one rule shared by the optimistic screen, the 412 retry (re-read,
// re-apply) and the replay of the Events list: a pure function, so all three agree.
import type { Intent, ItemState, ProjectState } from './types';
import type { ItemKey, PhaseKey } from '../model/types';

/** The state of an item, or the open state it has when no row exists. */
export function itemOrOpen(state: ProjectState, itemKey: ItemKey, phaseKey: PhaseKey): ItemState {
  return state.items[itemKey] ?? { itemKey, phaseKey, status: 'open', confirmations: {}, comment: '' };
}

/**
 * Returns a new state with the intent applied; the input is never changed. `phaseOf` tells which phase an item
 * belongs to (from the model), for items that have no row yet.
 */
export function applyIntent(state: ProjectState, intent: Intent, phaseOf: (itemKey: ItemKey) => PhaseKey | undefined): ProjectState {
  const touch = (itemKey: ItemKey, change: (item: ItemState) => ItemState): ProjectState => {
    const before = itemOrOpen(state, itemKey, phaseOf(itemKey) ?? state.items[itemKey]?.phaseKey ?? '');
    const after = { ...change(before), updatedAt: intent.at, updatedBy: { id: intent.actor.id, name: intent.actor.name } };
    return { ...state, items: { ...state.items, [itemKey]: after } };
  };
  const actor = { id: intent.actor.id, name: intent.actor.name, ...(intent.actor.email ? { email: intent.actor.email } : {}) };

  switch (intent.kind) {
    case 'setStatus':
      return touch(intent.itemKey, (item) => {
        const { notRelevantReason: _previous, ...rest } = item;
        return intent.status === 'notRelevant' ? { ...rest, status: intent.status, notRelevantReason: intent.reason ?? '' } : { ...rest, status: intent.status };
      });
    case 'confirm':
      return touch(intent.itemKey, (item) => ({
        ...item,
        confirmations: { ...item.confirmations, [intent.side]: { by: actor, at: intent.at } },
      }));
    case 'unconfirm':
      return touch(intent.itemKey, (item) => {
        const confirmations = { ...item.confirmations };
        delete confirmations[intent.side];
        return { ...item, confirmations };
      });
    case 'setComment':
      return touch(intent.itemKey, (item) => ({ ...item, comment: intent.comment }));
    case 'changePhase':
      return {
        ...state,
        project: { ...state.project, currentPhase: intent.to, phaseEnteredAt: intent.undoes?.phaseEnteredAt || intent.at, updatedAt: intent.at },
      };
    case 'updateProject':
      return { ...state, project: { ...state.project, ...intent.changes, updatedAt: intent.at } };
    case 'setNotifications': {
      // A preference, not work on the project: it leaves updatedAt (the project's last activity) alone.
      const off = (state.project.notificationsOff ?? []).filter((id) => id !== intent.personId);
      return { ...state, project: { ...state.project, notificationsOff: intent.enabled ? off : [...off, intent.personId] } };
    }
  }
}
