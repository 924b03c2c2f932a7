// Vitest hooks around the test emulator (kept apart from emulator.ts, which the benchmarks import outside vitest).
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestEmulator } from '../../testkit/emulator';
import type { TestEmulator } from '../../testkit/emulator';

/**
 * Resets the emulator's faults, settings and stats after every test of the calling file, so that one failing test
 * cannot leave a fault or setting behind for the next. Call at the top level of a test file:
 * `resetEmulatorAfterEach(() => emu)`. The getter may return undefined (the emulator did not start).
 */
export function resetEmulatorAfterEach(getEmulator: () => TestEmulator | undefined): void {
  afterEach(async () => {
    await getEmulator()?.admin.reset();
  });
}

/**
 * One emulator for the calling file: started before its tests, reset after each (see above), closed after all.
 * `let emulator: TestEmulator; emulatorPerFile((started) => (emulator = started));`
 */
export function emulatorPerFile(assign: (emulator: TestEmulator) => void): void {
  let running: TestEmulator | undefined;
  resetEmulatorAfterEach(() => running);
  beforeAll(async () => {
    running = await startTestEmulator();
    assign(running);
  });
  afterAll(async () => {
    await running?.close();
  });
}
