// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { ProjectView } from '../../../src/ui/project';
import { allDone, itemState, kari, phase, projectState, renderInFluent, viewProps } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

async function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Bytt fase …' }));
  return screen.findByRole('dialog', { hidden: true });
}

describe('PhaseChangeDialog', () => {
  it('lists what is missing and requires a written reason to move on past an unmet gate', async () => {
    const { props, recorded } = viewProps(projectState('forankring'));
    renderInFluent(<ProjectView {...props} />);
    const dialog = await openDialog();
    expect(within(dialog).getByText('Mangler i Forankring og oppstart:')).toBeTruthy();
    for (const def of phase('forankring').checklist) expect(within(dialog).getByText(def.label.nb)).toBeTruthy();

    const move = within(dialog).getByRole('button', { name: 'Flytt til Utforske', hidden: true });
    fireEvent.click(move);
    expect(within(dialog).getByText('Feltet må fylles ut.')).toBeTruthy();
    expect(recorded.dispatched).toEqual([]);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Begrunnelse for å gå videre/, hidden: true }), {
      target: { value: 'Mandatet behandles i neste møte; innsikt kan starte' },
    });
    fireEvent.click(move);
    expect(recorded.dispatched).toEqual([{ kind: 'changePhase', to: 'utforske', reason: 'Mandatet behandles i neste møte; innsikt kan starte' }]);
  });

  it('moves on without a reason when every gate is met', async () => {
    const { props, recorded } = viewProps(projectState('forankring', allDone('forankring')));
    renderInFluent(<ProjectView {...props} />);
    const dialog = await openDialog();
    expect(within(dialog).getByText('Alle minimumskrav er oppfylt. Prosjektet kan gå videre.')).toBeTruthy();
    expect(within(dialog).queryByRole('textbox', { hidden: true })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Utforske', hidden: true }));
    expect(recorded.dispatched).toEqual([{ kind: 'changePhase', to: 'utforske' }]);
  });

  it('moves back without a reason', async () => {
    const { props, recorded } = viewProps(projectState('definere'));
    renderInFluent(<ProjectView {...props} />);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Utforske', hidden: true }));
    expect(within(dialog).getByText(/Du flytter prosjektet tilbake/)).toBeTruthy();
    expect(within(dialog).queryByRole('textbox', { hidden: true })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Utforske', hidden: true }));
    expect(recorded.dispatched).toEqual([{ kind: 'changePhase', to: 'utforske' }]);
  });

  it('shows the unmet gates of every phase skipped', async () => {
    const { props } = viewProps(projectState('forankring', allDone('forankring')));
    renderInFluent(<ProjectView {...props} />);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Utvikle', hidden: true }));
    expect(within(dialog).queryByText('Mangler i Forankring og oppstart:')).toBeNull();
    expect(within(dialog).getByText('Mangler i Utforske:')).toBeTruthy();
    expect(within(dialog).getByText('Mangler i Definere:')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /Begrunnelse for å gå videre/, hidden: true })).toBeTruthy();
  });

  it('says whose confirmation a both-sides item still lacks', async () => {
    const both = phase('forankring').checklist.filter((def) => def.requiresBothSides);
    const [confirmedByKommune, untouched] = both;
    if (!confirmedByKommune || !untouched) throw new Error('forankring needs two both-sides items');
    const state = projectState('forankring', [
      itemState('forankring', confirmedByKommune.key, { status: 'done', confirmations: { kommune: { by: kari, at: '2026-11-02T09:00:00Z' } } }),
      itemState('forankring', untouched.key, { status: 'done' }),
    ]);
    const { props } = viewProps(state);
    renderInFluent(<ProjectView {...props} />);
    const dialog = await openDialog();
    const entry = (label: string) => within(dialog).getByText(label, { exact: false }).closest('li')?.textContent ?? '';
    expect(entry(confirmedByKommune.label.nb)).toContain('(venter på bekreftelse fra sykehuset)');
    expect(entry(untouched.label.nb)).toContain('(venter på bekreftelse fra begge parter)');
  });
});
