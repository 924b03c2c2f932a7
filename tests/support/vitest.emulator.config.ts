// Config for running the emulator's own tests before the lead wires globalSetup into vitest.config.ts:
//   npx vitest run --config tests/support/vitest.emulator.config.ts tests/emulator
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/emulator/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
