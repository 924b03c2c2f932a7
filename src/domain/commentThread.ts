// An item's comments are a thread: each comment is added on its own and removed only by its writer; no comment ever
// replaces another's.
//
// Why a thread and not one text per item: two people in two windows, one of them offline, write different things
// about the same item at the same time. One text can keep both only by asking someone to merge them. A queued edit
// that carries the text it replaced (and turns into a conflict when that text changed) makes the clash visible, but
// only on the writer's device: until they resolve it, which may be days later, nobody else sees their words. A
// thread keeps both by construction. Adding a comment commutes with every other add and remove (the thread is
// ordered by when each was written, not by when it reached SharePoint), so the 412 path (re-read, re-apply), the
// replay of the Events list and the screen's pending-over-confirmed merge all give the same thread in any order, and
// history's order (by when people acted) is the thread's order. A single-value text (a not-relevant reason, a
// project's title, a gate override's reason) cannot be a thread: the later arrival's text is the row's, and the
// Events list keeps each text with its writer, so history shows both (tests/store/sharedTexts.test.ts).
import type { ItemComment } from './types';

/** Ids of comments that came from outside the thread: the one comment an item had before threads, or a hand edit. */
export const LEGACY_COMMENT_PREFIX = 'legacy:';

/**
 * At most this many comments per item, so the thread's JSON (a comment holds up to 1,000 characters, doubled at
 * worst by JSON escapes) stays well inside a SharePoint note column's 63,999 characters.
 */
export const COMMENT_THREAD_LIMIT = 25;

const instant = (at: string | undefined): number => (at === undefined ? -Infinity : Date.parse(at) || 0);

/** Oldest first; a comment of unknown time (legacy) before the rest; the id settles a tie, so any order of adds agrees. */
function byWhenWritten(a: ItemComment, b: ItemComment): number {
  const at = instant(a.at) - instant(b.at);
  return at !== 0 ? at : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * When a comment was written, in whole seconds: the Events list's At column (SharePoint's dateTime) keeps no more,
 * and the thread must be the same whether it is read from the row or rebuilt from the Events list.
 */
export function commentTime(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : new Date(Math.floor(time / 1000) * 1000).toISOString();
}

/** The thread with `comment` in its place; unchanged when a comment with its id is there already (a replay). */
export function withComment(thread: readonly ItemComment[], comment: ItemComment): ItemComment[] {
  if (thread.some((existing) => existing.id === comment.id)) return [...thread];
  return [...thread, comment].sort(byWhenWritten);
}

export function withoutComment(thread: readonly ItemComment[], commentId: string): ItemComment[] {
  return thread.filter((comment) => comment.id !== commentId);
}

export function findComment(thread: readonly ItemComment[], commentId: string): ItemComment | undefined {
  return thread.find((comment) => comment.id === commentId);
}

export function isLegacyComment(comment: ItemComment): boolean {
  return comment.id.startsWith(LEGACY_COMMENT_PREFIX);
}

/**
 * Whether this person may take the comment out: their own, or a legacy one (it was the item's shared text before
 * threads, which anyone who may write could change). The Events list keeps the text either way.
 */
export function mayRemoveComment(comment: ItemComment, personId: string): boolean {
  return isLegacyComment(comment) || comment.by?.id === personId;
}

/** FNV-1a: a short, stable id for a legacy text, so the same text read twice is one comment. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A text found outside the thread, as a comment whose writer and time are unknown. */
export function legacyComment(text: string): ItemComment {
  return { id: `${LEGACY_COMMENT_PREFIX}${textHash(text)}`, text };
}

/**
 * The thread after a pre-thread `comment` Events row (its text replaced the item's one comment): the legacy
 * comment becomes `text`, or goes when the text is empty. Comments written in the thread are left alone.
 */
export function withLegacyText(thread: readonly ItemComment[], text: string): ItemComment[] {
  const kept = thread.filter((comment) => !isLegacyComment(comment));
  return text.trim() === '' ? kept : withComment(kept, legacyComment(text));
}
