// The append-only Events list: the rows each intent adds, and the state they rebuild. Values are language-neutral
// keys (`done`, `phase:utforske`), never labels.
import type { ItemKey, PhaseKey, PhaseModel, Side } from '../model/types';
import { SIDES } from '../model/types';
import type { Intent, IntentBody, ItemStatus, Person, ProjectEvent, ProjectState } from './types';
import { applyIntent, itemOrOpen } from './applyIntent';
import { unmetGatesOnTheWay } from './gate';
import { phaseKeyFromValue, phaseValue } from './keys';
import { isBlank } from './textRules';

type ProjectChanges = Extract<IntentBody, { kind: 'updateProject' }>['changes'];

/**
 * The rows one intent adds, given the state it is applied to. Every intent adds at least one row, even one that
 * changes nothing but the item's updatedAt, so that replaying the rows gives exactly the state applying the intents
 * gives. A move forward past unmet gates adds a `gateOverride` row with the reason, then the `phaseChange` row.
 * Confirm rows carry the side confirmed for in `side`, and in `from` whose confirmation they replaced or removed.
 * A project update stores the changed fields as JSON: `from` the values before, `to` the new ones.
 */
export function eventsForIntent(before: ProjectState, intent: Intent, model: PhaseModel): ProjectEvent[] {
  const actor: Person = { id: intent.actor.id, name: intent.actor.name, ...(intent.actor.email ? { email: intent.actor.email } : {}) };
  const base = { intentId: intent.id, projectKey: intent.projectKey, at: intent.at, actor, ...(intent.actor.side ? { side: intent.actor.side } : {}) };
  const withReason = (reason: string | undefined) => (isBlank(reason) ? {} : { reason });

  switch (intent.kind) {
    case 'setStatus': {
      const item = itemOrOpen(before, intent.itemKey, '');
      return [{ ...base, kind: 'status', itemKey: intent.itemKey, from: item.status, to: intent.status, ...(intent.status === 'notRelevant' && intent.reason !== undefined ? { reason: intent.reason } : {}) }];
    }
    case 'confirm':
    case 'unconfirm': {
      const previous = before.items[intent.itemKey]?.confirmations[intent.side];
      return [{ ...base, side: intent.side, kind: intent.kind, itemKey: intent.itemKey, ...(previous ? { from: previous.by.id } : {}) }];
    }
    case 'setComment':
      return [{ ...base, kind: 'comment', itemKey: intent.itemKey, from: before.items[intent.itemKey]?.comment ?? '', to: intent.comment }];
    case 'changePhase': {
      const move = { from: phaseValue(before.project.currentPhase), to: phaseValue(intent.to) };
      const phaseChange: ProjectEvent = { ...base, kind: 'phaseChange', ...move, ...withReason(intent.reason) };
      if (unmetGatesOnTheWay(model, before, intent.to).length === 0) return [phaseChange];
      return [{ ...base, kind: 'gateOverride', ...move, reason: intent.reason ?? '' }, phaseChange];
    }
    case 'updateProject': {
      const previous: Record<string, unknown> = {};
      for (const key of Object.keys(intent.changes) as (keyof ProjectChanges)[]) previous[key] = before.project[key];
      return [{ ...base, kind: 'projectUpdate', from: JSON.stringify(previous), to: JSON.stringify(intent.changes) }];
    }
    case 'setNotifications': {
      // A project update whose JSON names `notifications`, so a replay tells it from a change of project fields.
      const was = !(before.project.notificationsOff ?? []).includes(intent.personId);
      const notifications = (enabled: boolean) => JSON.stringify({ notifications: { personId: intent.personId, enabled } });
      return [{ ...base, kind: 'projectUpdate', from: notifications(was), to: notifications(intent.enabled) }];
    }
  }
}

const STATUSES: readonly string[] = ['open', 'done', 'notRelevant'] satisfies ItemStatus[];

function isSide(value: string | undefined): value is Side {
  return (SIDES as readonly string[]).includes(value ?? '');
}

/** The intent an Events row records, or undefined for rows that change no state (gate overrides) or cannot be read. */
function intentOfEvent(event: ProjectEvent): IntentBody | undefined {
  const itemKey = event.itemKey ?? '';
  switch (event.kind) {
    case 'status':
      if (!itemKey || !STATUSES.includes(event.to ?? '')) return undefined;
      return { kind: 'setStatus', itemKey, status: event.to as ItemStatus, ...(event.reason !== undefined ? { reason: event.reason } : {}) };
    case 'confirm':
    case 'unconfirm':
      return itemKey && isSide(event.side) ? { kind: event.kind, itemKey, side: event.side } : undefined;
    case 'comment':
      return itemKey ? { kind: 'setComment', itemKey, comment: event.to ?? '' } : undefined;
    case 'phaseChange':
      return event.to ? { kind: 'changePhase', to: phaseKeyFromValue(event.to) } : undefined;
    case 'projectUpdate':
      try {
        const changes: unknown = JSON.parse(event.to ?? '');
        if (!changes || typeof changes !== 'object') return undefined;
        const notifications = (changes as { notifications?: { personId?: unknown; enabled?: unknown } }).notifications;
        if (notifications) {
          const { personId, enabled } = notifications;
          return typeof personId === 'string' && typeof enabled === 'boolean' ? { kind: 'setNotifications', personId, enabled } : undefined;
        }
        return { kind: 'updateProject', changes: changes as ProjectChanges };
      } catch {
        return undefined;
      }
    case 'gateOverride':
      return undefined;
  }
}

/**
 * Rebuilds state by applying the Events rows in the order given (the list's order). A row repeated by a retried
 * write (same intent, kind and item) is applied once.
 */
export function replayEvents(initial: ProjectState, events: readonly ProjectEvent[], phaseOf: (itemKey: ItemKey) => PhaseKey | undefined): ProjectState {
  const seen = new Set<string>();
  let state = initial;
  for (const event of events) {
    const identity = JSON.stringify([event.intentId, event.kind, event.itemKey ?? '']);
    if (seen.has(identity)) continue;
    seen.add(identity);
    const body = intentOfEvent(event);
    if (!body) continue;
    const actor = { ...event.actor, ...(event.side ? { side: event.side } : {}) };
    state = applyIntent(state, { ...body, id: event.intentId, projectKey: event.projectKey, actor, at: event.at } as Intent, phaseOf);
  }
  return state;
}

/**
 * The Events rows as history shows them: one entry per intent and item. A move past unmet requirements writes a
 * `gateOverride` row and a `phaseChange` row; history shows the move once, with the override's reason.
 */
export function historyEntries(events: readonly ProjectEvent[]): ProjectEvent[] {
  const moves = new Map(events.filter((e) => e.kind === 'phaseChange').map((e) => [e.intentId, e]));
  return events.flatMap((event): ProjectEvent[] => {
    if (event.kind === 'gateOverride' && moves.has(event.intentId)) return [];
    const override = event.kind === 'phaseChange' && event.reason === undefined ? events.find((e) => e.kind === 'gateOverride' && e.intentId === event.intentId) : undefined;
    return [override?.reason !== undefined ? { ...event, reason: override.reason } : event];
  });
}
