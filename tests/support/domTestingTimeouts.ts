// Vitest setup file: Testing Library's findBy*/waitFor give up after 1 s by default, which a lazily loaded chunk
// (the history drawer) overruns on two busy cores. Waits still end the moment their condition holds; only a
// condition that never holds now fails later. Node-environment files have no DOM and are left alone.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10_000 });
}

export {};
