import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { activeChecklist, entriesHelping, findEntry, findItem, findPhase, nextPhase, phaseIndex, phaseOf, phasesInOrder } from '../../src/model/lookup';

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

describe('toolbox lookups', () => {
  it('finds entries across phases, the ones helping an item, and leaves retired ones out', () => {
    const model = structuredClone(DEFAULT_MODEL);
    const far = model.phases[3]!.toolbox[1]!;
    const retired = model.phases[0]!.toolbox[2]!;
    retired.retired = true;
    const item = model.phases[0]!.checklist[0]!;
    item.helpedBy = [far.key, retired.key, model.phases[0]!.toolbox[0]!.key];
    expect(findEntry(model, far.key)).toBe(far);
    expect(findEntry(model, 'finnes.ikke')).toBeUndefined();
    expect(entriesHelping(model, item).map((entry) => entry.key)).toEqual([far.key, model.phases[0]!.toolbox[0]!.key]);
    model.phases[0]!.checklist[1]!.retired = true;
    expect(activeChecklist(model.phases[0]!)).toHaveLength(model.phases[0]!.checklist.length - 1);
  });
});
