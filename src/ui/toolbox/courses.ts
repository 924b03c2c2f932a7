// Courses in date order: the next course day first, courses with no day ahead after them. Pure, so the view and its
// test agree on what "upcoming" means; `today` is an ISO date (YYYY-MM-DD) the caller decides.
import type { ToolboxEntry } from '../../model/types';

/** The first course day on or after `today`, or undefined. */
export function nextCourseDay(entry: ToolboxEntry, today: string): string | undefined {
  return [...(entry.course?.dates ?? [])].sort().find((date) => date >= today);
}

/** Upcoming courses first (soonest first), then the rest in their given order. Non-courses keep their order. */
export function coursesFirstByDate(entries: readonly ToolboxEntry[], today: string): ToolboxEntry[] {
  const upcoming = entries.filter((entry) => nextCourseDay(entry, today) !== undefined);
  upcoming.sort((a, b) => (nextCourseDay(a, today) ?? '').localeCompare(nextCourseDay(b, today) ?? ''));
  return [...upcoming, ...entries.filter((entry) => !upcoming.includes(entry))];
}

export const isoToday = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
