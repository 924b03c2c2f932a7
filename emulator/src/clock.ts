// The emulator's clock. One source of "now" for timestamps (Created, Modified) and the tenant RU budget's minute
// windows. Injectable (startEmulator({ clock })) so a test can turn the minute without waiting for it; the
// `clockOffsetSeconds` setting shifts it over HTTP as well.

/** Milliseconds since the epoch, like Date.now. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
