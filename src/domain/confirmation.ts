// Dual confirmation: who has confirmed an item, and for which side.
import { SIDES } from '../model/types';
import type { Side } from '../model/types';
import type { ItemState } from './types';

/** The sides that have confirmed the item, in SIDES order (kommune, sykehus). */
export function confirmedSides(item: ItemState | undefined): Side[] {
  return item ? SIDES.filter((side) => item.confirmations[side] !== undefined) : [];
}

export function bothSidesConfirmed(item: ItemState | undefined): boolean {
  return confirmedSides(item).length === SIDES.length;
}

/** The side still to confirm when exactly one side has, else undefined. */
export function sideAwaited(item: ItemState | undefined): Side | undefined {
  const confirmed = confirmedSides(item);
  return confirmed.length === 1 ? SIDES.find((side) => !confirmed.includes(side)) : undefined;
}
