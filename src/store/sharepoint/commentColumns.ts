// An item's comment thread in two columns of its row: CommentThread (JSON, what the app reads) and Comment (the same
// comments as plain text, for people who read the list in SharePoint, its views or Power BI). Comment was the item's
// one comment before threads: a text there that is not the thread's own rendering (written before threads, or typed
// into SharePoint) is read as a comment of its own, so nothing anyone wrote there is dropped (see commentThread.ts).
import { SIDES } from '../../model/types';
import type { Side } from '../../model/types';
import type { Anomaly, ItemComment } from '../../domain/types';
import { legacyComment, withComment } from '../../domain/commentThread';

type Text = string | null | undefined;

/** `2026-05-04 10:15 UTC`: readable in a list view, the same in every language. */
function readableTime(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function readableComment(comment: ItemComment): string {
  if (!comment.by) return comment.text;
  const who = [comment.by.name, comment.side, comment.at ? readableTime(comment.at) : undefined].filter(Boolean).join(', ');
  return `${who}: ${comment.text}`;
}

/** The Comment column's text for a thread: one paragraph per comment, oldest first. */
export function readableThread(thread: readonly ItemComment[]): string {
  return thread.map(readableComment).join('\n\n');
}

const sameText = (a: string, b: string): boolean => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();

const isSide = (value: unknown): value is Side => typeof value === 'string' && (SIDES as readonly string[]).includes(value);

/** One stored entry, or undefined when it is not one the app wrote (a hand edit of the JSON). */
function commentFromJson(entry: unknown): ItemComment | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { id, text, by, side, at } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof text !== 'string') return undefined;
  const person = by && typeof by === 'object' ? (by as Record<string, unknown>) : undefined;
  const writer = person && typeof person.id === 'string' && typeof person.name === 'string' ? { id: person.id, name: person.name } : undefined;
  return { id, text, ...(writer ? { by: writer } : {}), ...(isSide(side) ? { side } : {}), ...(typeof at === 'string' && at !== '' ? { at } : {}) };
}

function parseThread(json: string): { thread: ItemComment[]; readable: boolean } {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return { thread: [], readable: false };
    const thread = parsed.map(commentFromJson);
    return { thread: thread.filter((comment): comment is ItemComment => comment !== undefined), readable: thread.every(Boolean) };
  } catch {
    return { thread: [], readable: false };
  }
}

/**
 * The thread a row holds. Anything the app cannot read in the JSON is flagged (and its words are still in Comment,
 * so they come back as a legacy comment); a Comment text that is not the thread's rendering is a legacy comment.
 */
export function threadFromColumns(itemKey: string, json: Text, text: Text): { comments: ItemComment[]; anomalies: Anomaly[] } {
  const anomalies: Anomaly[] = [];
  let comments: ItemComment[] = [];
  if (typeof json === 'string' && json.trim() !== '') {
    const parsed = parseThread(json);
    comments = parsed.thread;
    if (!parsed.readable) anomalies.push({ kind: 'invalidValue', itemKey, detail: 'CommentThread is not a comment thread the app wrote', column: 'CommentThread' });
  }
  const plain = typeof text === 'string' ? text : '';
  if (plain.trim() !== '' && !sameText(plain, readableThread(comments))) comments = withComment(comments, legacyComment(plain.trim()));
  return { comments, anomalies };
}

/** Both columns for a thread (written only by the intents that change it; see writePlan.ts). */
export function threadColumns(thread: readonly ItemComment[]): { CommentThread: string | null; Comment: string | null } {
  if (thread.length === 0) return { CommentThread: null, Comment: null };
  return { CommentThread: JSON.stringify(thread), Comment: readableThread(thread) };
}
