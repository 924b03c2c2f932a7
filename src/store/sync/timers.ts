// The session's timers (the next poll, an intent's retry wait). The platform's by default; a test or the benchmark may
// run the session's time faster than real time by handing in timers, a clock and a Graph connection on the same time.

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The platform's timers, looked up at each call (so test doubles installed later are honoured). */
export const platformTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
