// Who is told that an item waits for their side, and when (issue 22): the sender's own confirmations only, the other
// side's registered participants, at most one notice per recipient per project per 15 minutes counting every item
// that waits, overdue items named once.
import { describe, expect, it } from 'vitest';
import { NOTICE_QUIET_MS, planWaitingNotices } from '../../src/domain/waitingNotices';
import type { NoticeRecipient, NoticeWait } from '../../src/domain/waitingNotices';

const kari = 'kari-id';
const ola = 'ola-id';
const ingrid: NoticeRecipient = { person: { id: 'ingrid-id', name: 'Ingrid Hansen' }, overdueNamed: [] };
const now = '2026-03-02T10:00:00.000Z';
const minutesAgo = (m: number) => new Date(Date.parse(now) - m * 60_000).toISOString();
const daysAgo = (d: number) => new Date(Date.parse(now) - d * 24 * 60 * 60_000).toISOString();
const item = (itemKey: string, since: string, confirmedById = kari): NoticeWait => ({ itemKey, since, confirmedById });

describe('planWaitingNotices', () => {
  it('tells a recipient never told before about the sender’s newest waiting item, counting every item that waits', () => {
    const waiting = [item('a', minutesAgo(30)), item('b', minutesAgo(1)), item('c', minutesAgo(5), ola)];
    const plan = planWaitingNotices({ senderId: kari, waiting, recipients: [ingrid], now, limitDays: 14 });
    expect(plan.due).toEqual([{ recipient: ingrid.person, itemKey: 'b', count: 3, overdue: [], notifiedAt: now, overdueNamed: [] }]);
    expect(plan.nextCheckAt).toBeUndefined();
  });

  it('sends nothing about items others confirmed: their own sessions tell about those', () => {
    const plan = planWaitingNotices({ senderId: kari, waiting: [item('c', minutesAgo(1), ola)], recipients: [ingrid], now, limitDays: 14 });
    expect(plan.due).toEqual([]);
  });

  it('a wait that started more than a day ago starts no notice (it is named once it is overdue)', () => {
    const plan = planWaitingNotices({ senderId: kari, waiting: [item('a', daysAgo(2))], recipients: [ingrid], now, limitDays: 14 });
    expect(plan.due).toEqual([]);
    const reload = planWaitingNotices({ senderId: kari, waiting: [item('a', minutesAgo(23 * 60))], recipients: [ingrid], now, limitDays: 14 });
    expect(reload.due.map((n) => n.itemKey)).toEqual(['a']);
  });

  it('never sends to the sender', () => {
    const plan = planWaitingNotices({ senderId: kari, waiting: [item('a', minutesAgo(1))], recipients: [{ person: { id: kari, name: 'Kari' }, overdueNamed: [] }], now, limitDays: 14 });
    expect(plan.due).toEqual([]);
  });

  it('coalesces: a recipient told within 15 minutes is told again once the quiet time is over, not before', () => {
    const told = { ...ingrid, notifiedAt: minutesAgo(10) };
    const waiting = [item('a', minutesAgo(2))];
    const plan = planWaitingNotices({ senderId: kari, waiting, recipients: [told], now, limitDays: 14 });
    expect(plan.due).toEqual([]);
    expect(plan.nextCheckAt).toBe(new Date(Date.parse(minutesAgo(10)) + NOTICE_QUIET_MS).toISOString());
    const later = new Date(Date.parse(now) + 5 * 60_000).toISOString();
    expect(planWaitingNotices({ senderId: kari, waiting, recipients: [told], now: later, limitDays: 14 }).due.map((n) => n.itemKey)).toEqual(['a']);
  });

  it('tells nobody again about items that waited before their last notice', () => {
    const told = { ...ingrid, notifiedAt: minutesAgo(60) };
    const plan = planWaitingNotices({ senderId: kari, waiting: [item('a', minutesAgo(90))], recipients: [told], now, limitDays: 14 });
    expect(plan.due).toEqual([]);
    expect(plan.nextCheckAt).toBeUndefined();
  });

  it('names overdue items once, oldest first, and forgets those that stopped waiting', () => {
    const waiting = [item('new', minutesAgo(1)), item('old', daysAgo(20), ola), item('older', daysAgo(30), ola), item('recent', daysAgo(3), ola)];
    const first = planWaitingNotices({ senderId: kari, waiting, recipients: [{ ...ingrid, overdueNamed: ['gone'] }], now, limitDays: 14 });
    expect(first.due[0]).toMatchObject({ itemKey: 'new', count: 4, overdue: ['older', 'old'], overdueNamed: ['older', 'old'] });
    const told = { ...ingrid, notifiedAt: minutesAgo(20), overdueNamed: first.due[0]!.overdueNamed };
    const again = planWaitingNotices({ senderId: kari, waiting: [...waiting, item('newer', minutesAgo(0.5))], recipients: [told], now, limitDays: 14 });
    expect(again.due[0]).toMatchObject({ itemKey: 'newer', overdue: [], overdueNamed: ['older', 'old'] });
  });

  it('follows the project’s own limit', () => {
    const waiting = [item('new', minutesAgo(1)), item('week', daysAgo(8), ola)];
    expect(planWaitingNotices({ senderId: kari, waiting, recipients: [ingrid], now, limitDays: 7 }).due[0]!.overdue).toEqual(['week']);
    expect(planWaitingNotices({ senderId: kari, waiting, recipients: [ingrid], now, limitDays: 14 }).due[0]!.overdue).toEqual([]);
  });

  it('compares times in whole seconds, as SharePoint keeps them (an item confirmed in the notice’s second was counted by it)', () => {
    const told = { ...ingrid, notifiedAt: '2026-03-02T09:00:00.900Z' };
    const same = planWaitingNotices({ senderId: kari, waiting: [item('a', '2026-03-02T09:00:00Z')], recipients: [told], now, limitDays: 14 });
    expect(same.due).toEqual([]);
    // The row keeps the notice's second without its milliseconds; the item's confirmation, later in that second, was counted.
    const sameSecond = planWaitingNotices({ senderId: kari, waiting: [item('a', '2026-03-02T09:00:00.400Z')], recipients: [{ ...ingrid, notifiedAt: '2026-03-02T09:00:00Z' }], now, limitDays: 14 });
    expect(sameSecond.due).toEqual([]);
    const later = planWaitingNotices({ senderId: kari, waiting: [item('a', '2026-03-02T09:00:01.000Z')], recipients: [{ ...ingrid, notifiedAt: '2026-03-02T09:00:00Z' }], now, limitDays: 14 });
    expect(later.due.map((n) => n.itemKey)).toEqual(['a']);
  });
});
