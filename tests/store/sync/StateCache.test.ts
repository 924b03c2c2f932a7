import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexedDbStateCache, MemoryStateCache } from '../../../src/store/sync/StateCache';
import type { CachedProject, StateCache } from '../../../src/store/sync/StateCache';

function entry(siteId: string, projectKey: string, title: string): CachedProject {
  return {
    siteId,
    projectKey,
    cursor: { checklist: `token-${title}` },
    participants: [],
    savedAt: '2025-03-01T10:00:00.000Z',
    state: {
      project: {
        projectKey, title, currentPhase: 'utforske', phaseEnteredAt: '2025-01-01T00:00:00.000Z', modelId: 'test', modelVersion: '1',
        targetGroups: [], municipalities: ['Hamar'], hospitalUnit: '', lifecycleStatus: 'active', updatedAt: '2025-03-01T10:00:00.000Z',
      },
      items: {},
      anomalies: [],
    },
  };
}

let databases = 0;

describe.each([
  ['IndexedDbStateCache', () => new IndexedDbStateCache({ databaseName: `state-cache-test-${(databases += 1)}` }) as StateCache],
  ['MemoryStateCache', () => new MemoryStateCache() as StateCache],
])('%s', (_name, create) => {
  it('keeps one entry per site and project, the latest put winning', async () => {
    const cache = create();
    await cache.put(entry('site-1', 'p1', 'first'));
    await cache.put(entry('site-2', 'p1', 'other site'));
    await cache.put(entry('site-1', 'p1', 'second'));
    expect((await cache.get('site-1', 'p1'))?.state.project.title).toBe('second');
    expect((await cache.get('site-2', 'p1'))?.cursor).toEqual({ checklist: 'token-other site' });
    expect(await cache.get('site-1', 'p2')).toBeUndefined();
  });
});

describe('IndexedDbStateCache across a reload', () => {
  it('is read back by a new instance on the same database', async () => {
    const databaseName = 'state-cache-reload';
    await new IndexedDbStateCache({ databaseName }).put(entry('site-1', 'p1', 'cached'));
    expect(await new IndexedDbStateCache({ databaseName }).get('site-1', 'p1')).toEqual(entry('site-1', 'p1', 'cached'));
  });
});
