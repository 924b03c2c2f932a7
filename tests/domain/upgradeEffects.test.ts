// Moving a project to a newer version: what it would leave unmet in the phases it has left (asked about first).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { addRequirement, retireRequirement, updateRequirement } from '../../src/model/editModel';
import { activeChecklist } from '../../src/model/lookup';
import { upgradeEffectsOnLeftPhases } from '../../src/domain/upgradeEffects';
import type { ProjectState } from '../../src/domain/types';
import { allDone, projectState } from '../../testkit/projectViewFixtures';

const v1 = DEFAULT_MODEL;
const [forankring, utforske] = v1.phases;

/** The project on `phase`, with every requirement of Forankring met (the begge ones confirmed by both sides). */
const finishedForankring = (phase: string): ProjectState => projectState(phase, allDone(forankring!.key));

describe('upgradeEffectsOnLeftPhases', () => {
  it('names a requirement added to a phase the project has left, with the phase figure before and after', () => {
    const { model: v2, key } = addRequirement(v1, 'forankring', { nb: 'Ny', nn: 'Ny', en: 'New' }, false);
    const effects = upgradeEffectsOnLeftPhases(v1, { ...v2, version: '2.0.0' }, finishedForankring('utvikle'));
    const total = activeChecklist(forankring!).length;
    expect(effects).toEqual([
      expect.objectContaining({ phaseKey: 'forankring', added: [key], reopened: [], before: expect.objectContaining({ total, done: total }), after: expect.objectContaining({ total: total + 1, done: total }) }),
    ]);
  });

  it('names a met requirement that now needs both sides, and says nothing of the current or later phases or of retirements', () => {
    const single = activeChecklist(forankring!).find((item) => !item.requiresBothSides)!;
    let v2 = updateRequirement(v1, single.key, { requiresBothSides: true });
    v2 = addRequirement(v2, utforske!.key, { nb: 'I gjeldende fase', nn: 'x', en: 'x' }, false).model;
    v2 = retireRequirement(v2, activeChecklist(forankring!).find((item) => item.key !== single.key)!.key);
    const effects = upgradeEffectsOnLeftPhases(v1, v2, finishedForankring('utforske'));
    expect(effects.map((effect) => [effect.phaseKey, effect.added, effect.reopened])).toEqual([['forankring', [], [single.key]]]);
  });

  it('is empty when the project is still in the phase that gets the new requirement', () => {
    const v2 = addRequirement(v1, 'forankring', { nb: 'Ny', nn: 'Ny', en: 'New' }, false).model;
    expect(upgradeEffectsOnLeftPhases(v1, v2, finishedForankring('forankring'))).toEqual([]);
  });

  it('counts a requirement marked not relevant as met: brought back by the new version, it is not named', () => {
    const single = activeChecklist(forankring!).find((item) => !item.requiresBothSides)!;
    const state = finishedForankring('utforske');
    const notRelevant: ProjectState = { ...state, items: { ...state.items, [single.key]: { ...state.items[single.key]!, status: 'notRelevant', notRelevantReason: 'Gjelder ikke', confirmations: {} } } };
    expect(upgradeEffectsOnLeftPhases(retireRequirement(v1, single.key), v1, notRelevant)).toEqual([]);
  });

  it('places the project by the current version when the new one does not know its phase', () => {
    const { model: v2, key } = addRequirement(v1, 'forankring', { nb: 'Ny', nn: 'Ny', en: 'New' }, false);
    const withoutUtvikle = { ...v2, phases: v2.phases.filter((phase) => phase.key !== 'utvikle') };
    expect(upgradeEffectsOnLeftPhases(v1, withoutUtvikle, finishedForankring('utvikle')).map((effect) => [effect.phaseKey, effect.added])).toEqual([['forankring', [key]]]);
  });
});
