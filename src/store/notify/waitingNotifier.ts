// "Venter på deg" for one open project (issue 22): after this person's confirmation left items waiting for the other
// side, that side's registered participants are told in Teams' activity feed. It watches the session and never
// stands in a tick's way:
// - it looks only when the outbox is empty (every tick saved), and sends on a connection of its own, outside the
//   session's serial lane; nothing it does can fail, hold back or reorder a tick;
// - it asks the plan (domain/waitingNotices.ts) with what the session knows (no request when nothing is due), then
//   reads the recipients' Participants rows fresh and, in ONE $batch per ten recipients, claims each row (PATCH
//   NotifiedAt/OverdueNamed with If-Match) and sends the notice depending on that claim. A claim that meets 412 was
//   won by another confirmer (another person or device): their notice counts, ours is not sent (at most one per 15 min).
// - Failures, decided per kind: no network, 429, 503 → retried with the outbox's backoff (sessionRetryDelay, and held
//   while the tenant is throttled), a lost answer included (a claim that landed means its batch ran, so the notice is
//   not sent twice); refused (no consent to TeamsActivity.Send, the app not installed for the recipient, any other
//   4xx) → given up with a note the screen shows (snapshot().givenUp). Sent or given up, the tick was saved before.
// - What is "waiting" is derived from the saved state, so a notice owed when the page closed goes at the next open.
import type { Actor, Participant, Person, ProjectState } from '../../domain/types';
import type { PhaseModel } from '../../model/types';
import { SIDES } from '../../model/types';
import { findItem } from '../../model/lookup';
import { itemsWaitingFor, projectEvidence } from '../../domain/evidence';
import { planWaitingNotices } from '../../domain/waitingNotices';
import type { NoticeRecipient, NoticeWait, PlannedNotice } from '../../domain/waitingNotices';
import type { Side } from '../../model/types';
import type { ProjectLinkTarget } from '../../domain/projectLinks';
import { StoreError } from '../graphClient/StoreError';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { graphErrorOf } from '../graphClient/storeErrors';
import { isSuccess } from '../graphClient/httpStatus';
import { sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import { itemFieldsPath, listRef, projectItems } from '../sharepoint/listPaths';
import { readAllPages } from '../sharepoint/paging';
import { noticeFieldsToRow, participantFromRow } from '../sharepoint/rows';
import type { ParticipantRow, SpItem } from '../sharepoint/rows';
import type { NoticeFailure, NoticeFeed, NoticeSnapshot, ProjectLocation, ProjectSession } from '../ChecklistStore';
import { sessionRetryDelay } from '../sync/backoff';
import type { SessionBackoff } from '../sync/backoff';
import type { OnlineSignal } from '../sync/onlineSignal';
import { browserOnlineSignal } from '../sync/onlineSignal';
import { activityRequest } from './activityRequest';

export interface WaitingNotifier extends NoticeFeed {
  dispose(): void;
}

export interface WaitingNotifierOptions {
  /** A connection whose token carries TeamsActivity.Send besides the site scopes, asked for silently. */
  graph: GraphConnection;
  location: ProjectLocation;
  session: ProjectSession;
  /** The signed-in person (the sender). */
  me: Actor;
  /** The built-in model, until the session knows the project's own. */
  model: PhaseModel;
  /** The deep link to an item (projectLinks.ts, for the host the project lives in). */
  link(target: ProjectLinkTarget): string;
  /** The project's waiting limit in days. */
  limitDays(project: ProjectState['project']): number;
  /** While the tenant's budget is spent (ms since the epoch), nothing is sent. */
  holdUntil?: () => number | undefined;
  clock?: () => Date;
  random?: () => number;
  backoff?: SessionBackoff;
  online?: OnlineSignal;
}

/** Recipients one $batch carries: a claim and a notice each, 20 requests. */
const RECIPIENTS_PER_BATCH = 10;
/** Failure kinds that end by themselves: the notice goes again later (the outbox's RETRYABLE). */
const RETRYABLE = new Set(['network', 'throttled', 'unavailable']);

export function startWaitingNotifier(options: WaitingNotifierOptions): WaitingNotifier {
  const { graph, location, session, me } = options;
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const online = options.online ?? browserOnlineSignal();
  const listeners = new Set<() => void>();
  /** Our own claims, so the next look does not wait for the session to read the rows again. */
  const claimed = new Map<string, Pick<Participant, 'notifiedAt' | 'overdueNamed'>>();
  /** Notices whose claim is ours but whose send must go again (throttled). */
  let unsent: { part: BatchPart; recipient: Person }[] = [];
  let feed: NoticeSnapshot = { givenUp: [], sent: [], retrying: 0 };
  let lookedAt = '';
  let running = false;
  let again = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Number.POSITIVE_INFINITY;
  let disposed = false;

  const publish = (next: Partial<NoticeSnapshot>) => {
    feed = { ...feed, ...next, retrying: unsent.length + (failures > 0 ? 1 : 0) };
    for (const listener of [...listeners]) listener();
  };
  const now = () => clock().toISOString();
  const modelOf = () => session.snapshot().model?.model ?? options.model;
  const title = (itemKey: string) => findItem(modelOf(), itemKey)?.label.nb ?? itemKey;

  /** One timer, for the earliest reason to look again (a retry, or a recipient's quiet time ending). */
  function schedule(delayMs: number): void {
    const due = clock().getTime() + Math.max(0, delayMs);
    if (disposed || (timer !== undefined && timerDue <= due)) return;
    if (timer !== undefined) clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timer = undefined;
      timerDue = Number.POSITIVE_INFINITY;
      lookedAt = '';
      void look();
    }, Math.max(0, delayMs));
  }

  /** What a look needs from the session, or undefined while a tick is unsaved or nothing is confirmed yet. */
  function settledState(): { state: ProjectState; participants: Participant[] } | undefined {
    const snapshot = session.snapshot();
    if (snapshot.pending.length > 0 || !snapshot.confirmed || !online.isOnline()) return undefined;
    return { state: snapshot.confirmed, participants: snapshot.participants };
  }

  /** For each side the sender confirmed for: the plan for the other side's registered, opted-in participants. */
  function plan(state: ProjectState, participants: readonly Participant[]): PlannedNotice[] {
    const off = new Set(state.project.notificationsOff ?? []);
    const at = now();
    // The one "waiting for side X since T" rule (domain/evidence), on the state as the session has it.
    const evidence = projectEvidence(state, { participants: [], phaseHistory: [] });
    return SIDES.flatMap((side) => {
      const waiting = waitingFor(itemsWaitingFor(modelOf(), evidence, otherSide(side)));
      const recipients: NoticeRecipient[] = participants
        .filter((p) => p.side === otherSide(side) && p.person.id !== me.id && !off.has(p.person.id))
        .map((p) => {
          const own = claimed.get(p.person.id);
          const notifiedAt = latest(p.notifiedAt, own?.notifiedAt);
          return { person: p.person, ...(notifiedAt ? { notifiedAt } : {}), overdueNamed: own?.overdueNamed ?? p.overdueNamed ?? [] };
        });
      const result = planWaitingNotices({ senderId: me.id, waiting, recipients, now: at, limitDays: options.limitDays(state.project) });
      if (result.nextCheckAt) schedule(Date.parse(result.nextCheckAt) - clock().getTime() + 1_000);
      return result.due;
    });
  }

  async function look(): Promise<void> {
    if (disposed) return;
    if (running) {
      again = true;
      return;
    }
    const settled = settledState();
    if (!settled) return;
    // Nothing new since the last look: no request (the session changes for many reasons).
    const signature = JSON.stringify([settled.state.items, settled.participants.map((p) => [p.person.id, p.side, p.notifiedAt]), settled.state.project.notificationsOff]);
    if (signature === lookedAt && unsent.length === 0) return;
    const hold = options.holdUntil?.();
    if (hold !== undefined && hold > clock().getTime()) return schedule(hold - clock().getTime() + Math.floor(random() * 2_000));
    running = true;
    try {
      await resend();
      const due = plan(settled.state, settled.participants);
      if (due.length > 0) await notify(settled.state, due);
      lookedAt = signature;
      failures = 0;
      publish({});
    } catch (error) {
      const failure = error instanceof StoreError ? error : new StoreError('network', String(error), { retryable: true });
      if (RETRYABLE.has(failure.code)) {
        failures += 1;
        publish({});
        schedule(sessionRetryDelay(failures, random, options.backoff));
      } else {
        // The token could not get TeamsActivity.Send without a prompt (no consent), or Graph refused the reads.
        lookedAt = signature;
        failures = 0;
        publish({});
      }
    } finally {
      running = false;
      if (again) {
        again = false;
        void look();
      }
    }
  }

  /** Fresh rows (with eTags), the plan again on them, then claim + send, ten recipients per $batch. */
  async function notify(state: ProjectState, expected: PlannedNotice[]): Promise<void> {
    const list = listRef(location, 'participants');
    let rows: SpItem<ParticipantRow>[];
    try {
      rows = await readAllPages<SpItem<ParticipantRow>>(graph, projectItems(list, state.project.projectKey), 'listsMissing');
    } catch (error) {
      // The token carries no TeamsActivity.Send without a prompt (no consent): nobody can be told from here.
      if (error instanceof StoreError && error.code === 'accessDenied') return giveUpAll(expected, 'noConsent');
      throw error;
    }
    const fresh = rows.flatMap((row) => {
      const participant = row.fields ? participantFromRow(row.fields) : undefined;
      return participant ? [{ participant, row }] : [];
    });
    for (const { participant } of fresh) claimed.delete(participant.person.id);
    const due = plan(state, fresh.map((f) => f.participant));
    let retryLater = false;
    for (let start = 0; start < due.length; start += RECIPIENTS_PER_BATCH) {
      const chunk = due.slice(start, start + RECIPIENTS_PER_BATCH);
      const parts = chunk.flatMap((notice, index): BatchPart[] => {
        const row = fresh.find((f) => f.participant.person.id === notice.recipient.id)?.row;
        const etag = row?.fields?.['@odata.etag'] ?? row?.eTag;
        if (!row || !etag) return [];
        return [
          { id: `claim${index}`, method: 'PATCH', url: itemFieldsPath(list, row.id), headers: { 'If-Match': etag }, body: noticeFieldsToRow(notice.notifiedAt, notice.overdueNamed) },
          activityRequest(content(state, notice), `notice${index}`, [`claim${index}`]),
        ];
      });
      if (parts.length === 0) continue;
      const answers = await sendBatch(graph, parts);
      chunk.forEach((notice, index) => {
        if (settle(notice, answers.get(`claim${index}`), answers.get(`notice${index}`), parts.find((p) => p.id === `notice${index}`)) === 'again') retryLater = true;
      });
    }
    if (retryLater) throw new StoreError('throttled', 'A claim or a notice was throttled', { retryable: true });
  }

  function content(state: ProjectState, notice: PlannedNotice) {
    const { project } = state;
    return {
      recipientId: notice.recipient.id,
      projectTitle: project.title,
      itemTitle: title(notice.itemKey),
      count: notice.count,
      overdueTitles: notice.overdue.map(title),
      link: options.link({
        projectKey: project.projectKey,
        siteUrl: location.siteUrl,
        itemKey: notice.itemKey,
        label: project.title,
        ...(project.teamGroupId ? { teamGroupId: project.teamGroupId } : {}),
        ...(project.channelId ? { channelId: project.channelId } : {}),
      }),
      ...(project.teamGroupId ? { teamGroupId: project.teamGroupId } : {}),
    };
  }

  /** One recipient's answers: sent, won by another confirmer, to go again, or given up. */
  function settle(notice: PlannedNotice, claim: BatchAnswer | undefined, sent: BatchAnswer | undefined, part: BatchPart | undefined): 'done' | 'again' {
    if (!claim || !sent) return 'done';
    if (!isSuccess(claim.status)) {
      // 412: another confirmer claimed the row first and sends the notice; 400: the list lacks our newer columns.
      if (claim.status === 429 || claim.status >= 500) return 'again';
      if (claim.status === 400) giveUp(notice.recipient, 'listsOutdated');
      return 'done';
    }
    claimed.set(notice.recipient.id, { notifiedAt: notice.notifiedAt, overdueNamed: notice.overdueNamed });
    if (isSuccess(sent.status)) {
      publish({ sent: [{ recipient: notice.recipient, at: now() }, ...feed.sent].slice(0, 20) });
      return 'done';
    }
    if (sent.status === 429 || sent.status >= 500) {
      // The claim is ours: only the notice goes again (under its own id, as a batch of its own).
      if (part) unsent = [...unsent, { part: { ...part, id: `resend-${notice.recipient.id}`, dependsOn: [] }, recipient: notice.recipient }];
      return 'again';
    }
    giveUp(notice.recipient, failureOf(sent));
    return 'done';
  }

  /** Notices whose claim is ours and whose send was throttled: the send alone goes again. */
  async function resend(): Promise<void> {
    if (unsent.length === 0) return;
    const waiting = unsent;
    unsent = [];
    const answers = await sendBatch(graph, waiting.map((w) => w.part)).catch((error: unknown) => {
      unsent = [...waiting, ...unsent];
      throw error;
    });
    for (const { part, recipient } of waiting) {
      const answer = answers.get(part.id);
      if (isSuccess(answer?.status)) publish({ sent: [{ recipient, at: now() }, ...feed.sent].slice(0, 20) });
      else if (answer && (answer.status === 429 || answer.status >= 500)) unsent = [...unsent, { part, recipient }];
      else if (answer) giveUp(recipient, failureOf(answer));
    }
    if (unsent.length > 0) throw new StoreError('throttled', 'A notice is still throttled', { retryable: true });
  }

  function giveUp(recipient: Person, failure: NoticeFailure): void {
    publish({ givenUp: [{ recipient, failure, at: now() }, ...feed.givenUp.filter((n) => n.recipient.id !== recipient.id)].slice(0, 20) });
  }

  function giveUpAll(due: PlannedNotice[], failure: NoticeFailure): void {
    for (const notice of due) giveUp(notice.recipient, failure);
  }

  const unsubscribeSession = session.subscribe(() => void look());
  const unsubscribeOnline = online.subscribe((isOnline) => {
    if (isOnline) void look();
  });
  void look();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => feed,
    dismiss: () => publish({ givenUp: [] }),
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribeSession();
      unsubscribeOnline();
      listeners.clear();
    },
  };
}

const otherSide = (side: Side): Side => (side === 'kommune' ? 'sykehus' : 'kommune');

/** The waits a notice can be about: those a known person's confirmation started. */
function waitingFor(waits: ReturnType<typeof itemsWaitingFor>): NoticeWait[] {
  return waits.flatMap((wait) => (wait.since && wait.confirmedBy ? [{ itemKey: wait.itemKey, since: wait.since, confirmedById: wait.confirmedBy.id }] : []));
}

/** A refused notice in the screen's words: Teams' 403s say whether consent or the app is missing. */
function failureOf(answer: BatchAnswer): NoticeFailure {
  if (answer.status !== 403) return 'refused';
  return /Missing scope permissions/i.test(graphErrorOf(answer.body).message) ? 'noConsent' : 'notInstalled';
}

const latest = (a: string | undefined, b: string | undefined): string | undefined => {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
};
