// The one rule for "Venter på bekreftelse fra den andre parten" (issue 18): which item waits for which side, counted
// over every phase, and the same figure in the checklist's phase count, the project's summary and the Portfolio row.
import { describe, expect, it } from 'vitest';
import { awaitedSides, itemsAwaitingOtherSide } from '../../src/domain/awaiting';
import { phaseProgress } from '../../src/domain/progress';
import { summarizeProject } from '../../src/domain/summary';
import { retireRequirement } from '../../src/model/editModel';
import { findItem, findPhase } from '../../src/model/lookup';
import type { ChecklistItemDef } from '../../src/model/types';
import { applyAll, completePhase, emptyState, model } from '../../testkit/domainFixtures';

const begge = findItem(model, 'forankring.mandat-godkjent') as ChecklistItemDef;
const single = findItem(model, 'forankring.interessentanalyse') as ChecklistItemDef;

describe('awaitedSides', () => {
  const after = (...bodies: Parameters<typeof applyAll>[1]) => applyAll(emptyState(), bodies).items[begge.key];

  it('names the side that has not confirmed a begge item the other side confirmed', () => {
    expect(awaitedSides(begge, after({ kind: 'confirm', itemKey: begge.key, side: 'kommune' }))).toEqual(['sykehus']);
    expect(awaitedSides(begge, after({ kind: 'confirm', itemKey: begge.key, side: 'sykehus' }))).toEqual(['kommune']);
  });

  it('names both sides for a ticked begge item nobody has confirmed, and none once both have', () => {
    expect(awaitedSides(begge, after({ kind: 'setStatus', itemKey: begge.key, status: 'done' }))).toEqual(['kommune', 'sykehus']);
    expect(awaitedSides(begge, after({ kind: 'confirm', itemKey: begge.key, side: 'kommune' }, { kind: 'confirm', itemKey: begge.key, side: 'sykehus' }))).toEqual([]);
  });

  it('never waits for an untouched item, a one-side item or a not relevant one', () => {
    expect(awaitedSides(begge, undefined)).toEqual([]);
    // Touched and taken back: a confirmation withdrawn, a tick undone. Open again, not waiting.
    expect(awaitedSides(begge, after({ kind: 'confirm', itemKey: begge.key, side: 'kommune' }, { kind: 'unconfirm', itemKey: begge.key, side: 'kommune' }))).toEqual([]);
    expect(awaitedSides(begge, after({ kind: 'setStatus', itemKey: begge.key, status: 'done' }, { kind: 'setStatus', itemKey: begge.key, status: 'open' }))).toEqual([]);
    expect(awaitedSides(single, applyAll(emptyState(), [{ kind: 'setStatus', itemKey: single.key, status: 'done' }]).items[single.key])).toEqual([]);
    const notRelevant = after({ kind: 'confirm', itemKey: begge.key, side: 'kommune' }, { kind: 'setStatus', itemKey: begge.key, status: 'notRelevant', reason: 'Gjelder ikke' });
    expect(awaitedSides(begge, notRelevant)).toEqual([]);
  });
});

describe('itemsAwaitingOtherSide', () => {
  // Forankring left with one begge item confirmed by kommune only; one more waiting in the current phase.
  const state = applyAll(completePhase(emptyState('utforske'), 'forankring'), [
    { kind: 'unconfirm', itemKey: 'forankring.ressurser-avsatt', side: 'sykehus' },
    { kind: 'confirm', itemKey: 'utforske.forlop-kartlagt', side: 'sykehus' },
  ]);

  it('lists every phase’s waiting items with the side they wait for, in model order', () => {
    expect(itemsAwaitingOtherSide(model, state)).toEqual([
      { itemKey: 'forankring.ressurser-avsatt', phaseKey: 'forankring', awaiting: ['sykehus'] },
      { itemKey: 'utforske.forlop-kartlagt', phaseKey: 'utforske', awaiting: ['kommune'] },
    ]);
  });

  it('is the project summary’s figure (the Portfolio row’s), and each phase’s checklist count is its share', () => {
    expect(summarizeProject(model, state, []).openDualConfirmations).toBe(2);
    const perPhase = model.phases.map((phase) => phaseProgress(phase, state).awaitingOtherSide);
    expect(perPhase.reduce((a, b) => a + b, 0)).toBe(2);
    expect(phaseProgress(findPhase(model, 'forankring')!, state).awaitingOtherSide).toBe(1);
  });

  it('leaves out a retired requirement', () => {
    expect(itemsAwaitingOtherSide(retireRequirement(model, 'forankring.ressurser-avsatt'), state).map((i) => i.itemKey)).toEqual(['utforske.forlop-kartlagt']);
  });
});
