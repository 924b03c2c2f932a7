// Rendering app-shell views in jsdom: Fluent's provider and the shell context with a plain standalone host.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { createStandaloneHost } from '../src/host/standaloneHost';
import type { Language } from '../src/model/types';
import { ShellContext } from '../src/ui/base/HostReactContext';

// jsdom has no ResizeObserver (Fluent's MessageBar measures itself); an inert one is enough here.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

export function renderInShell(element: ReactElement, language: Language = 'nb') {
  const host = createStandaloneHost({ kind: 'browser', params: new URLSearchParams(), locale: 'nb-NO' });
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ShellContext.Provider value={{ host, language }}>{element}</ShellContext.Provider>
    </FluentProvider>,
  );
}
