// Time that runs `scale` times faster than real time, for tests of behaviour that takes minutes (the tenant's budget
// windows). The emulator's clock, the Graph connection's clock and sleeps, and the session's clock and timers all run
// on it, so the product's own constants (a 4.25 s poll, a 60 s budget window) apply unchanged, only sooner.
import type { Timers } from '../src/store/sync/timers';

export interface CompressedTime {
  scale: number;
  /** Compressed ms since the epoch. */
  now(): number;
  clock(): Date;
  timers: Timers;
  /** Waits `ms` of compressed time. */
  sleep(ms: number): Promise<void>;
}

/** Compressed time that reads `startAt` now. */
export function compressedTime(scale: number, startAt: number): CompressedTime {
  const realStart = performance.now();
  const now = (): number => startAt + (performance.now() - realStart) * scale;
  const timers: Timers = {
    setTimeout: (callback, ms) => setTimeout(callback, ms / scale),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  return { scale, now, clock: () => new Date(now()), timers, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / scale)) };
}
