// How each dual confirmation of a project went: which side confirmed first, which side was waited on, and for how
// long (to the second confirmation, or to now while the wait goes on). What Innsikt's likeverdighet view adds up.
import { SIDES } from '../../model/types';
import type { ItemKey, PhaseKey, PhaseModel, Side } from '../../model/types';
import { activeChecklist, phasesInOrder } from '../../model/lookup';
import type { ProjectEvidence } from './types';
import { waitingItems } from './waiting';

export interface DualConfirmationRecord {
  itemKey: ItemKey;
  phaseKey: PhaseKey;
  /** Still waiting (the waiting rule of waiting.ts), or both sides have confirmed. */
  open: boolean;
  /** The side that confirmed first; undefined when both confirmed in the same minute, or neither has. */
  firstSide?: Side;
  /** The side that was (or is) waited for; undefined when no side has confirmed yet, or both at once. */
  waitedOn?: Side;
  /** From the first confirmation to the second, or to `now`; undefined when the wait's start is unknown. */
  waitedMs?: number;
}

const other = (side: Side): Side => (side === 'kommune' ? 'sykehus' : 'kommune');

export function dualConfirmations(model: PhaseModel, evidence: ProjectEvidence, now: Date): DualConfirmationRecord[] {
  const records: DualConfirmationRecord[] = [];
  const open = new Map<ItemKey, ReturnType<typeof waitingItems>>();
  for (const wait of waitingItems(model, evidence)) open.set(wait.itemKey, [...(open.get(wait.itemKey) ?? []), wait]);
  for (const phase of phasesInOrder(model)) {
    for (const def of activeChecklist(phase)) {
      if (!def.requiresBothSides) continue;
      const base = { itemKey: def.key, phaseKey: phase.key };
      const waits = open.get(def.key);
      if (waits) {
        const wait = waits.length === 1 ? waits[0] : undefined;
        const since = wait?.since ? Date.parse(wait.since) : Number.NaN;
        records.push({ ...base, open: true, ...(wait ? { waitedOn: wait.waitingFor, firstSide: other(wait.waitingFor) } : {}), ...(Number.isNaN(since) ? {} : { waitedMs: Math.max(0, now.getTime() - since) }) });
        continue;
      }
      const item = evidence.items[def.key];
      const [kommune, sykehus] = SIDES.map((side) => (item?.confirmations[side] ? Date.parse(item.confirmations[side].at) : Number.NaN));
      if (item?.status === 'notRelevant' || kommune === undefined || sykehus === undefined || Number.isNaN(kommune) || Number.isNaN(sykehus)) continue;
      const first: Side | undefined = kommune < sykehus ? 'kommune' : sykehus < kommune ? 'sykehus' : undefined;
      records.push({ ...base, open: false, waitedMs: Math.abs(sykehus - kommune), ...(first ? { firstSide: first, waitedOn: other(first) } : {}) });
    }
  }
  return records;
}
