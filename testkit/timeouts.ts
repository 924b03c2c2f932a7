// Every time limit of the suite, from one place and by one scale: vitest's test and hook timeouts, expect.poll,
// Testing Library's findBy/waitFor, Playwright's actions and waits, and the limits single tests set themselves.
//
// A limit is how long a test may wait for a state before it is called broken; a wait still ends the moment its
// condition holds. So a larger scale costs a passing run nothing, only a failing one reports later, and on a slow or
// shared machine (2 cores, several engineers, Chromium and the emulator beside the tests) every limit must stretch
// together rather than one at a time after a flaky run.
//
// The scale: TEST_TIME_SCALE when set (e.g. `TEST_TIME_SCALE=3 npm test`); otherwise at least 2 under CI (`CI=true`,
// where nobody waits at the screen and a flaky failure costs a whole rerun) and 1 on a developer's machine, raised by
// the work already running when the suite starts: each other runnable process per core (the 1-minute load average)
// slows every step of ours about that much, in steps of 0.5, up to 4. It is worked out once, in the process that reads
// vitest.config.ts, and handed to the test workers through the environment so that all of them use the same number.
import { availableParallelism, loadavg } from 'node:os';

const SCALE_VARIABLE = 'TEST_TIME_SCALE';
const MAX_AUTOMATIC_SCALE = 4;

function automaticScale(): number {
  const base = process.env.CI && process.env.CI !== 'false' ? 2 : 1;
  const othersPerCore = (loadavg()[0] ?? 0) / availableParallelism();
  return Math.min(MAX_AUTOMATIC_SCALE, Math.max(base, 1 + Math.floor(othersPerCore * 2) / 2));
}

function readScale(): number {
  const given = process.env[SCALE_VARIABLE];
  if (given !== undefined && given !== '') {
    const value = Number(given);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${SCALE_VARIABLE} must be a positive number, not «${given}»`);
    return value;
  }
  const value = automaticScale();
  process.env[SCALE_VARIABLE] = String(value);
  return value;
}

/** The factor every time limit of the suite is multiplied by. */
export const TIME_SCALE = readScale();

/** A time limit of `ms` on a quiet machine, scaled. For the few limits a test sets itself, beside those below. */
export const scaled = (ms: number): number => Math.round(ms * TIME_SCALE);

/** The suite's shared time limits, scaled. */
export const TIMEOUTS = {
  /** A test in Node or jsdom, and each of its hooks. */
  test: scaled(30_000),
  /** A browser test: Chromium, the app and two people. */
  browserTest: scaled(120_000),
  /** A browser file's hooks: the first starts the emulator, builds the app (once per source state) and seeds it. */
  browserHook: scaled(180_000),
  /** `expect.poll` and Testing Library's findBy/waitFor: a focus move, a lazily loaded chunk, a save. */
  poll: scaled(10_000),
  /** A Playwright action or wait (click, fill, setInputFiles, locator.waitFor, goto). */
  action: scaled(15_000),
  /** Until a colleague's change shows in another window: a save, the next delta poll, a render. */
  colleague: scaled(20_000),
} as const;

/** Said once by globalSetup.ts when the limits are not the quiet machine's. */
export function describeScale(): string {
  const load = `1-minute load ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores`;
  return `Test time limits ×${TIME_SCALE} (${SCALE_VARIABLE}; ${load}${process.env.CI ? ', CI' : ''})`;
}
