// Vitest setup file for files with a DOM. Testing Library's findBy*/waitFor give up after 1 s by default, which a
// lazily loaded chunk (the history drawer) overruns on two busy cores, so they wait as long as expect.poll (timeouts.ts): waits still end the moment their condition
// holds, only a condition that never holds now fails later. And what a test rendered is unmounted after it, in every
// file: the files of a worker share modules (vitest.config.ts, isolate: false), so nothing may stay mounted for the
// next. Node-environment files have no DOM and are left alone.
import { afterEach } from 'vitest';
import { TIMEOUTS } from './timeouts';

if (typeof document !== 'undefined') {
  // Through @testing-library/react, whose `screen` and `waitFor` the tests use: the pre-bundled copy
  // (vitest.config.ts, deps.optimizer) carries its own @testing-library/dom, which a configure on the plain
  // package would not reach.
  const { cleanup, configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: TIMEOUTS.poll });
  afterEach(cleanup);
}

export {};
