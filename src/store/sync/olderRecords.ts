// What a device stored before comments became a thread (see domain/commentThread.ts), read as the app reads it now:
// a queued `setComment` (one text per item) goes out as a new comment, so an offline comment written before the
// update still reaches everyone and replaces nobody's; a cached item's one `comment` is a legacy comment.
import { legacyComment } from '../../domain/commentThread';
import type { IntentBody, ItemState } from '../../domain/types';
import type { CachedProject, QueuedIntent } from './deviceRecords';

/** A queued intent as an older version stored it. */
type OlderBody = IntentBody | { kind: 'setComment'; itemKey: string; comment: string };

/**
 * The queued intent in today's words, or undefined for one that has none: clearing the item's one comment (a thread
 * has no "the comment" to clear; the person removes their own comments one by one instead).
 */
export function upgradeQueuedIntent(entry: QueuedIntent): QueuedIntent | undefined {
  const body = entry.intent as OlderBody;
  if (body.kind !== 'setComment') return entry;
  if (body.comment.trim() === '') return undefined;
  const { comment, ...rest } = body;
  return { ...entry, intent: { ...rest, kind: 'addComment', text: comment } as QueuedIntent['intent'] };
}

type OlderItem = Omit<ItemState, 'comments'> & { comments?: ItemState['comments']; comment?: string };

export function upgradeCachedProject(entry: CachedProject): CachedProject {
  const items = entry.state.items as Record<string, OlderItem>;
  if (Object.values(items).every((item) => Array.isArray(item.comments))) return entry;
  const upgraded: Record<string, ItemState> = {};
  for (const [key, { comment, comments, ...item }] of Object.entries(items)) {
    upgraded[key] = { ...item, comments: comments ?? (comment?.trim() ? [legacyComment(comment.trim())] : []) };
  }
  return { ...entry, state: { ...entry.state, items: upgraded } };
}
