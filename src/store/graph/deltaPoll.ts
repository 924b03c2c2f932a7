// Polling a project for others' changes through delta. Normally ONE request: the checklist list's delta with a token
// (1 resource unit). Project-level changes (phase, settings, participants) move the project's change signal row in
// that same list, so only then (and every `slowListEvery`-th poll, for hand edits) are the projects' and
// participants' deltas read too (2 RU more). The interval is the session's choice; the cost per poll is this file's.
// The delta goes inside a $batch (the envelope costs no RU): a browser cannot read RateLimit-* or Retry-After on a
// top-level Graph answer (CORS does not expose them), but it can inside $batch, so every poll tells the tab how full
// the tenant's budget is. A throttled poll is not retried here: the session's pacing waits for the throttle.
import type { PhaseModel } from '../../model/types';
import type { SyncCursor } from '../ChecklistStore';
import { expectOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { isSuccess } from '../graphClient/httpStatus';
import { readRemainingPages } from '../sharepoint/paging';
import type { Page } from '../sharepoint/paging';
import { forgetItemRow, rebuildState, rememberItemRow, rememberParticipantRow, rememberProjectRow } from './projectCache';
import type { ProjectCache } from './projectCache';
import { CHANGE_SIGNAL_ITEM } from '../sharepoint/rows';
import type { ChecklistRow, ParticipantRow, ProjectRow, SpItem } from '../sharepoint/rows';
import { storeErrorFor } from '../graphClient/storeErrors';

export const CURSOR_KEYS = { checklist: 'checklist', projects: 'projects', participants: 'participants', polls: 'polls' } as const;

const POLL = { retryThrottled: false };

/** The cursor after the poll, or 'expired' when a delta token was stale (410: the caller reads everything again). */
export async function pollProject(graph: GraphConnection, model: PhaseModel, cache: ProjectCache, cursor: SyncCursor, slowListEvery: number): Promise<SyncCursor | 'expired'> {
  const projectKey = cache.state.project.projectKey;
  const polls = Number(cursor[CURSOR_KEYS.polls] ?? '0') + 1;
  const every = Math.max(1, slowListEvery);
  const next: SyncCursor = { ...cursor, [CURSOR_KEYS.polls]: String(polls % every) };

  // sendBatch answers every request it was given.
  const answer = (await sendBatch(graph, [{ id: CURSOR_KEYS.checklist, method: 'GET', url: cursor[CURSOR_KEYS.checklist] ?? '' }], POLL)).get(CURSOR_KEYS.checklist) as BatchAnswer;
  if (answer.status === 410) return 'expired';
  if (!isSuccess(answer.status)) throw storeErrorFor(answer.status, answer.body, 'Reading changes', 'listsMissing');
  const checklist = await readRemainingPages(graph, answer.body as Page<SpItem<ChecklistRow>>, 'listsMissing');
  if (checklist.deltaLink) next[CURSOR_KEYS.checklist] = checklist.deltaLink;
  let signalled = false;
  for (const item of checklist.items) {
    if (item.deleted) forgetItemRow(cache, item.id);
    else if (item.fields?.ProjectKey === projectKey) {
      signalled ||= item.fields.ItemKey === CHANGE_SIGNAL_ITEM;
      rememberItemRow(cache, item);
    }
  }

  // The project row and participants: only when the signal moved, or now and then for hand edits.
  if (signalled || polls % every === 0) {
    const links = [CURSOR_KEYS.projects, CURSOR_KEYS.participants].flatMap((k) => (cursor[k] ? [[k, cursor[k]] as const] : []));
    const answers = await sendBatch(graph, links.map(([id, url]) => ({ id, method: 'GET', url })), POLL);
    if ([...answers.values()].some((a) => a.status === 410)) return 'expired';
    for (const [key] of links) {
      const { items, deltaLink } = await readRemainingPages<SpItem<ProjectRow & ParticipantRow>>(graph, expectOk(answers, key, 'Reading changes', 'listsMissing'));
      if (deltaLink) next[key] = deltaLink;
      for (const item of items) {
        const ours = item.fields?.ProjectKey === projectKey;
        if (key === CURSOR_KEYS.projects && ours && item.fields) rememberProjectRow(cache, item);
        else if (key === CURSOR_KEYS.participants) {
          const personId = cache.participantRows.get(item.id);
          if (item.deleted && personId !== undefined) cache.participants.delete(personId);
          else if (ours) rememberParticipantRow(cache, item);
        }
      }
    }
  }
  rebuildState(model, cache);
  return next;
}
