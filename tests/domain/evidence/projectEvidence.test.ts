// A project's evidence (what its Portfolio row carries for Innsikt and "Venter på meg") and the one waiting rule read
// from it: the same items the Portfolio's OpenDualConfirmations counts, whatever the state.
import { describe, expect, it } from 'vitest';
import { projectEvidence } from '../../../src/domain/evidence/projectEvidence';
import { dualConfirmations } from '../../../src/domain/evidence/dualConfirmations';
import { daysWaiting, isOverdue, itemsWaitingFor, waitingItems } from '../../../src/domain/evidence/waiting';
import { summarizeProject } from '../../../src/domain/summary';
import type { IntentBody, Participant } from '../../../src/domain/types';
import { applyAll, emptyState, ingrid, kari, model } from '../../../testkit/domainFixtures';
import { seededRandom } from '../../../testkit/resilience';

const BEGGE = model.phases.flatMap((p) => p.checklist).filter((d) => d.requiresBothSides).map((d) => d.key);
const ONE_SIDE = model.phases.flatMap((p) => p.checklist).filter((d) => !d.requiresBothSides).map((d) => d.key);
const [B1, B2, B3] = BEGGE as [string, string, string];
const [S1] = ONE_SIDE as [string];

const participants: Participant[] = [
  { projectKey: 'p', person: { id: 'ingrid', name: 'Ingrid Lien' }, organisation: 'SI', side: 'sykehus' },
  { projectKey: 'p', person: { id: 'kari', name: 'Kari Nordmann', email: 'kari@x.no' }, organisation: 'Gjøvik', side: 'kommune' },
];

describe('projectEvidence', () => {
  it('keeps touched requirements that say something (status, reason, each side’s confirmation), participants per side, the limit and the link', () => {
    const state = applyAll(emptyState(), [
      { kind: 'confirm', itemKey: B1, side: 'kommune' },
      { kind: 'setStatus', itemKey: S1, status: 'notRelevant', reason: 'Gjelder ikke små kommuner' },
      { kind: 'setComment', itemKey: B2, comment: 'Bare en kommentar' },
    ]);
    const evidence = projectEvidence({ ...state, project: { ...state.project, teamGroupId: 'g1', channelId: '19:c' } }, { participants, phaseHistory: [] });
    expect(Object.keys(evidence.items).sort()).toEqual([B1, S1].sort());
    expect(evidence.items[B1]).toEqual({ status: 'open', confirmations: { kommune: { at: state.items[B1]?.confirmations.kommune?.at, by: { id: kari.id, name: kari.name } } } });
    expect(evidence.items[S1]).toEqual({ status: 'notRelevant', notRelevantReason: 'Gjelder ikke små kommuner', confirmations: {} });
    expect(evidence.participants).toEqual({ kommune: [{ id: 'kari', name: 'Kari Nordmann' }], sykehus: [{ id: 'ingrid', name: 'Ingrid Lien' }] });
    // No e-mail, no comment: only what the issue allows the row to carry.
    expect(JSON.stringify(evidence)).not.toContain('kari@x.no');
    expect(JSON.stringify(evidence)).not.toContain('Bare en kommentar');
    expect(evidence.waitingLimitDays).toBe(14);
    expect(evidence.link).toEqual({ teamGroupId: 'g1', channelId: '19:c' });
    // A project older than the phase history knows when it entered its current phase.
    expect(evidence.phaseHistory).toEqual([{ phase: 'forankring', at: '2025-01-01T08:00:00.000Z' }]);
    expect(projectEvidence({ ...state, project: { ...state.project, waitingLimitDays: 30 } }, { participants: [], phaseHistory: [] }).waitingLimitDays).toBe(30);
  });
});

