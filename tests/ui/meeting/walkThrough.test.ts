import { describe, expect, it } from 'vitest';
import { openRequirements, guidanceOf, walkStart } from '../../../src/ui/meeting/walkThrough';
import { itemState, kari, phase, projectState } from '../../../testkit/projectViewFixtures';

const forankring = phase('forankring');
const both = forankring.checklist.find((def) => def.requiresBothSides)!;
const single = forankring.checklist.find((def) => !def.requiresBothSides)!;

describe('openRequirements', () => {
  it('visits open and half-confirmed requirements, in the model’s order, and skips done and not relevant ones', () => {
    const state = projectState('forankring', [
      itemState('forankring', single.key, { status: 'done' }),
      itemState('forankring', both.key, { confirmations: { kommune: { by: kari, at: '2026-11-02T09:00:00Z' } } }),
    ]);
    const keys = openRequirements(forankring, state);
    expect(keys).toContain(both.key);
    expect(keys).not.toContain(single.key);
    expect(keys).toEqual(forankring.checklist.map((def) => def.key).filter((key) => keys.includes(key)));
    const notRelevant = projectState('forankring', [itemState('forankring', both.key, { status: 'notRelevant', notRelevantReason: 'x' })]);
    expect(openRequirements(forankring, notRelevant)).not.toContain(both.key);
  });

  it('skips retired requirements and reads guidance when the model has it', () => {
    const retired = { ...forankring, checklist: forankring.checklist.map((def, index) => (index === 0 ? { ...def, retired: true } : def)) };
    expect(openRequirements(retired, projectState('forankring'))).not.toContain(forankring.checklist[0]!.key);
    const guidance = { nb: 'Slik', nn: 'Slik', en: 'So' };
    expect(guidanceOf({ ...single, guidance } as typeof single)).toEqual(guidance);
  });
});

describe('walkStart', () => {
  const all = forankring.checklist.map((def) => def.key);

  it('starts at the first open requirement, or where the walk in this phase was left', () => {
    expect(walkStart(forankring, projectState('forankring'))).toEqual({ phaseKey: 'forankring', keys: all, index: 0 });
    const left = { phaseKey: 'forankring' as const, keys: all, index: 3 };
    expect(walkStart(forankring, projectState('forankring'), left)).toEqual(left);
  });

  it('keeps the list it left (met requirements stay, so Forrige finds them) and adds those opened since at the end', () => {
    const met = projectState('forankring', [itemState('forankring', single.key, { status: 'done' })]);
    const left = walkStart(forankring, met);
    expect(left.keys).not.toContain(single.key);
    const resumed = walkStart(forankring, projectState('forankring'), { ...left, index: 2 });
    expect(resumed.keys).toEqual([...left.keys, single.key]);
    expect(resumed.index).toBe(2);
  });

  it('starts afresh in another phase, and never points past the end', () => {
    const utforske = phase('utforske');
    expect(walkStart(utforske, projectState('utforske'), { phaseKey: 'forankring', keys: all, index: 4 }).index).toBe(0);
    expect(walkStart(forankring, projectState('forankring'), { phaseKey: 'forankring', keys: [], index: 9 }).index).toBe(all.length - 1);
  });
});
