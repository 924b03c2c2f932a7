// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { PortfolioBehindNote } from '../../../src/ui/shell/PortfolioBehindNote';
import { StoreError } from '../../../src/store/ChecklistStore';
import type { PortfolioStatus } from '../../../src/store/graph/GraphChecklistStore';

// jsdom has no ResizeObserver (Fluent's MessageBar measures itself); an inert one is enough here.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The store's status as it changes (the real store's contract: a value and a change listener). */
function statusSource(initial: PortfolioStatus) {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    portfolioStatus: () => status,
    onPortfolioStatus: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: PortfolioStatus) {
      status = next;
      for (const listener of listeners) listener();
    },
  };
}

describe('PortfolioBehindNote', () => {
  it('says nothing while the Portfolio row is current, and says why when it falls behind', () => {
    const source = statusSource({ behind: false });
    render(<FluentProvider theme={teamsLightTheme}><PortfolioBehindNote store={source} language="nb" /></FluentProvider>);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => source.set({ behind: true, error: new StoreError('accessDenied', '403'), since: '2026-11-23T10:00:00Z' }));
    expect(screen.getByRole('status').textContent).toMatch(/Koordinatorenes oversikt er ikke oppdatert/);
    act(() => source.set({ behind: false }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
