import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { TIMEOUTS } from './testkit/timeouts.ts';

// Four projects that `npm test` runs: unit/integration tests in Node (domain, store against the emulator over HTTPS),
// components in jsdom, the few files that replace modules, and browser tests in real Chromium.
//
// Most files share their worker's module cache (isolate: false): each jsdom file otherwise imports Fluent UI's
// thousands of modules again, and each emulator file the emulator and the store (tests/ui 58 s -> 32 s, the Node files
// 40 s -> 29 s on a quiet machine). That is safe because the files reset what they change (emulator settings and
// faults after each test, testing-library's cleanup, real timers back). A file that replaces a module with `vi.mock`
// would leak the fake into the next file of its worker, so those files are found here and run isolated.

const TEST_FILE = /\.test\.tsx?$/;
const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((file) => TEST_FILE.test(file) && !file.startsWith('browser'))
  .map((file) => `tests/${file.replaceAll('\\', '/')}`);
const MOCKS_MODULES = /\bvi\.(mock|doMock)\(/;
const mockingFiles = testFiles.filter((file) => MOCKS_MODULES.test(readFileSync(file, 'utf8')));

// Every time limit below and in the tests comes from testkit/timeouts.ts and stretches with one scale (TEST_TIME_SCALE),
// worked out here once and handed to the workers through the environment. (Imported with its extension: Vite 8 warns
// that its coming native config loader cannot resolve an extensionless import.)

const inProcess: TestProjectInlineConfiguration['test'] = {
  // Before the browser project, not beside it: two Chromium files at a time is what 2 cores carry.
  sequence: { groupOrder: 0 },
  setupFiles: ['testkit/domTestingSetup.ts'],
  testTimeout: TIMEOUTS.test,
  hookTimeout: TIMEOUTS.test,
  // Vitest's default on 2 cores is one worker (cores - 1); the main process is idle while files run, so two.
  maxWorkers: 2,
  // Fluent UI and Testing Library pre-bundled once (node_modules/.vite/vitest) load in about half the time.
  deps: { optimizer: { client: { enabled: true, include: ['@fluentui/react-components', '@fluentui/react-icons', '@testing-library/react'] } } },
};

export default defineConfig({
  plugins: [react()],
  test: {
    // Makes the emulator's TLS certificate and lets the test workers trust it (NODE_EXTRA_CA_CERTS), before they fork.
    globalSetup: ['testkit/globalSetup.ts'],
    // The JSON report lets .ci/run print one plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          ...inProcess,
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', ...mockingFiles, 'node_modules/**'],
          // A file may ask for jsdom in its first line (`@vitest-environment jsdom`).
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...inProcess,
          name: 'ui',
          include: ['tests/**/*.test.tsx'],
          exclude: [...mockingFiles, 'node_modules/**'],
          environment: 'jsdom',
          isolate: false,
        },
      },
      ...(mockingFiles.length === 0
        ? []
        : [{ extends: true as const, test: { ...inProcess, name: 'mocks', include: mockingFiles, environment: 'node', isolate: true } }]),
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['testkit/browser/setup.ts'],
          environment: 'node',
          testTimeout: TIMEOUTS.browserTest,
          hookTimeout: TIMEOUTS.browserHook,
          // expect.poll gives up after 1 s by default; on two busy cores a focus move or a save can take longer.
          // A poll still ends the moment its condition holds.
          expect: { poll: { timeout: TIMEOUTS.poll } },
          // Each file starts Chromium, the emulator and the app: two at a time is what 2 cores carry.
          maxWorkers: 2,
          // Playwright, the emulator and the seeding code load once per worker, not once per file (139 s -> 111 s).
          isolate: false,
        },
      },
    ],
  },
});
