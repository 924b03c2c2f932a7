// jsdom has no ResizeObserver; Fluent's MessageBar and dropdowns ask for one. Import for its effect.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;
