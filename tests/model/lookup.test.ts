import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { findItem, findPhase, nextPhase, phaseIndex, phaseOf, phasesInOrder, previousPhase } from '../../src/model/lookup';

describe('model lookup', () => {
  it('finds the phase of an item, and nothing for an unknown key', () => {
    expect(phaseOf(DEFAULT_MODEL, 'definere.gevinstkart')).toBe('definere');
    expect(phaseOf(DEFAULT_MODEL, 'laer-og-del.erfaringsnotat')).toBe('laer-og-del');
    expect(phaseOf(DEFAULT_MODEL, 'definere.finnes-ikke')).toBeUndefined();
  });

  it('finds items and phases by key', () => {
    expect(findItem(DEFAULT_MODEL, 'utvikle.tjenesteblakopi')?.requiresBothSides).toBe(true);
    expect(findItem(DEFAULT_MODEL, 'utvikle')).toBeUndefined();
    expect(findPhase(DEFAULT_MODEL, 'levere')?.order).toBe(4);
    expect(findPhase(DEFAULT_MODEL, 'levere.pdsa-sykluser')).toBeUndefined();
  });

  it('steps forward and back, stopping at the ends', () => {
    expect(nextPhase(DEFAULT_MODEL, 'forankring')?.key).toBe('utforske');
    expect(nextPhase(DEFAULT_MODEL, 'laer-og-del')).toBeUndefined();
    expect(previousPhase(DEFAULT_MODEL, 'utforske')?.key).toBe('forankring');
    expect(previousPhase(DEFAULT_MODEL, 'forankring')).toBeUndefined();
    expect(nextPhase(DEFAULT_MODEL, 'ukjent')).toBeUndefined();
    expect(phaseIndex(DEFAULT_MODEL, 'definere')).toBe(2);
    expect(phaseIndex(DEFAULT_MODEL, 'ukjent')).toBe(-1);
  });

  it('uses order, not array position', () => {
    const shuffled = { ...DEFAULT_MODEL, phases: [...DEFAULT_MODEL.phases].reverse() };
    expect(nextPhase(shuffled, 'utforske')?.key).toBe('definere');
    expect(phasesInOrder(shuffled).map((phase) => phase.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
