// @vitest-environment jsdom
// A render error shows the calm crash page (with a reload) instead of a blank frame; without one, the children.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/shell/ErrorBoundary';
import { renderInShell } from '../../../testkit/shell';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('render failed');
}

describe('ErrorBoundary', () => {
  it('shows its children while nothing throws', () => {
    renderInShell(
      <ErrorBoundary language="nb">
        <p>innhold</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('innhold')).toBeTruthy();
  });

  it('replaces a failed render with the crash page and a reload button, and logs the error', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderInShell(
      <ErrorBoundary language="nb">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Noe gikk galt.*Ingenting du har krysset av, går tapt/);
    expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeTruthy();
    expect(logged.mock.calls.some((call) => String(call[0]).includes('Felles modell: render error'))).toBe(true);
  });
});
