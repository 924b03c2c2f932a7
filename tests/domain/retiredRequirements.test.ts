// A retired requirement stays in the model (its history and state are kept) but no project is asked to meet it:
// it counts in no progress, holds no gate and is missing from no summary.
import { describe, expect, it } from 'vitest';
import { gateStatus, unmetGatesOnTheWay } from '../../src/domain/gate';
import { phaseProgress } from '../../src/domain/progress';
import { summarizeProject } from '../../src/domain/summary';
import { retireRequirement } from '../../src/model/editModel';
import { findPhase } from '../../src/model/lookup';
import { applyAll, completeItem, emptyState, model } from '../../testkit/domainFixtures';

const RETIRED = 'forankring.interessentanalyse';
const retiredModel = retireRequirement(model, RETIRED);
const forankring = findPhase(model, 'forankring')!;
/** Every forankring requirement met except the retired one. */
const allButRetired = applyAll(
  emptyState('utforske'),
  forankring.checklist.filter((def) => def.key !== RETIRED).flatMap((def) => completeItem(def.key)),
);

describe('retired requirements', () => {
  it('do not count in a phase’s progress', () => {
    expect(phaseProgress(findPhase(model, 'forankring')!, allButRetired).ratio).toBeLessThan(1);
    const progress = phaseProgress(findPhase(retiredModel, 'forankring')!, allButRetired);
    expect(progress.total).toBe(forankring.checklist.length - 1);
    expect(progress.ratio).toBe(1);
  });

  it('hold no phase gate', () => {
    expect(gateStatus(model, allButRetired, 'forankring').missing.map((def) => def.key)).toEqual([RETIRED]);
    expect(gateStatus(retiredModel, allButRetired, 'forankring').met).toBe(true);
    expect(unmetGatesOnTheWay(retiredModel, { ...allButRetired, project: { ...allButRetired.project, currentPhase: 'forankring' } }, 'utforske')).toEqual([]);
  });

  it('are missing from no summary, while the state recorded for them is kept', () => {
    const ticked = applyAll(allButRetired, [{ kind: 'addComment', itemKey: RETIRED, text: 'Gjort før' }]);
    expect(summarizeProject(model, ticked, []).missingInPassedPhases).toContain(RETIRED);
    const summary = summarizeProject(retiredModel, ticked, []);
    expect(summary.missingInPassedPhases).not.toContain(RETIRED);
    expect(summary.progress.forankring).toBe(1);
    expect(ticked.items[RETIRED]?.comments.map((c) => c.text)).toEqual(['Gjort før']);
  });
});
