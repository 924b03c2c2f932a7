// The entries a history shows: one per action. A move past unmet requirements was once stored as two rows (a
// gateOverride with the reason and a phaseChange, one intent id); the gateOverride says all, so the other goes.
// A row read twice (the same intent and kind) is shown once.
import type { ProjectEvent } from '../../../domain/types';

export function historyEntries(events: readonly ProjectEvent[]): ProjectEvent[] {
  const overridden = new Set(events.filter((event) => event.kind === 'gateOverride').map((event) => event.intentId));
  const seen = new Set<string>();
  return events.filter((event) => {
    if (event.kind === 'phaseChange' && overridden.has(event.intentId)) return false;
    const key = `${event.intentId}|${event.kind}|${event.itemKey ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
