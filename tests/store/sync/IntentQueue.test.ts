import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexedDbIntentQueue, MemoryIntentQueue } from '../../../src/store/sync/IntentQueue';
import type { IntentQueue, QueuedIntent } from '../../../src/store/sync/IntentQueue';
import { actors } from '../../../testkit/people';

const PROJECT = '7f1c2a9e-0000-4000-8000-000000000001';
const OTHER = '7f1c2a9e-0000-4000-8000-000000000002';

function queued(id: string, sequence: number, projectKey = PROJECT): QueuedIntent {
  return {
    id,
    projectKey,
    sequence,
    state: 'queued',
    attempts: 0,
    intent: { kind: 'setStatus', itemKey: 'item-a', status: 'done', id, projectKey, actor: actors.kari, at: '2025-03-01T10:00:00.000Z' },
  };
}

let databases = 0;
const freshDatabase = () => `felles-modell-test-${(databases += 1)}`;

describe.each([
  ['IndexedDbIntentQueue', () => new IndexedDbIntentQueue({ databaseName: freshDatabase() }) as IntentQueue],
  ['MemoryIntentQueue', () => new MemoryIntentQueue() as IntentQueue],
])('%s', (_name, create) => {
  it('gives a project\'s intents in sequence order, whatever order they were put in, and no other project\'s', async () => {
    const queue = create();
    await queue.put(queued('c', 30));
    await queue.put(queued('a', 10));
    await queue.put(queued('x', 20, OTHER));
    await queue.put(queued('b', 20));
    expect((await queue.all(PROJECT)).map((q) => q.id)).toEqual(['a', 'b', 'c']);
    expect((await queue.all(OTHER)).map((q) => q.id)).toEqual(['x']);
  });

  it('replaces an intent put again with the same id (its attempt state), keeping one entry', async () => {
    const queue = create();
    await queue.put(queued('a', 10));
    await queue.put({ ...queued('a', 10), state: 'failed', attempts: 2, error: { code: 'accessDenied', message: '403' } });
    const all = await queue.all(PROJECT);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ state: 'failed', attempts: 2, error: { code: 'accessDenied' } });
  });

  it('removes only the intent it is told to', async () => {
    const queue = create();
    await queue.put(queued('a', 10));
    await queue.put(queued('b', 20));
    await queue.remove('a');
    await queue.remove('not-there');
    expect((await queue.all(PROJECT)).map((q) => q.id)).toEqual(['b']);
  });
});

describe('IndexedDbIntentQueue across a reload', () => {
  it('keeps unconfirmed intents for a new queue on the same database, in order, until removed', async () => {
    const databaseName = freshDatabase();
    const before = new IndexedDbIntentQueue({ databaseName });
    await before.put(queued('second', 2));
    await before.put(queued('first', 1));

    const afterReload = new IndexedDbIntentQueue({ databaseName });
    const replay = await afterReload.all(PROJECT);
    expect(replay.map((q) => q.id)).toEqual(['first', 'second']);
    expect(replay[0]?.intent).toEqual(queued('first', 1).intent);

    await afterReload.remove('first');
    expect((await new IndexedDbIntentQueue({ databaseName }).all(PROJECT)).map((q) => q.id)).toEqual(['second']);
  });

  it('says whether it survives a reload', () => {
    expect(new IndexedDbIntentQueue().durable).toBe(true);
    expect(new MemoryIntentQueue().durable).toBe(false);
  });
});
