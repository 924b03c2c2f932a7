import { describe, expect, it } from 'vitest';
import { visibleState } from '../../src/domain/mergePending';
import { emptyState, ingrid, intent, kari, lookupPhase } from '../../testkit/domainFixtures';

const KEY = 'definere.avgrensning';

describe('visibleState', () => {
  it('shows the confirmed state when nothing is pending', () => {
    const confirmed = emptyState();
    expect(visibleState(confirmed, [], lookupPhase)).toBe(confirmed);
  });

  it('applies pending intents in queue order: the last one wins', () => {
    const confirmed = emptyState();
    const done = intent({ kind: 'setStatus', itemKey: KEY, status: 'done' });
    const open = intent({ kind: 'setStatus', itemKey: KEY, status: 'open' });
    expect(visibleState(confirmed, [done, open], lookupPhase).items[KEY]?.status).toBe('open');
    expect(visibleState(confirmed, [open, done], lookupPhase).items[KEY]?.status).toBe('done');
  });

  it('adds a pending comment to the thread others saved meanwhile: both are shown, in the order they were written', () => {
    const mine = intent({ kind: 'addComment', itemKey: KEY, text: 'Skrevet uten nett' }, kari);
    const confirmed = visibleState(emptyState(), [intent({ kind: 'addComment', itemKey: KEY, text: 'Lagret av Ingrid' }, ingrid)], lookupPhase);
    const visible = visibleState(confirmed, [mine], lookupPhase);
    expect(visible.items[KEY]?.comments.map((c) => [c.text, c.by?.name, c.side])).toEqual([
      ['Skrevet uten nett', kari.name, 'kommune'],
      ['Lagret av Ingrid', ingrid.name, 'sykehus'],
    ]);
  });

  it('lays pending intents over what others have saved, without changing the confirmed state', () => {
    const confirmed = visibleState(emptyState(), [intent({ kind: 'confirm', itemKey: 'definere.gevinstkart', side: 'sykehus' }, ingrid)], lookupPhase);
    const pending = [intent({ kind: 'confirm', itemKey: 'definere.gevinstkart', side: 'kommune' }, kari), intent({ kind: 'setStatus', itemKey: KEY, status: 'done' })];
    const snapshot = structuredClone(confirmed);
    const visible = visibleState(confirmed, pending, lookupPhase);
    expect(Object.keys(visible.items['definere.gevinstkart']!.confirmations).sort()).toEqual(['kommune', 'sykehus']);
    expect(visible.items[KEY]?.status).toBe('done');
    expect(visible.items[KEY]?.phaseKey).toBe('definere');
    expect(confirmed).toEqual(snapshot);
  });

  it('skips intents queued for another project, and matches GUIDs whatever their case', () => {
    const confirmed = emptyState();
    const other = { ...intent({ kind: 'setStatus', itemKey: KEY, status: 'done' }), projectKey: 'ffffffff-0000-4000-8000-000000000009' };
    const sameLowercase = { ...intent({ kind: 'addComment', itemKey: KEY, text: 'min' }), projectKey: confirmed.project.projectKey.toLowerCase() };
    const visible = visibleState(confirmed, [other, sameLowercase], lookupPhase);
    expect(visible.items[KEY]?.status).toBe('open');
    expect(visible.items[KEY]?.comments.map((c) => c.text)).toEqual(['min']);
  });
});
