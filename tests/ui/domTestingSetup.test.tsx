// @vitest-environment jsdom
// The DOM setup file (testkit/domTestingSetup.ts) must reach the Testing Library copy the tests use: the
// pre-bundled @testing-library/react carries its own @testing-library/dom, so a configure on the plain package
// leaves the 1 s default in force (seen: lazily loaded drawers missed it on a busy machine).
import { expect, it } from 'vitest';
import { getConfig } from '@testing-library/react';

it('gives the tests’ waits 10 s', () => {
  expect(getConfig().asyncUtilTimeout).toBe(10_000);
});
