// A plausible project's evidence for synthetic Portfolio rows (the reader's scale tests, the benchmark, Innsikt at
// 5,000 projects): passed phases mostly met, some requirements not relevant with one of a few reasons, dual
// confirmations where one side tends to confirm first, the current phase half done, a phase history up to now.
// Deterministic per project index.
import type { PhaseModel } from '../../src/model/types';
import type { ItemEvidence, ProjectEvidence } from '../../src/domain/evidence/types';
import { encodeEvidence } from '../../src/store/portfolio/evidenceJson';
import { seededRandom } from './seededRandom';

const REASONS = ['Dekket av et annet prosjekt i kommunen', 'Ikke aktuelt for denne pasientgruppen', 'Avklart i SSU at kravet ikke gjelder', 'Kommunen har egen ordning for dette'];
const DAY = 86_400_000;

export function syntheticEvidence(index: number, model: PhaseModel, currentOrder: number, phaseEntered: Date): ProjectEvidence {
  const rng = seededRandom(7919 * index + 17);
  const phases = [...model.phases].sort((a, b) => a.order - b.order);
  const people = [0, 1, 2, 3].map((n) => ({ id: `00000000-0000-4000-9000-${String(index * 4 + n).padStart(12, '0')}`, name: `Deltaker ${index}-${n + 1}` }));
  const items: Record<string, ItemEvidence> = {};
  // Phase history: back from the current phase's entry, 20–120 days per earlier phase.
  const entered: number[] = [];
  let at = phaseEntered.getTime();
  for (let order = currentOrder; order >= 0; order -= 1) {
    entered[order] = at;
    at -= Math.floor(20 + rng() * 100) * DAY;
  }
  for (const phase of phases.filter((p) => p.order <= currentOrder)) {
    const start = entered[phase.order] ?? phaseEntered.getTime();
    const share = phase.order < currentOrder ? 0.85 : 0.45;
    for (const def of phase.checklist) {
      const roll = rng();
      if (roll < 0.07) {
        items[def.key] = { status: 'notRelevant', notRelevantReason: REASONS[Math.floor(rng() * REASONS.length)] as string, confirmations: {} };
        continue;
      }
      if (roll > share + 0.07) continue;
      const first = start + Math.floor(rng() * 15 * DAY);
      if (!def.requiresBothSides) {
        items[def.key] = { status: 'done', confirmations: {} };
        continue;
      }
      // Kommune first two times out of three; the other side follows after 0–20 days, or not yet.
      const kommuneFirst = rng() < 0.66;
      const later = rng() < 0.85 ? first + Math.floor(rng() * 20 * DAY) : undefined;
      const [k, h] = kommuneFirst ? [first, later] : [later, first];
      items[def.key] = {
        status: later === undefined ? 'open' : 'done',
        confirmations: {
          ...(k !== undefined ? { kommune: { at: new Date(Math.floor(k / 60_000) * 60_000).toISOString(), by: people[0]! } } : {}),
          ...(h !== undefined ? { sykehus: { at: new Date(Math.floor(h / 60_000) * 60_000).toISOString(), by: people[2]! } } : {}),
        },
      };
    }
  }
  return {
    items,
    phaseHistory: phases.filter((p) => p.order <= currentOrder).map((p) => ({ phase: p.key, at: new Date(Math.floor((entered[p.order] ?? 0) / 60_000) * 60_000).toISOString() })),
    participants: { kommune: [people[0]!, people[1]!], sykehus: [people[2]!, people[3]!] },
    waitingLimitDays: 14,
    link: {},
  };
}

export const syntheticEvidenceJson = (index: number, model: PhaseModel, currentOrder: number, phaseEntered: Date): string => encodeEvidence(syntheticEvidence(index, model, currentOrder, phaseEntered));
