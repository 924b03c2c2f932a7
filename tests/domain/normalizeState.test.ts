import { describe, expect, it } from 'vitest';
import { normalizeState } from '../../src/domain/normalizeState';
import type { ItemState, ProjectState } from '../../src/domain/types';
import { emptyState, model } from '../../testkit/domainFixtures';
import { kari } from '../../testkit/people';

function row(itemKey: string, phaseKey: string, changes: Partial<ItemState> = {}): ItemState {
  return { itemKey, phaseKey, status: 'done', confirmations: {}, comment: '', ...changes };
}

function withItems(state: ProjectState, ...items: ItemState[]): ProjectState {
  return { ...state, items: Object.fromEntries(items.map((item) => [item.itemKey, item])) };
}

describe('normalizeState', () => {
  it('leaves clean state as it is, with no anomalies', () => {
    const raw = withItems(emptyState(), row('forankring.interessentanalyse', 'forankring'));
    expect(normalizeState(model, raw)).toEqual(raw);
  });

  it('keeps items of unknown keys and flags them', () => {
    const stranger = row('forankring.fra-ny-versjon', 'forankring', { comment: 'beholdes' });
    const normalized = normalizeState(model, withItems(emptyState(), stranger));
    expect(normalized.items['forankring.fra-ny-versjon']).toEqual(stranger);
    expect(normalized.anomalies).toEqual([expect.objectContaining({ kind: 'unknownItem', itemKey: 'forankring.fra-ny-versjon' })]);
  });

  it('shows an unknown status as open, and says what was stored', () => {
    const normalized = normalizeState(model, withItems(emptyState(), row('utforske.andre-tiltak', 'utforske', { status: 'Ferdig' as ItemState['status'] })));
    expect(normalized.items['utforske.andre-tiltak']?.status).toBe('open');
    expect(normalized.anomalies).toEqual([expect.objectContaining({ kind: 'unknownStatus', itemKey: 'utforske.andre-tiltak' })]);
    expect(normalized.anomalies[0]?.detail).toContain('Ferdig');
  });

  it('flags an unknown current phase but keeps it', () => {
    const normalized = normalizeState(model, emptyState('fase-7'));
    expect(normalized.project.currentPhase).toBe('fase-7');
    expect(normalized.anomalies.map((anomaly) => anomaly.kind)).toEqual(['unknownPhase']);
  });

  it('flags confirmations for a side that does not exist, and not-relevant items without a reason', () => {
    const confirmations = { kommune: { by: kari, at: '2025-01-01T00:00:00Z' }, fylke: { by: { id: 'x', name: 'X' }, at: '2025-01-01T00:00:00Z' } };
    const normalized = normalizeState(
      model,
      withItems(
        emptyState(),
        row('definere.gevinstkart', 'definere', { confirmations: confirmations as ItemState['confirmations'] }),
        row('definere.avgrensning', 'definere', { status: 'notRelevant' }),
      ),
    );
    expect(normalized.anomalies.map((anomaly) => [anomaly.kind, anomaly.itemKey])).toEqual([
      ['invalidValue', 'definere.gevinstkart'],
      ['invalidValue', 'definere.avgrensning'],
    ]);
    expect(Object.keys(normalized.items['definere.gevinstkart']!.confirmations)).toEqual(['kommune', 'fylke']);
  });

  it('files a known item under the phase the model gives it', () => {
    const normalized = normalizeState(model, withItems(emptyState(), row('levere.opplaering', 'utvikle')));
    expect(normalized.items['levere.opplaering']?.phaseKey).toBe('levere');
    expect(normalized.anomalies).toEqual([]);
  });

  it('keeps the anomalies the store found, and adds nothing when run twice', () => {
    const raw = { ...withItems(emptyState('fase-7'), row('x.y', 'x')), anomalies: [{ kind: 'duplicateRow' as const, itemKey: 'definere.avgrensning', detail: 'two rows' }] };
    const once = normalizeState(model, raw);
    expect(once.anomalies.map((anomaly) => anomaly.kind)).toEqual(['duplicateRow', 'unknownPhase', 'unknownItem']);
    expect(normalizeState(model, once)).toEqual(once);
  });
});
