import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: fast unit/integration tests (domain, store against the emulator over HTTPS, components in jsdom),
// and browser tests in real Chromium. `npm test` runs both.
export default defineConfig({
  plugins: [react()],
  test: {
    // Makes the emulator's TLS certificate and lets the test workers trust it (NODE_EXTRA_CA_CERTS), before they fork.
    globalSetup: ['tests/support/globalSetup.ts'],
    // The JSON report lets .ci/run print one plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['tests/support/domTestingTimeouts.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Vitest's default on 2 cores is one worker (cores - 1); the main process is idle while files run, so two.
          maxWorkers: 2,
          // The jsdom files each import Fluent UI's thousands of modules; pre-bundled once (node_modules/.vite/vitest)
          // they load in about half the time (tests/ui: 72 s -> 57 s on a quiet machine).
          deps: { optimizer: { client: { enabled: true, include: ['@fluentui/react-components', '@fluentui/react-icons', '@testing-library/react'] } } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // After the unit project, not beside it: two Chromium files at a time is what 2 cores carry.
          sequence: { groupOrder: 1 },
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file starts Chromium, the emulator and the app: two at a time is what 2 cores carry.
          maxWorkers: 2,
        },
      },
    ],
  },
});
