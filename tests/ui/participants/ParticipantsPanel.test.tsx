// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Participant, Person } from '../../../src/domain/types';
import { StoreError } from '../../../src/store/ChecklistStore';
import { ParticipantsBar } from '../../../src/ui/participants/ParticipantsBar';
import { ParticipantsPanel } from '../../../src/ui/participants/ParticipantsPanel';
import { ingrid, kari, kristin, organisationOf, per } from '../../../testkit/people';
import { NOW, PROJECT, row, saver } from '../../../testkit/participantFixtures';
import { renderInFluent, validFodselsnummer } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

// The drawer loads on first use: loaded once here, so a slow transform of a busy machine never decides a test.
beforeAll(async () => {
  await import('../../../src/ui/participants/ParticipantsDrawer');
});

const registry: Participant[] = [
  row(ingrid, organisationOf('ingrid'), 'sykehus'),
  row(per, organisationOf('per'), 'sykehus', null),
  row(kari, organisationOf('kari'), 'kommune'),
];

function renderPanel(person: Person, participants: Participant[] = registry, mayWrite = true) {
  const recorder = saver();
  renderInFluent(<ParticipantsPanel person={person} participants={participants} language="nb" mayWrite={mayWrite} onSave={recorder.onSave} now={() => NOW} />);
  return recorder;
}

async function openPanel() {
  fireEvent.click(screen.getByRole('button', { name: 'Deltakere' }));
  return screen.findByRole('dialog', { name: 'Deltakere i prosjektet' });
}

const entries = (panel: HTMLElement) => within(within(panel).getByRole('list', { name: 'Deltakere i prosjektet' })).getAllByRole('listitem');

describe('ParticipantsPanel', () => {
  it('lists participants with organisation and side, kommune first, marking me and rows not confirmed by the person', async () => {
    renderPanel(kari);
    const panel = await openPanel();
    expect(entries(panel).map((entry) => entry.textContent)).toEqual([
      expect.stringMatching(/^Kari Nordmann \(deg\)Lillehammer kommune · Kommune/),
      expect.stringMatching(/^Ingrid HansenSykehuset Innlandet HF · Sykehus/),
      expect.stringMatching(/^Per OlsenSykehuset Innlandet HF · SykehusIkke bekreftet av personen selv/),
    ]);
    expect(entries(panel)[1]!.textContent).not.toMatch(/Ikke bekreftet/);
  });

  it('lets a registered person correct someone else; the correction is not their confirmation', async () => {
    const recorder = renderPanel(kari);
    const panel = await openPanel();
    expect(within(panel).getByText(/Egen rolle for prosjektleder finnes ikke ennå/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Endre organisasjon og side for Ingrid Hansen' }));
    const form = within(panel).getByRole('form', { name: 'Rett opp Ingrid Hansen' });
    const organisation = within(form).getByRole('textbox', { name: /Organisasjon/ }) as HTMLInputElement;
    expect(organisation.value).toBe('Sykehuset Innlandet HF');
    await waitFor(() => expect(document.activeElement).toBe(organisation));
    expect((within(form).getByRole('radio', { name: 'Sykehuset' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(organisation, { target: { value: validFodselsnummer('010190') } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await within(form).findByText(/fødselsnummer/)).toBeTruthy();
    expect(recorder.saved).toEqual([]);

    fireEvent.change(organisation, { target: { value: 'Gjøvik kommune' } });
    fireEvent.click(within(form).getByRole('radio', { name: 'Kommunen' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(within(panel).queryByRole('form', { name: 'Rett opp Ingrid Hansen' })).toBeNull());
    expect(recorder.saved).toEqual([{ projectKey: PROJECT, person: ingrid, organisation: 'Gjøvik kommune', side: 'kommune' }]);
    // Focus goes back to the button that opened the form.
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Endre organisasjon og side for Ingrid Hansen' })));
  });

  it('correcting one’s own row counts as confirming it', async () => {
    const recorder = renderPanel(per);
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Endre organisasjon og side for Per Olsen' }));
    const form = within(panel).getByRole('form', { name: 'Rett opp Per Olsen' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(recorder.saved).toEqual([{ projectKey: PROJECT, person: per, organisation: 'Sykehuset Innlandet HF', side: 'sykehus', confirmedAt: NOW.toISOString() }]));
  });

  it('keeps the form open with the reason when SharePoint refuses the save', async () => {
    const recorder = renderPanel(kari);
    recorder.failWith(new StoreError('accessDenied', 'HTTP 403', { status: 403 }));
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Endre organisasjon og side for Per Olsen' }));
    const form = within(panel).getByRole('form', { name: 'Rett opp Per Olsen' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await within(form).findByText('Du har ikke tilgang til prosjektet. Be prosjektlederen om tilgang.')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Lagre' })).toBeTruthy();
    // Avbryt closes it without saving.
    fireEvent.click(within(form).getByRole('button', { name: 'Avbryt' }));
    expect(within(panel).queryByRole('form')).toBeNull();
    expect(recorder.saved).toEqual([]);
  });

  it('offers no corrections to someone not in the registry, or on a read-only surface', async () => {
    renderPanel(kristin);
    let panel = await openPanel();
    expect(within(panel).queryAllByRole('button', { name: /^Endre organisasjon/ })).toEqual([]);
    expect(within(panel).getByText(/Når du har bekreftet hvem du er med for/)).toBeTruthy();
    cleanup();

    renderPanel(kari, registry, false);
    panel = await openPanel();
    expect(within(panel).queryAllByRole('button', { name: /^Endre organisasjon/ })).toEqual([]);
    expect(entries(panel)).toHaveLength(3);
  });

  it('says so when nobody is registered', async () => {
    renderPanel(kari, []);
    const panel = await openPanel();
    expect(within(panel).getByText('Ingen har bekreftet hvem de er med for ennå.')).toBeTruthy();
  });
});

describe('ParticipantsBar', () => {
  it('does not ask while a cached copy is shown, but offers the panel', () => {
    const recorder = saver();
    renderInFluent(<ParticipantsBar person={kari} projectKey={PROJECT} participants={[]} language="nb" askNow={false} compact={false} onSave={recorder.onSave} />);
    expect(screen.queryByText('Hvem er du med for?')).toBeNull();
    expect(screen.getByRole('button', { name: 'Deltakere' })).toBeTruthy();
    cleanup();
    renderInFluent(<ParticipantsBar person={kari} projectKey={PROJECT} participants={[]} language="nb" askNow compact={false} onSave={recorder.onSave} />);
    expect(screen.getByText('Hvem er du med for?')).toBeTruthy();
  });
});
