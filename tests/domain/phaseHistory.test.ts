// The phase history a project row keeps: a move appends, its undo takes the entry away, and an older project (no
// history) is completed from its PhaseEnteredAt rather than guessed.
import { describe, expect, it } from 'vitest';
import { completeHistory, phaseHistoryAfter, phaseStays } from '../../src/domain/phaseHistory';
import { emptyState, intent } from '../../testkit/domainFixtures';

const project = emptyState('utforske').project;

describe('phase history', () => {
  it('an older project knows only when it entered its current phase; a history already ending there is kept', () => {
    expect(completeHistory([], project)).toEqual([{ phase: 'utforske', at: project.phaseEnteredAt }]);
    const known = [{ phase: 'forankring', at: '2024-12-01T08:00:00Z' }, { phase: 'utforske', at: '2025-01-01T08:00:00Z' }];
    // The same time in SharePoint's own format (to the second, no milliseconds) is the same entry.
    expect(completeHistory(known, project)).toEqual(known);
    expect(completeHistory([{ phase: 'utforske', at: '2025-01-01T08:00:00.456Z' }], project)).toHaveLength(1);
    expect(completeHistory([], { ...project, phaseEnteredAt: '' })).toEqual([]);
  });

  it('a move appends the phase entered; its undo removes it; another intent changes nothing', () => {
    const move = intent({ kind: 'changePhase', to: 'definere' });
    const after = phaseHistoryAfter([], project, move);
    expect(after).toEqual([{ phase: 'utforske', at: project.phaseEnteredAt }, { phase: 'definere', at: move.at }]);
    const undo = intent({ kind: 'changePhase', to: 'utforske', undoes: { from: 'utforske', to: 'definere', phaseEnteredAt: project.phaseEnteredAt } });
    expect(phaseHistoryAfter(after, { ...project, currentPhase: 'definere', phaseEnteredAt: move.at }, undo)).toEqual([{ phase: 'utforske', at: project.phaseEnteredAt }]);
    expect(phaseHistoryAfter(after, { ...project, currentPhase: 'definere', phaseEnteredAt: move.at }, intent({ kind: 'setComment', itemKey: 'x', comment: '' }))).toEqual(after);
  });

  it('stays last until the next entry', () => {
    expect(phaseStays([{ phase: 'a', at: '1' }, { phase: 'b', at: '2' }])).toEqual([{ phase: 'a', enteredAt: '1', leftAt: '2' }, { phase: 'b', enteredAt: '2' }]);
  });
});
