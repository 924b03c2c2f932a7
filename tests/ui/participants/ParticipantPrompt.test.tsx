// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Participant, Person } from '../../../src/domain/types';
import type { Language } from '../../../src/model/types';
import { StoreError } from '../../../src/store/ChecklistStore';
import { ParticipantPrompt } from '../../../src/ui/participants/ParticipantPrompt';
import { ingrid, kari, kristin } from '../../../testkit/people';
import { NOW, PROJECT, guest, row, saver } from '../../../testkit/participantFixtures';
import { renderInFluent, validFodselsnummer } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

// The "Endre" dialog loads on first use: loaded once here, so a slow transform of a busy machine never decides a test.
// Mounted after that load, outside the click, it may be marked aria-hidden by tabster in jsdom (as the project's
// lazy dialogs are, see tests/ui/project): queries inside it say `hidden: true`; tests/browser/participants.test.ts
// finds it by role in Chromium.
beforeAll(async () => {
  await import('../../../src/ui/participants/ParticipantForm');
});

function renderPrompt(person: Person, participants: Participant[] = [], language: Language = 'nb') {
  const recorder = saver();
  renderInFluent(<ParticipantPrompt person={person} projectKey={PROJECT} participants={participants} language={language} onSave={recorder.onSave} now={() => NOW} />);
  return recorder;
}

const yes = () => screen.getByRole('button', { name: 'Ja' });
const change = () => screen.getByRole('button', { name: 'Endre' });

describe('ParticipantPrompt', () => {
  it('suggests the organisation and side from the e-mail domain and saves them, confirmed, on Ja', async () => {
    const recorder = renderPrompt(kari, [row(ingrid, 'Sykehuset Innlandet HF', 'sykehus')]);
    expect(screen.getByText('Hvem er du med for?')).toBeTruthy();
    expect(screen.getByText(/Du bekrefter for: Lillehammer kommune \(kommunen\)\. Stemmer dette\?/)).toBeTruthy();

    fireEvent.click(yes());
    const notice = await screen.findByText('Takk. Du bekrefter for Lillehammer kommune (kommunen).');
    expect(recorder.saved).toEqual([
      { projectKey: PROJECT, person: kari, organisation: 'Lillehammer kommune', side: 'kommune', confirmedAt: NOW.toISOString() },
    ]);
    expect(screen.queryByText('Hvem er du med for?')).toBeNull();
    // Focus is not lost with the buttons: it moves to the thank-you.
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toBe(document.activeElement));
  });

  it('is not shown to someone who has confirmed their row', () => {
    renderPrompt(kari, [row(kari, 'Lillehammer kommune', 'kommune')]);
    expect(screen.queryByText('Hvem er du med for?')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ja' })).toBeNull();
  });

  it('asks about the row the lead wrote (not confirmed by the person) rather than the e-mail suggestion', () => {
    const recorder = renderPrompt(kari, [row(kari, 'Gausdal kommune', 'kommune', null)]);
    expect(screen.getByText(/Du bekrefter for: Gausdal kommune \(kommunen\)/)).toBeTruthy();
    fireEvent.click(yes());
    return waitFor(() => expect(recorder.saved.map((saved) => [saved.organisation, saved.confirmedAt])).toEqual([['Gausdal kommune', NOW.toISOString()]]));
  });

  it('lets the person change organisation and side, refusing a fødselsnummer in the organisation', async () => {
    const recorder = renderPrompt(kari);
    fireEvent.click(change());
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('Hvem er du med for?')).toBeTruthy();
    const organisation = within(dialog).getByRole('textbox', { name: /Organisasjon/, hidden: true }) as HTMLInputElement;
    expect(organisation.value).toBe('Lillehammer kommune');
    expect((within(dialog).getByRole('radio', { name: 'Kommunen', hidden: true }) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(organisation, { target: { value: `Pasient ${validFodselsnummer()}` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre', hidden: true }));
    expect(await within(dialog).findByText(/fødselsnummer/)).toBeTruthy();
    expect(organisation.getAttribute('aria-invalid')).toBe('true');
    expect(recorder.saved).toEqual([]);

    fireEvent.change(organisation, { target: { value: '  Sykehuset Innlandet HF, Gjøvik  ' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Sykehuset', hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(recorder.saved).toEqual([
      { projectKey: PROJECT, person: kari, organisation: 'Sykehuset Innlandet HF, Gjøvik', side: 'sykehus', confirmedAt: NOW.toISOString() },
    ]);
    expect(screen.getByText('Takk. Du bekrefter for Sykehuset Innlandet HF, Gjøvik (sykehuset).')).toBeTruthy();
  });

  // Focus returning to Endre needs layout (tabster's restorer): tests/browser/participants.test.ts checks it.
  it('keeps asking when the dialog is cancelled', async () => {
    const recorder = renderPrompt(ingrid);
    fireEvent.click(change());
    const dialog = await screen.findByRole('dialog', { hidden: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(screen.getByText(/Du bekrefter for: Sykehuset Innlandet HF \(sykehuset\)/)).toBeTruthy();
    expect(recorder.saved).toEqual([]);
  });

  it('keeps the prompt and shows why when saving fails', async () => {
    const recorder = renderPrompt(kari);
    recorder.failWith(new StoreError('accessDenied', 'HTTP 403', { status: 403 }));
    fireEvent.click(yes());
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Du har ikke tilgang til prosjektet. Be prosjektlederen om tilgang.');
    expect(yes()).toBeTruthy();
    expect(recorder.saved).toEqual([]);
  });

  it('tells a person with no side (a coordinator) that they can view but not confirm, and may be closed', () => {
    renderPrompt(kristin);
    expect(screen.getByText(/Du er med for Helsefellesskap Innlandet og bekrefter ikke for noen side/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ja' })).toBeNull();
    expect(change()).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(screen.queryByText('Hvem er du med for?')).toBeNull();
  });

  it('asks someone from an unknown domain to choose, with nothing filled in', async () => {
    const recorder = renderPrompt(guest);
    expect(screen.getByText(/Vi vet ikke hvem du er med for/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Velg' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect((within(dialog).getByRole('textbox', { name: /Organisasjon/, hidden: true }) as HTMLInputElement).value).toBe('');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre', hidden: true }));
    expect(await within(dialog).findByText('Feltet må fylles ut.')).toBeTruthy();
    expect(within(dialog).getByText('Velg hvilken side du bekrefter for.')).toBeTruthy();
    expect(recorder.saved).toEqual([]);
  });

  it('speaks nynorsk and English', () => {
    renderPrompt(kari, [], 'nn');
    expect(screen.getByText('Kven er du med for?')).toBeTruthy();
    cleanup();
    renderPrompt(ingrid, [], 'en');
    expect(screen.getByText(/You confirm for: Sykehuset Innlandet HF \(the hospital\)\. Is that right\?/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();
  });
});
