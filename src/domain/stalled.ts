// A project stalls when nobody has done anything in it for a while; coordinators filter on it.

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when at least `days` whole days have passed since the last activity. An unreadable timestamp is not called
 * stalled: the anomaly is shown elsewhere, and a false alarm to FSU/SSU costs more than a late one.
 */
export function isStalled(lastActivityAt: string, now: Date, days: number): boolean {
  const last = Date.parse(lastActivityAt);
  if (Number.isNaN(last)) return false;
  return now.getTime() - last >= days * DAY_MS;
}
