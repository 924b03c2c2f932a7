// @vitest-environment jsdom
// The DOM setup file (testkit/domTestingSetup.ts) must reach the Testing Library copy the tests use: the
// pre-bundled @testing-library/react carries its own @testing-library/dom, so a configure on the plain package
// leaves the 1 s default in force (seen: lazily loaded drawers missed it on a busy machine).
import { expect, it } from 'vitest';
import { getConfig } from '@testing-library/react';
import { TIMEOUTS, scaled } from '../../testkit/timeouts';

it('gives the tests’ waits 10 s, scaled as every limit of the suite', () => {
  expect(getConfig().asyncUtilTimeout).toBe(TIMEOUTS.poll);
  expect(TIMEOUTS.poll).toBe(scaled(10_000));
});

// vitest.config.ts works the scale out in the main process and this worker reads it from the environment: one number.
it('runs under the time limit vitest.config.ts set, by the same scale as this worker’s', ({ task }) => {
  expect(task.timeout).toBe(TIMEOUTS.test);
});
