// A device updated while it held records of the version before comment threads: nothing it held is lost.
import { describe, expect, it } from 'vitest';
import { upgradeCachedProject, upgradeQueuedIntent } from '../../../src/store/sync/olderRecords';
import type { CachedProject, QueuedIntent } from '../../../src/store/sync/deviceRecords';
import { emptyState, kari } from '../../../testkit/domainFixtures';

const KEY = 'forankring.mandat-godkjent';

function queued(body: Record<string, unknown>): QueuedIntent {
  const intent = { ...body, id: 'i1', projectKey: 'p', actor: kari, at: '2026-11-23T10:00:00.000Z' } as unknown as QueuedIntent['intent'];
  return { id: 'i1', projectKey: 'p', sequence: 1, intent, state: 'queued', attempts: 1 };
}

describe('records from before comment threads', () => {
  it('a queued comment goes out as a new comment in the thread (its id, time and writer kept)', () => {
    const upgraded = upgradeQueuedIntent(queued({ kind: 'setComment', itemKey: KEY, comment: 'Skrevet før oppdateringen' }));
    expect(upgraded?.intent).toEqual({ kind: 'addComment', itemKey: KEY, text: 'Skrevet før oppdateringen', id: 'i1', projectKey: 'p', actor: kari, at: '2026-11-23T10:00:00.000Z' });
    expect(upgraded?.attempts).toBe(1);
  });

  it('a queued clearing of the one comment has nothing to say in a thread: dropped', () => {
    expect(upgradeQueuedIntent(queued({ kind: 'setComment', itemKey: KEY, comment: '  ' }))).toBeUndefined();
  });

  it('leaves today\'s intents as they are', () => {
    const tick = queued({ kind: 'setStatus', itemKey: KEY, status: 'done' });
    expect(upgradeQueuedIntent(tick)).toBe(tick);
  });

  it('a cached item\'s one comment is read as an earlier comment', () => {
    const state = emptyState();
    const items = { [KEY]: { itemKey: KEY, phaseKey: 'forankring', status: 'done', confirmations: {}, comment: 'Signert' }, 'forankring.interessentanalyse': { itemKey: 'forankring.interessentanalyse', phaseKey: 'forankring', status: 'open', confirmations: {}, comment: '' } };
    const cached = { siteId: 's', projectKey: 'p', state: { ...state, items }, participants: [], cursor: {}, savedAt: '2026-11-23T10:00:00.000Z' } as unknown as CachedProject;
    const upgraded = upgradeCachedProject(cached);
    expect(upgraded.state.items[KEY]).toEqual({ itemKey: KEY, phaseKey: 'forankring', status: 'done', confirmations: {}, comments: [{ id: expect.stringMatching(/^legacy:/), text: 'Signert' }] });
    expect(upgraded.state.items['forankring.interessentanalyse']?.comments).toEqual([]);
    expect(upgradeCachedProject(upgraded)).toBe(upgraded);
  });
});
