// Vitest hooks around the test emulator (kept apart from emulator.ts, which the benchmarks import outside vitest).
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestEmulator } from './emulator';
import type { TestEmulator } from './emulator';

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
 * One emulator world for the calling file: `start` makes it before the file's tests, its emulator is reset after each
 * test (see above) and closed after all. `perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));`
 * `assign` may be async, to prepare what the file's tests share (a list, a published model); the emulator is closed
 * after all even when that fails. Call it before the file's own afterEach hooks: those run first (vitest runs after-hooks
 * in reverse), so a file's clean-up still meets its faults and settings.
 */
export function perFile<W extends { emulator: TestEmulator }>(
  start: () => Promise<W>,
  assign: (world: W) => unknown,
  options: { /** For a start that seeds much (the hook's own limit otherwise). */ timeout?: number } = {},
): void {
  let running: TestEmulator | undefined;
  resetEmulatorAfterEach(() => running);
  beforeAll(async () => {
    const world = await start();
    running = world.emulator;
    await assign(world);
  }, options.timeout);
  afterAll(async () => {
    await running?.close();
  });
}

/**
 * A bare emulator for the calling file: `let emulator: TestEmulator; emulatorPerFile((started) => (emulator = started));`
 * or, with what its tests share: `emulatorPerFile(async (started) => { emu = started; items = await aList(emu); });`
 */
export function emulatorPerFile(assign: (emulator: TestEmulator) => unknown, options?: Parameters<typeof startTestEmulator>[0]): void {
  perFile(async () => ({ emulator: await startTestEmulator(options) }), (world) => assign(world.emulator));
}
