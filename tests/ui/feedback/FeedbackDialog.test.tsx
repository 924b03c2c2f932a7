// @vitest-environment jsdom
// Giving feedback: the text rules before sending, and a refusal (no access to the coordination site, offline) said in
// the person's language with the text kept on the screen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { FeedbackDialog } from '../../../src/ui/feedback/FeedbackDialog';
import { StoreError } from '../../../src/store/ChecklistStore';
import { renderInFluent } from '../../../testkit/projectViewFixtures';
import { validNationalId } from '../../../testkit/browser/nationalId';

afterEach(cleanup);

const open = (onSubmit: (kind: string, text: string) => Promise<void>) =>
  renderInFluent(<FeedbackDialog open targetLabel="Mandat godkjent" language="nb" onSubmit={onSubmit} onClose={() => undefined} />);
const textbox = () => screen.getByRole('textbox', { name: /Tilbakemelding/ });

describe('FeedbackDialog', () => {
  it('sends the kind and the text, and thanks', async () => {
    const onSubmit = vi.fn(async () => undefined);
    open(onSubmit);
    fireEvent.click(screen.getByRole('radio', { name: 'Forslag' }));
    fireEvent.change(textbox(), { target: { value: 'Legg inn en mal for mandatet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Takk! Tilbakemeldingen er sendt til koordinatorene.');
    expect(onSubmit).toHaveBeenCalledWith('suggestion', 'Legg inn en mal for mandatet');
  });

  it('refuses a fødselsnummer and an empty "uklart" before anything is sent', () => {
    const onSubmit = vi.fn(async () => undefined);
    open(onSubmit);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('Feltet må fylles ut.')).toBeTruthy();
    fireEvent.change(textbox(), { target: { value: `Gjelder ${validNationalId('010170')}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText(/fødselsnummer/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a member the coordination site does not admit is told whom to ask, and the text stays', async () => {
    open(async () => Promise.reject(new StoreError('accessDenied', '403')));
    fireEvent.change(textbox(), { target: { value: 'Hvem godkjenner?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText(/tar ikke imot tilbakemelding fra deg ennå/);
    expect((textbox() as HTMLTextAreaElement).value).toBe('Hvem godkjenner?');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(false));
  });
});
