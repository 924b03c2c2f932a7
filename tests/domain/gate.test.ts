import { describe, expect, it } from 'vitest';
import { checkPhaseChange, gateStatus, unmetGatesOnTheWay } from '../../src/domain/gate';
import { applyAll, completePhase, emptyState, model } from '../../testkit/domainFixtures';

describe('gateStatus', () => {
  it('lists missing and awaiting items separately', () => {
    const state = applyAll(emptyState(), [
      { kind: 'confirm', itemKey: 'utforske.forlop-kartlagt', side: 'kommune' },
      { kind: 'setStatus', itemKey: 'utforske.bruker-innsikt', status: 'done' },
      { kind: 'setStatus', itemKey: 'utforske.andre-tiltak', status: 'notRelevant', reason: 'Ingen tilsvarende tiltak' },
    ]);
    const gate = gateStatus(model, state, 'utforske');
    expect(gate.met).toBe(false);
    expect(gate.awaitingOtherSide.map((item) => item.key)).toEqual(['utforske.forlop-kartlagt']);
    expect(gate.missing.map((item) => item.key)).toEqual(['utforske.styringsdata', 'utforske.nullpunkt-avklart']);
  });

  it('is met when every item is done or not relevant', () => {
    const state = applyAll(completePhase(emptyState(), 'utforske'), [
      { kind: 'setStatus', itemKey: 'utforske.styringsdata', status: 'notRelevant', reason: 'Tallene finnes ikke' },
    ]);
    expect(gateStatus(model, state, 'utforske')).toEqual({ phaseKey: 'utforske', met: true, missing: [], awaitingOtherSide: [] });
  });

  it('is not met while one begge item waits for the other side', () => {
    const state = applyAll(completePhase(emptyState(), 'utforske'), [{ kind: 'unconfirm', itemKey: 'utforske.styringsdata', side: 'sykehus' }]);
    const gate = gateStatus(model, state, 'utforske');
    expect(gate.met).toBe(false);
    expect(gate.missing).toEqual([]);
    expect(gate.awaitingOtherSide.map((item) => item.key)).toEqual(['utforske.styringsdata']);
  });
});

describe('checkPhaseChange', () => {
  it('moves forward without a reason when the gate is met', () => {
    const state = completePhase(emptyState('forankring'), 'forankring');
    expect(checkPhaseChange(model, state, 'utforske')).toEqual({ allowed: true, direction: 'forward', needsReason: false, unmetGates: [] });
  });

  it('refuses to move forward over an unmet gate without a reason, blank or missing', () => {
    const state = emptyState('forankring');
    expect(checkPhaseChange(model, state, 'utforske')).toEqual({ allowed: false, why: 'reasonRequired' });
    expect(checkPhaseChange(model, state, 'utforske', '  \n ')).toEqual({ allowed: false, why: 'reasonRequired' });
  });

  it('allows it with a reason and names every unmet gate on the way', () => {
    const state = completePhase(emptyState('forankring'), 'utforske');
    const check = checkPhaseChange(model, state, 'utvikle', 'Styringsgruppen har besluttet å gå videre');
    expect(check.allowed).toBe(true);
    if (!check.allowed) return;
    expect(check.direction).toBe('forward');
    expect(check.needsReason).toBe(true);
    // forankring and definere are unmet; utforske (met) and utvikle (the target) are not gates on the way.
    expect(check.unmetGates.map((gate) => gate.phaseKey)).toEqual(['forankring', 'definere']);
    expect(unmetGatesOnTheWay(model, state, 'utvikle').map((gate) => gate.phaseKey)).toEqual(['forankring', 'definere']);
  });

  it('moves back without a reason, whatever the gates', () => {
    const state = emptyState('levere');
    expect(checkPhaseChange(model, state, 'forankring')).toEqual({ allowed: true, direction: 'back', needsReason: false, unmetGates: [] });
    expect(unmetGatesOnTheWay(model, state, 'forankring')).toEqual([]);
  });

  it('refuses an unknown phase and the current phase', () => {
    expect(checkPhaseChange(model, emptyState('utforske'), 'finnes-ikke', 'grunn')).toEqual({ allowed: false, why: 'unknownPhase' });
    expect(checkPhaseChange(model, emptyState('utforske'), 'utforske', 'grunn')).toEqual({ allowed: false, why: 'samePhase' });
  });

  it('lets a project stuck in an unknown phase move to a known one without a reason', () => {
    expect(checkPhaseChange(model, emptyState('gammel-fase'), 'definere')).toEqual({ allowed: true, direction: 'forward', needsReason: false, unmetGates: [] });
  });
});
