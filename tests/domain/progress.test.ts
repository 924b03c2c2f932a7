import { describe, expect, it } from 'vitest';
import { itemCompletion, phaseProgress, projectProgress } from '../../src/domain/progress';
import { confirmedSides, sideAwaited } from '../../src/domain/confirmation';
import { findItem, findPhase } from '../../src/model/lookup';
import type { ChecklistItemDef } from '../../src/model/types';
import { applyAll, completePhase, emptyState, model } from '../../testkit/domainFixtures';

const begge = findItem(model, 'forankring.mandat-godkjent') as ChecklistItemDef;
const single = findItem(model, 'forankring.interessentanalyse') as ChecklistItemDef;

function itemAfter(...bodies: Parameters<typeof applyAll>[1]) {
  return applyAll(emptyState(), bodies).items;
}

describe('itemCompletion', () => {
  it('is open for an item without a row', () => {
    expect(itemCompletion(begge, undefined)).toBe('open');
    expect(itemCompletion(single, undefined)).toBe('open');
  });

  it('counts a one-side item done by its status alone', () => {
    expect(itemCompletion(single, itemAfter({ kind: 'setStatus', itemKey: single.key, status: 'done' })[single.key])).toBe('done');
    expect(itemCompletion(single, itemAfter({ kind: 'confirm', itemKey: single.key, side: 'kommune' })[single.key])).toBe('open');
  });

  it('keeps a begge item awaiting the other side after a tick or one confirmation', () => {
    const ticked = itemAfter({ kind: 'setStatus', itemKey: begge.key, status: 'done' })[begge.key];
    expect(itemCompletion(begge, ticked)).toBe('awaitingOtherSide');
    const oneSide = itemAfter({ kind: 'confirm', itemKey: begge.key, side: 'sykehus' })[begge.key];
    expect(itemCompletion(begge, oneSide)).toBe('awaitingOtherSide');
    expect(confirmedSides(oneSide)).toEqual(['sykehus']);
    expect(sideAwaited(oneSide)).toBe('kommune');
    const tickedAndOneSide = itemAfter({ kind: 'setStatus', itemKey: begge.key, status: 'done' }, { kind: 'confirm', itemKey: begge.key, side: 'kommune' })[begge.key];
    expect(itemCompletion(begge, tickedAndOneSide)).toBe('awaitingOtherSide');
  });

  it('counts a begge item done when both sides have confirmed, even with the status still open', () => {
    const both = itemAfter({ kind: 'confirm', itemKey: begge.key, side: 'kommune' }, { kind: 'confirm', itemKey: begge.key, side: 'sykehus' })[begge.key];
    expect(both?.status).toBe('open');
    expect(itemCompletion(begge, both)).toBe('done');
    expect(sideAwaited(both)).toBeUndefined();
  });

  it('goes back to awaiting when one side withdraws its confirmation', () => {
    const withdrawn = itemAfter(
      { kind: 'confirm', itemKey: begge.key, side: 'kommune' },
      { kind: 'confirm', itemKey: begge.key, side: 'sykehus' },
      { kind: 'unconfirm', itemKey: begge.key, side: 'kommune' },
    )[begge.key];
    expect(itemCompletion(begge, withdrawn)).toBe('awaitingOtherSide');
  });

  it('is notRelevant for a not-relevant item, whatever its confirmations', () => {
    const item = itemAfter({ kind: 'confirm', itemKey: begge.key, side: 'kommune' }, { kind: 'setStatus', itemKey: begge.key, status: 'notRelevant', reason: 'Dekket av avtalen' })[begge.key];
    expect(itemCompletion(begge, item)).toBe('notRelevant');
  });
});

describe('phaseProgress', () => {
  it('counts each completion and the ratio of done plus not relevant', () => {
    const state = applyAll(emptyState(), [
      { kind: 'confirm', itemKey: 'forankring.mandat-godkjent', side: 'kommune' },
      { kind: 'confirm', itemKey: 'forankring.mandat-godkjent', side: 'sykehus' },
      { kind: 'confirm', itemKey: 'forankring.utfordring-beskrevet', side: 'kommune' },
      { kind: 'setStatus', itemKey: 'forankring.interessentanalyse', status: 'done' },
      { kind: 'setStatus', itemKey: 'forankring.brukerrepresentant', status: 'notRelevant', reason: 'Ingen pasientkontakt' },
      { kind: 'setStatus', itemKey: 'utforske.andre-tiltak', status: 'done' },
    ]);
    const progress = phaseProgress(findPhase(model, 'forankring')!, state);
    expect(progress).toEqual({ phaseKey: 'forankring', total: 7, met: 3, done: 2, notRelevant: 1, awaitingOtherSide: 1, open: 3, ratio: 3 / 7 });
  });

  it('is 0 for an untouched phase, 1 for a completed one, and 1 for a phase with no items', () => {
    const phase = findPhase(model, 'definere')!;
    expect(phaseProgress(phase, emptyState()).ratio).toBe(0);
    expect(phaseProgress(phase, completePhase(emptyState(), 'definere')).ratio).toBe(1);
    expect(phaseProgress({ ...phase, checklist: [] }, emptyState())).toMatchObject({ total: 0, ratio: 1 });
  });
});

describe('projectProgress', () => {
  it('gives every phase in model order', () => {
    const state = completePhase(emptyState(), 'utforske');
    const progress = projectProgress({ ...model, phases: [...model.phases].reverse() }, state);
    expect(progress.map((phase) => phase.phaseKey)).toEqual(model.phases.map((phase) => phase.key));
    expect(progress.map((phase) => phase.ratio)).toEqual([0, 1, 0, 0, 0, 0]);
  });
});
