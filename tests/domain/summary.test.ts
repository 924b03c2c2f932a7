import { describe, expect, it } from 'vitest';
import { summarizeProject } from '../../src/domain/summary';
import { applyAll, completePhase, emptyState, model } from '../../testkit/domainFixtures';

describe('summarizeProject', () => {
  const override = { from: 'forankring', to: 'utforske', reason: 'Mandat kommer', at: '2025-03-01T10:00:00.000Z', by: 'kari' };

  it('summarises phase, progress, missing requirements and open dual confirmations', () => {
    let state = completePhase(emptyState('definere'), 'forankring');
    state = applyAll(state, [
      { kind: 'unconfirm', itemKey: 'forankring.ressurser-avsatt', side: 'sykehus' },
      { kind: 'setStatus', itemKey: 'utforske.andre-tiltak', status: 'done' },
      { kind: 'confirm', itemKey: 'definere.gevinstkart', side: 'kommune' },
    ]);
    const summary = summarizeProject(model, state, [override]);
    expect(summary.modelVersion).toBe('1.0.0');
    expect(summary.currentPhase).toBe('definere');
    expect(summary.currentPhaseOrder).toBe(2);
    expect(summary.progress).toEqual({ forankring: 6 / 7, utforske: 1 / 5, definere: 0, utvikle: 0, levere: 0, 'laer-og-del': 0 });
    expect(summary.missingInPassedPhases).toEqual([
      'forankring.ressurser-avsatt',
      'utforske.forlop-kartlagt',
      'utforske.bruker-innsikt',
      'utforske.styringsdata',
      'utforske.nullpunkt-avklart',
    ]);
    expect(summary.openDualConfirmations).toBe(2);
    expect(summary.gateOverrides).toEqual([override]);
  });

  it('takes the latest timestamp as the last activity', () => {
    const state = applyAll(emptyState(), [{ kind: 'setStatus', itemKey: 'forankring.interessentanalyse', status: 'done' }]);
    const itemTime = state.items['forankring.interessentanalyse']!.updatedAt!;
    expect(summarizeProject(model, state, []).lastActivityAt).toBe(itemTime);
    const later = { ...override, at: '2099-01-01T00:00:00.000Z' };
    expect(summarizeProject(model, state, [later]).lastActivityAt).toBe(later.at);
    expect(summarizeProject(model, emptyState(), []).lastActivityAt).toBe('2025-01-01T08:00:00.000Z');
  });

  it('has nothing missing in the first phase, and -1 for a phase the model does not know', () => {
    expect(summarizeProject(model, emptyState('forankring'), []).missingInPassedPhases).toEqual([]);
    const unknown = summarizeProject(model, emptyState('fase-7'), []);
    expect(unknown.currentPhaseOrder).toBe(-1);
    expect(unknown.missingInPassedPhases).toEqual([]);
  });

  it('lists overrides oldest first', () => {
    const earlier = { ...override, at: '2025-01-01T00:00:00.000Z', to: 'definere' };
    expect(summarizeProject(model, emptyState(), [override, earlier]).gateOverrides).toEqual([earlier, override]);
  });
});
