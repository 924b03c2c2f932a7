// "Venter på deg" (issue 22): who is told, in Teams' activity feed, that an item waits for their side, and when.
// Pure: the notifier (src/store/notify) reads the recipients' rows, asks this plan, and claims and sends what it says.
// - Only the person whose confirmation left an item waiting sends about it (their own ticks, of the last day: an older
//   wait is no news, and is named when it is overdue), never to their own side
//   (the recipients given are the other side's registered participants who have not turned notices off).
// - Coalesced: at most one notice per recipient per project per NOTICE_QUIET_MS; it counts every item that waits for
//   the recipient's side. Which notice came last lives in the recipient's Participants row (NotifiedAt), shared by
//   every device and person: the notifier claims it with If-Match before sending, so two confirmers never both send.
// - Overdue items (waiting past the project's limit) are named once, in the next notice (OverdueNamed in the row).
import type { Person } from './types';

export const NOTICE_QUIET_MS = 15 * 60 * 1000;
/** A confirmation older than this never starts a notice (a notice owed across a reload or an offline day still goes). */
export const NOTICE_NEWS_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One item waiting for the recipients' side (domain/evidence's rule): since when, and who confirmed it for the side that did. */
export interface NoticeWait {
  itemKey: string;
  /** ISO 8601: the confirmation that left the item waiting. */
  since: string;
  confirmedById: string;
}

/** A recipient as their Participants row says: when they were last told, and which overdue items were named. */
export interface NoticeRecipient {
  person: Person;
  notifiedAt?: string;
  overdueNamed: readonly string[];
}

export interface PlannedNotice {
  recipient: Person;
  /** The newest item the sender's own confirmation left waiting (the one the notice names and links to). */
  itemKey: string;
  /** Every item waiting for the recipient's side. */
  count: number;
  /** Overdue items named in this notice (each only once). */
  overdue: string[];
  /** The recipient's row after the notice: NotifiedAt, OverdueNamed. */
  notifiedAt: string;
  overdueNamed: string[];
}

export interface NoticePlan {
  due: PlannedNotice[];
  /** When a recipient owed a notice leaves the quiet time (ISO 8601), so an open session can look again then. */
  nextCheckAt?: string;
}

const time = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NaN);
/** SharePoint keeps whole seconds: an item confirmed in the second a notice went was counted by it. */
const second = (iso: string | undefined): number => Math.floor(time(iso) / 1000);

export function planWaitingNotices(input: {
  /** The sender: the person whose session plans. */
  senderId: string;
  /** Items waiting for the recipients' side (the one "waiting for side X since T" rule). */
  waiting: readonly NoticeWait[];
  recipients: readonly NoticeRecipient[];
  now: string;
  /** The project's waiting limit in days. */
  limitDays: number;
}): NoticePlan {
  const now = time(input.now);
  const own = input.waiting.filter((item) => item.confirmedById === input.senderId && now - time(item.since) <= NOTICE_NEWS_MS);
  const stillWaiting = new Set(input.waiting.map((item) => item.itemKey));
  const due: PlannedNotice[] = [];
  let nextCheck = Number.POSITIVE_INFINITY;
  for (const recipient of input.recipients) {
    if (recipient.person.id === input.senderId) continue;
    const last = time(recipient.notifiedAt);
    const fresh = own.filter((item) => Number.isNaN(last) || second(item.since) > second(recipient.notifiedAt));
    if (fresh.length === 0) continue;
    if (!Number.isNaN(last) && now - last < NOTICE_QUIET_MS) {
      nextCheck = Math.min(nextCheck, last + NOTICE_QUIET_MS);
      continue;
    }
    const newest = [...fresh].sort((a, b) => time(b.since) - time(a.since))[0] as NoticeWait;
    // Items that stopped waiting are forgotten, so one that waits again later may be named again.
    const named = recipient.overdueNamed.filter((key) => stillWaiting.has(key));
    const overdue = input.waiting
      .filter((item) => now - time(item.since) > input.limitDays * DAY_MS && !named.includes(item.itemKey))
      .sort((a, b) => time(a.since) - time(b.since))
      .map((item) => item.itemKey);
    due.push({ recipient: recipient.person, itemKey: newest.itemKey, count: input.waiting.length, overdue, notifiedAt: input.now, overdueNamed: [...named, ...overdue] });
  }
  return Number.isFinite(nextCheck) ? { due, nextCheckAt: new Date(nextCheck).toISOString() } : { due };
}
