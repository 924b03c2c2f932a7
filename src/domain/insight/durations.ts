// Durations in days, summed up as Innsikt shows them: how many, the median and the longest.
import { median } from '../statistics';
import type { DurationFigures } from './types';

export function durationFigures(days: readonly number[]): DurationFigures {
  const med = median(days);
  return { count: days.length, ...(med !== undefined ? { medianDays: med, longestDays: Math.max(...days) } : {}) };
}
