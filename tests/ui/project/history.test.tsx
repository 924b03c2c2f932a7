// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ProjectView } from '../../../src/ui/project';
import { formatDate, formatDateTime, formatPercent, pluralOf } from '../../../src/ui/base/formatDate';
import { storeErrorMessage } from '../../../src/ui/base/storeErrorMessage';
import type { ProjectEvent } from '../../../src/domain/types';
import { InFluent, projectState, renderInFluent, viewProps } from '../../../testkit/projectViewFixtures';
import { kari, ola } from '../../../testkit/people';

afterEach(cleanup);

describe('project history', () => {
  it('describes phase changes and gate overrides with their reason, in the user’s language', async () => {
    const { props, recorded } = viewProps(projectState('definere'), { language: 'en' }, [
      { intentId: 'e-2', projectKey: 'p', at: '2026-11-10T08:30:00Z', actor: ola, side: 'kommune', kind: 'gateOverride', from: 'utforske', to: 'definere', reason: 'Data arrives next week' },
      { intentId: 'e-1', projectKey: 'p', at: '2026-10-01T08:00:00Z', actor: kari, kind: 'phaseChange', from: 'forankring', to: 'utforske' },
      { intentId: 'e-0', projectKey: 'p', at: '2026-09-01T08:00:00Z', actor: kari, kind: 'status', itemKey: 'removed-item', to: 'done' },
    ]);
    renderInFluent(<ProjectView {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'History' }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('moved the project from Explore to Define before all minimum requirements were met')).toBeTruthy());
    expect(within(drawer).getByText('Ola Bakken (Municipality)')).toBeTruthy();
    expect(within(drawer).getByText('Reason: Data arrives next week')).toBeTruthy();
    expect(within(drawer).getByText('moved the project from Anchoring and start-up to Explore')).toBeTruthy();
    // An item the model no longer knows is shown by its key, not dropped.
    expect(within(drawer).getByText('ticked “removed-item”')).toBeTruthy();
    expect(recorded.historyAsked).toEqual([undefined]);
  });

  it('names stored phase values (phase:levere) by the phase, and shows a move past unmet requirements once', async () => {
    const { props } = viewProps(projectState('levere'), {}, [
      { intentId: 'move', projectKey: 'p', at: '2026-11-10T08:30:00Z', actor: kari, kind: 'gateOverride', from: 'phase:utvikle', to: 'phase:levere', reason: 'Vedtatt' },
      { intentId: 'move', projectKey: 'p', at: '2026-11-10T08:30:00Z', actor: kari, kind: 'phaseChange', from: 'phase:utvikle', to: 'phase:levere' },
      { intentId: 'back', projectKey: 'p', at: '2026-11-11T08:30:00Z', actor: kari, kind: 'phaseChange', from: 'phase:levere', to: 'phase:utvikle' },
    ]);
    renderInFluent(<ProjectView {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Historikk' }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getAllByRole('listitem')).toHaveLength(2));
    expect(within(drawer).getByText('flyttet prosjektet fra Utvikle til Levere – teste og implementere uten at alle minimumskrav var oppfylt')).toBeTruthy();
    expect(within(drawer).getByText('flyttet prosjektet fra Levere – teste og implementere til Utvikle')).toBeTruthy();
    expect(drawer.textContent).not.toMatch(/phase:/);
  });

  it('says so when there is no history yet', async () => {
    const { props } = viewProps(projectState('forankring'));
    renderInFluent(<ProjectView {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Historikk' }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('Ingen hendelser ennå.')).toBeTruthy());
  });

  it('reads the history again when a change lands while it is open, keeping what it shows meanwhile', async () => {
    const events: ProjectEvent[] = [];
    const { props, recorded } = viewProps(projectState('forankring'), {}, events);
    const view = render(<ProjectView {...props} />, { wrapper: InFluent });
    fireEvent.click(screen.getByRole('button', { name: 'Historikk' }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('Ingen hendelser ennå.')).toBeTruthy());
    // Kari's own tick reaches SharePoint after she opened the drawer: the confirmed state is a new object.
    events.push({ intentId: 'tick', projectKey: 'p', at: '2026-11-10T08:30:00Z', actor: kari, kind: 'status', itemKey: 'removed-item', to: 'done' });
    const landed = { ...props.snapshot, confirmed: projectState('forankring') };
    view.rerender(<ProjectView {...props} snapshot={landed} />);
    expect(within(drawer).queryByText('Laster historikk …')).toBeNull();
    await waitFor(() => expect(within(drawer).getByText('krysset av «removed-item»')).toBeTruthy());
    expect(recorded.historyAsked).toEqual([undefined, undefined]);
    // A render that changes nothing SharePoint confirmed reads nothing.
    view.rerender(<ProjectView {...props} snapshot={{ ...landed, lastSyncedAt: '2026-11-10T08:31:00Z' }} />);
    expect(recorded.historyAsked).toHaveLength(2);
  });
});

describe('formatting shared by the views', () => {
  it('writes dates, percentages and plural forms per language', () => {
    const at = '2026-11-04T11:00:00Z';
    expect(formatDateTime(at, 'nb')).toMatch(/^4\. nov\. 2026/);
    expect(formatDateTime(at, 'en')).toMatch(/^4 Nov 2026/);
    expect(formatDateTime('not a date', 'nb')).toBe('not a date');
    expect(formatDate(at, 'nb')).toBe('4. nov. 2026');
    expect(formatDate(at, 'en')).toBe('4 Nov 2026');
    // A no-break space before the sign in Norwegian: "86 %" never breaks over two lines.
    expect(formatPercent(86, 'nb')).toBe('86\u00a0%');
    expect(formatPercent(86, 'en')).toBe('86%');
    expect([pluralOf(1, 'nb'), pluralOf(2, 'nb'), pluralOf(1, 'nn'), pluralOf(0, 'en')]).toEqual(['one', 'other', 'one', 'other']);
  });

  it('maps every store error code to a message in each language', () => {
    for (const code of ['listsMissing', 'accessDenied', 'network', 'invalidInput', 'unknown'] as const) {
      const texts = (['nb', 'nn', 'en'] as const).map((language) => storeErrorMessage(code, language));
      expect(new Set(texts).size, code).toBe(3);
    }
  });
});
