// An item's comment thread, pure (domain/commentThread.ts): the same thread in any order of adds and replays, each
// comment removed only by its writer, the pre-thread text as one legacy comment. The store's side of it (412s, the
// Events list, the row's JSON) is tests/store/commentThread.test.ts.
import { describe, expect, it } from 'vitest';
import { commentTime, legacyComment, mayRemoveComment, withComment, withLegacyText, withoutComment } from '../../src/domain/commentThread';
import type { ItemComment } from '../../src/domain/types';

const kari = { id: 'kari-id', name: 'Kari Nordmann' };
const ola = { id: 'ola-id', name: 'Ola Hansen' };
const comment = (id: string, at: string, by = kari): ItemComment => ({ id, text: `tekst ${id}`, by, at });

describe('withComment', () => {
  const a = comment('a', '2026-03-02T09:00:00.000Z');
  const b = comment('b', '2026-03-02T09:00:05.000Z', ola);
  const tie = comment('c', '2026-03-02T09:00:05.000Z');

  it('orders by when each was written, whatever order they arrive in; the id settles a tie', () => {
    const one = [b, tie, a].reduce<ItemComment[]>(withComment, []);
    const other = [tie, a, b].reduce<ItemComment[]>(withComment, []);
    expect(one.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(other).toEqual(one);
  });

  it('keeps one copy when a comment is applied again (a replay of the Events list, a 412 re-apply)', () => {
    const thread = withComment(withComment([], a), b);
    expect(withComment(thread, a)).toEqual(thread);
    expect(withoutComment(thread, 'a').map((c) => c.id)).toEqual(['b']);
  });
});

describe('mayRemoveComment', () => {
  it('lets the writer remove their own comment, nobody else, and anyone remove the legacy text', () => {
    const mine = comment('a', '2026-03-02T09:00:00.000Z');
    expect(mayRemoveComment(mine, kari.id)).toBe(true);
    expect(mayRemoveComment(mine, ola.id)).toBe(false);
    expect(mayRemoveComment(legacyComment('Skrevet før tråden'), ola.id)).toBe(true);
  });
});

describe('withLegacyText', () => {
  it('replaces the legacy comment with the new text, removes it for an empty text, and leaves thread comments alone', () => {
    const written = comment('a', '2026-03-02T09:00:00.000Z');
    const thread = withComment([written], legacyComment('Gammel tekst'));
    expect(withLegacyText(thread, 'Ny tekst')).toEqual([legacyComment('Ny tekst'), written]);
    expect(withLegacyText(thread, '  ')).toEqual([written]);
  });
});

describe('commentTime', () => {
  it('keeps whole seconds, as the Events list does', () => {
    expect(commentTime('2026-03-02T09:00:05.789Z')).toBe('2026-03-02T09:00:05.000Z');
  });
});
