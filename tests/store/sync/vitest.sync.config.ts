// Runs the sync tests (the emulator ones need the emulator's certificate) until the lead adds globalSetup to
// vitest.config.ts:  npx vitest run --config tests/store/sync/vitest.sync.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/store/sync/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