describe('the waiting rule', () => {
  it('a side confirmed: the other side waits since then; only the status ticked: both sides wait, since unknown', () => {
    const state = applyAll(emptyState(), [
      { kind: 'confirm', itemKey: B1, side: 'kommune' },
      { kind: 'setStatus', itemKey: B2, status: 'done' },
      { kind: 'confirm', itemKey: B3, side: 'kommune' },
      { kind: 'confirm', itemKey: B3, side: 'sykehus' },
    ]);
    const evidence = projectEvidence(state, { participants, phaseHistory: [] });
    const kommuneAt = state.items[B1]?.confirmations.kommune?.at;
    expect(itemsWaitingFor(model, evidence, 'sykehus')).toEqual([
      { itemKey: B1, phaseKey: 'forankring', waitingFor: 'sykehus', since: kommuneAt, confirmedBy: { id: kari.id, name: kari.name } },
      { itemKey: B2, phaseKey: 'forankring', waitingFor: 'sykehus' },
    ].sort((a, b) => BEGGE.indexOf(a.itemKey) - BEGGE.indexOf(b.itemKey)));
    expect(itemsWaitingFor(model, evidence, 'kommune').map((w) => w.itemKey)).toEqual([B2]);
    const [wait] = itemsWaitingFor(model, evidence, 'sykehus').filter((w) => w.itemKey === B1);
    const now = new Date(Date.parse(kommuneAt ?? '') + 15 * 86_400_000 + 1);
    expect(wait && daysWaiting(wait, now)).toBe(15);
    expect(wait && isOverdue(wait, 14, now)).toBe(true);
    expect(wait && isOverdue(wait, 15, now)).toBe(false);
  });

  it('counts exactly the items the Portfolio’s OpenDualConfirmations counts, over many random states', () => {
    const rng = seededRandom(2026);
    const keys = model.phases.flatMap((p) => p.checklist.map((d) => d.key));
    for (let round = 0; round < 200; round += 1) {
      const bodies: IntentBody[] = Array.from({ length: 12 }, () => {
        const itemKey = keys[Math.floor(rng() * keys.length)] as string;
        const roll = rng();
        if (roll < 0.35) return { kind: 'confirm', itemKey, side: rng() < 0.5 ? 'kommune' : 'sykehus' };
        if (roll < 0.5) return { kind: 'unconfirm', itemKey, side: rng() < 0.5 ? 'kommune' : 'sykehus' };
        if (roll < 0.8) return { kind: 'setStatus', itemKey, status: 'done' };
        if (roll < 0.9) return { kind: 'setStatus', itemKey, status: 'notRelevant', reason: 'Nei' };
        return { kind: 'setStatus', itemKey, status: 'open' };
      });
      const state = applyAll(emptyState(), bodies);
      const distinct = new Set(waitingItems(model, projectEvidence(state, { participants, phaseHistory: [] })).map((w) => w.itemKey));
      expect(distinct.size).toBe(summarizeProject(model, state, []).openDualConfirmations);
    }
  });
});

describe('dualConfirmations', () => {
  it('says who confirmed first, who was waited on and for how long; open waits run to now', () => {
    const state = applyAll(emptyState(), [
      { kind: 'confirm', itemKey: B1, side: 'sykehus' },
      { kind: 'confirm', itemKey: B1, side: 'kommune' },
      { kind: 'confirm', itemKey: B2, side: 'kommune' },
    ]);
    const evidence = projectEvidence(state, { participants, phaseHistory: [] });
    const now = new Date('2025-03-01T08:00:00.000Z');
    const records = dualConfirmations(model, evidence, now).filter((r) => r.itemKey === B1 || r.itemKey === B2);
    const sykehusAt = Date.parse(state.items[B1]?.confirmations.sykehus?.at ?? '');
    const kommuneAt = Date.parse(state.items[B1]?.confirmations.kommune?.at ?? '');
    expect(records).toEqual([
      { itemKey: B1, phaseKey: 'forankring', open: false, firstSide: 'sykehus', waitedOn: 'kommune', waitedMs: kommuneAt - sykehusAt },
      { itemKey: B2, phaseKey: 'forankring', open: true, firstSide: 'kommune', waitedOn: 'sykehus', waitedMs: now.getTime() - Date.parse(state.items[B2]?.confirmations.kommune?.at ?? '') },
    ]);
    // Ingrid is not in the evidence twice, nor does it matter who: only sides are counted.
    expect(ingrid.side).toBe('sykehus');
  });
});
