// Shared by the resilience tests: what SharePoint really holds, read raw through Graph as a site owner (no store
// code in between), the comparison of a stored state with the state the Events list replays to, and the pieces of
// the seeded scheduler that drives several sessions one step at a time.
import type { FailNextRule, TestEmulator } from './emulator';
import type { PendingIntent, ProjectLocation, ProjectSession, SessionSnapshot } from '../src/store/ChecklistStore';
import type { ItemState, ProjectState } from '../src/domain/types';

export interface RawRow {
  id: string;
  eTag?: string;
  fields: Record<string, unknown>;
}

/** All rows of one of our lists for one project, in SharePoint item id order (creation order), every page followed. */
export async function rawRows(emulator: TestEmulator, owner: string, location: ProjectLocation, list: keyof ProjectLocation['lists'], projectKey: string): Promise<RawRow[]> {
  const filter = encodeURIComponent(`fields/ProjectKey eq '${projectKey.replace(/'/g, "''")}'`);
  let url: string | undefined = `/sites/${location.siteId}/lists/${location.lists[list]}/items?$expand=fields&$filter=${filter}&$top=200`;
  const rows: RawRow[] = [];
  while (url) {
    const page: { status: number; body: { value?: RawRow[]; '@odata.nextLink'?: string } } = await emulator.graph(owner, 'GET', url);
    if (page.status !== 200) throw new Error(`Reading ${list}: ${page.status} ${JSON.stringify(page.body)}`);
    rows.push(...(page.body.value ?? []));
    url = page.body['@odata.nextLink'];
  }
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
}

/** The Graph path of one of our lists, for tests that edit it by hand. */
export function listPath(location: ProjectLocation, list: keyof ProjectLocation['lists']): string {
  return `/sites/${location.siteId}/lists/${location.lists[list]}`;
}

const instant = (iso: string | undefined): number | undefined => (iso ? Date.parse(iso) : undefined);

/** What a user sees of an item, in comparable form (SharePoint normalises date strings; updatedAt is the row's Modified). */
export function comparableItem(item: ItemState | undefined): unknown {
  if (!item) return undefined;
  const confirmations = Object.fromEntries(
    Object.entries(item.confirmations)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([side, c]) => [side, { by: c.by.id, at: instant(c.at) }]),
  );
  return {
    status: item.status,
    notRelevantReason: item.status === 'notRelevant' ? (item.notRelevantReason ?? '') : undefined,
    comments: item.comments.map((c) => ({ id: c.id, text: c.text, by: c.by?.id, side: c.side, at: instant(c.at) })),
    confirmations,
    updatedBy: item.updatedBy?.id,
  };
}

export function comparableState(state: ProjectState): unknown {
  return {
    currentPhase: state.project.currentPhase,
    phaseEnteredAt: instant(state.project.phaseEnteredAt),
    items: Object.fromEntries(Object.keys(state.items).sort().map((k) => [k, comparableItem(state.items[k])])),
  };
}

export { seededRandom } from '../scripts/lib/seededRandom';

// ---- the seeded scheduler of the concurrency test and the soak --------------------------------------------------

/** Resolves once `done` holds for the session's snapshot: waits on the session's own notifications, never a timer. */
export function until(session: ProjectSession, done: (snapshot: SessionSnapshot) => boolean): Promise<void> {
  return new Promise((resolve) => {
    let unsubscribe: (() => void) | undefined;
    const check = () => {
      if (!done(session.snapshot())) return;
      unsubscribe?.();
      unsubscribe = undefined;
      resolve();
    };
    unsubscribe = session.subscribe(check);
    check();
  });
}

/**
 * Waits until none of `ids` is still queued or being sent. An intent marked failed (shown to the user with a retry
 * button) is handed to `onFailed`, which decides (and usually presses retry, as a user would); waiting goes on.
 */
export async function settle(session: ProjectSession, ids: readonly string[], onFailed: (pending: PendingIntent) => void): Promise<void> {
  const open = (p: PendingIntent) => ids.includes(p.intent.id);
  for (;;) {
    await until(session, (s) => !s.pending.some((p) => open(p) && p.state !== 'failed'));
    const failed = session.snapshot().pending.filter((p) => open(p) && p.state === 'failed');
    if (failed.length === 0) return;
    for (const p of failed) onFailed(p);
  }
}

/**
 * The faults a step may meet, each once (failNext) on the step's own requests: only one user acts at a time, so
 * the seed alone decides which request fails. Retry-After 0 keeps the run fast; the waits are still taken.
 */
export const STEP_FAULTS: readonly { name: string; rule: FailNextRule }[] = [
  { name: '429 $batch', rule: { status: 429, count: 1, applyTo: 'top', pathPattern: '\\$batch', retryAfterSeconds: 0 } },
  { name: '503 $batch', rule: { status: 503, count: 1, applyTo: 'top', pathPattern: '\\$batch', retryAfterSeconds: 0 } },
  { name: '429 inner PATCH', rule: { status: 429, count: 1, applyTo: 'inner', method: 'PATCH', retryAfterSeconds: 0 } },
  { name: '503 inner POST', rule: { status: 503, count: 1, applyTo: 'inner', method: 'POST', retryAfterSeconds: 0 } },
  { name: '412 inner PATCH', rule: { status: 412, count: 1, applyTo: 'inner', method: 'PATCH' } },
  { name: 'drop before $batch', rule: { status: 'dropBefore', count: 1, applyTo: 'top', pathPattern: '\\$batch' } },
  { name: 'drop after $batch', rule: { status: 'dropAfter', count: 1, applyTo: 'top', pathPattern: '\\$batch' } },
  { name: '503 on a read', rule: { status: 503, count: 1, applyTo: 'all', method: 'GET', retryAfterSeconds: 0 } },
];
