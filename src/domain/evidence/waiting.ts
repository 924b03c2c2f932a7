// Waits read from a Portfolio row's evidence, by the one rule for "waiting for a side" (`awaitedSides` in
// ../awaiting.ts, which the project's own figures and the Portfolio's OpenDualConfirmations use too), so Innsikt's
// confirmation balance and "Venter på meg" count the same items as the project and Oversikt.
import { SIDES } from '../../model/types';
import type { ItemKey, PhaseKey, PhaseModel, Side } from '../../model/types';
import { activeChecklist, phasesInOrder } from '../../model/lookup';
import { awaitedSides } from '../awaiting';
import type { ItemState, Person } from '../types';
import type { ItemEvidence, ProjectEvidence } from './types';

export interface WaitingItem {
  itemKey: ItemKey;
  phaseKey: PhaseKey;
  /** The side whose confirmation is missing. */
  waitingFor: Side;
  /** When the other side confirmed: the wait's start. Undefined when no side has confirmed (only the status was ticked). */
  since?: string;
  /** Who confirmed for the other side, when known. */
  confirmedBy?: Person;
}

/** The evidence of one requirement as the item state the progress rules read. */
export function itemStateOf(itemKey: ItemKey, phaseKey: PhaseKey, evidence: ItemEvidence | undefined): ItemState | undefined {
  if (!evidence) return undefined;
  const confirmations: ItemState['confirmations'] = {};
  for (const side of SIDES) {
    const confirmation = evidence.confirmations[side];
    if (confirmation) confirmations[side] = { at: confirmation.at, by: confirmation.by ?? { id: '', name: '' } };
  }
  return { itemKey, phaseKey, status: evidence.status, confirmations, comment: '' };
}

/** Every wait in one project, in model order: one entry per side waited for (two when no side has confirmed). */
export function waitingItems(model: PhaseModel, evidence: ProjectEvidence): WaitingItem[] {
  const waits: WaitingItem[] = [];
  for (const phase of phasesInOrder(model)) {
    for (const def of activeChecklist(phase)) {
      const item = evidence.items[def.key];
      const confirmed = SIDES.filter((side) => item?.confirmations[side] !== undefined);
      for (const side of awaitedSides(def, itemStateOf(def.key, phase.key, item))) {
        const other = confirmed[0] === undefined ? undefined : item?.confirmations[confirmed[0]];
        waits.push({ itemKey: def.key, phaseKey: phase.key, waitingFor: side, ...(other ? { since: other.at, ...(other.by ? { confirmedBy: other.by } : {}) } : {}) });
      }
    }
  }
  return waits;
}

/** The items in one project waiting for `side`'s confirmation. */
export function itemsWaitingFor(model: PhaseModel, evidence: ProjectEvidence, side: Side): WaitingItem[] {
  return waitingItems(model, evidence).filter((wait) => wait.waitingFor === side);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days a wait has lasted at `now`; undefined when its start is unknown. */
export function daysWaiting(wait: WaitingItem, now: Date): number | undefined {
  const since = wait.since ? Date.parse(wait.since) : Number.NaN;
  return Number.isNaN(since) ? undefined : Math.max(0, Math.floor((now.getTime() - since) / DAY_MS));
}

/** A wait longer than the project's limit (`waitingLimitDays`) is overdue. */
export function isOverdue(wait: WaitingItem, limitDays: number, now: Date): boolean {
  const days = daysWaiting(wait, now);
  return days !== undefined && days > limitDays;
}
