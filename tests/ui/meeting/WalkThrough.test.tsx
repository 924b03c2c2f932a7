// @vitest-environment jsdom
// "Gå gjennom" on the stage, as components (the meeting summary: MeetingSummary.test.tsx): one requirement at a time,
// its controls dispatching through the view's one dispatch, next/previous by button and arrow keys, guidance when the
// model has it, Escape (or "Tilbake") leaving it with its place kept, and a reason being written never thrown away by a key.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { MeetingPanelView } from '../../../src/ui/meeting';
import { ingrid, itemState, kari, phase, projectState, renderInFluent, snapshotOf, viewProps } from '../../../testkit/projectViewFixtures';
import { people } from '../../../testkit/people';

afterEach(cleanup);

// It loads on first use: loaded once here, so a slow transform of a busy machine never decides a test.
beforeAll(async () => {
  await import('../../../src/ui/meeting/WalkThrough');
});

const forankring = phase('forankring');
const both = forankring.checklist.find((def) => def.requiresBothSides)!;
const singles = forankring.checklist.filter((def) => !def.requiresBothSides);
const first = forankring.checklist[0]!;

async function startWalk() {
  fireEvent.click(screen.getByRole('button', { name: 'Gå gjennom' }));
  return screen.findByRole('region', { name: /Gå gjennom kravene i/ });
}

describe('Gå gjennom', () => {
  it('shows the open requirements one at a time and moves with Neste, Forrige and the arrow keys', async () => {
    const { props } = viewProps(projectState('forankring'), { surface: 'meetingStage' });
    renderInFluent(<MeetingPanelView {...props} />);
    const walk = await startWalk();
    const total = forankring.checklist.length;
    expect(within(walk).getByText(`Krav 1 av ${total}`)).toBeTruthy();
    const title = within(walk).getByRole('heading', { level: 3 });
    expect(title.textContent).toBe(first.label.nb);
    await waitFor(() => expect(document.activeElement).toBe(title));

    fireEvent.click(within(walk).getByRole('button', { name: 'Neste' }));
    expect(within(walk).getByText(`Krav 2 av ${total}`)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(within(walk).getByText(`Krav 3 av ${total}`)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.click(within(walk).getByRole('button', { name: 'Forrige' }));
    expect(within(walk).getByText(`Krav 1 av ${total}`)).toBeTruthy();
    expect((within(walk).getByRole('button', { name: 'Forrige' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(walk).getByRole('button', { name: 'Tilbake til sjekklisten' }));
    expect(screen.queryByRole('region', { name: /Gå gjennom kravene i/ })).toBeNull();
    // The focus goes back to the button that opened it, which now goes on from where the walk was left.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: `Fortsett gjennomgangen (krav 1 av ${total})` })));
  });

  it('leaves on Escape, says so beside the arrows, and keeps the place: its button goes on from the same requirement', async () => {
    const { props } = viewProps(projectState('forankring'), { surface: 'meetingStage' });
    renderInFluent(<MeetingPanelView {...props} />);
    const total = forankring.checklist.length;
    let walk = await startWalk();
    expect(within(walk).getByText(/Esc går tilbake til sjekklisten; «Fortsett gjennomgangen» tar deg tilbake hit\./)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(within(walk).getByText(`Krav 3 av ${total}`)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: /Gå gjennom kravene i/ })).toBeNull();
    const resume = screen.getByRole('button', { name: `Fortsett gjennomgangen (krav 3 av ${total})` });
    await waitFor(() => expect(document.activeElement).toBe(resume));

    fireEvent.click(resume);
    walk = await screen.findByRole('region', { name: /Gå gjennom kravene i/ });
    expect(within(walk).getByText(`Krav 3 av ${total}`)).toBeTruthy();
    const title = within(walk).getByRole('heading', { level: 3 });
    expect(title.textContent).toBe(forankring.checklist[2]!.label.nb);
    await waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('keeps a reason being written: Escape in the field leaves nothing, and Forrige and Neste wait until it is saved or cancelled', async () => {
    const { props, recorded } = viewProps(projectState('forankring'), { surface: 'meetingStage' });
    renderInFluent(<MeetingPanelView {...props} />);
    const walk = await startWalk();
    fireEvent.click(within(walk).getByRole('button', { name: 'Ikke relevant …' }));
    const reason = within(walk).getByRole('textbox', { name: /Begrunnelse/ });
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.change(reason, { target: { value: 'Avklart i styringsgruppen' } });
    fireEvent.keyDown(reason, { key: 'Escape' });
    fireEvent.keyDown(reason, { key: 'ArrowRight' });
    expect(screen.getByRole('region', { name: /Gå gjennom kravene i/ })).toBe(walk);
    expect((within(walk).getByRole('textbox', { name: /Begrunnelse/ }) as HTMLTextAreaElement).value).toBe('Avklart i styringsgruppen');
    expect(within(walk).queryByRole('button', { name: 'Neste' })).toBeNull();
    fireEvent.click(within(walk).getByRole('button', { name: 'Lagre' }));
    expect(recorded.dispatched).toEqual([{ kind: 'setStatus', itemKey: first.key, status: 'notRelevant', reason: 'Avklart i styringsgruppen' }]);
    expect(within(walk).getByRole('button', { name: 'Neste' })).toBeTruthy();
  });

  it('skips what is done, ticks, confirms for my side, and asks a reason for not relevant', async () => {
    const done = itemState('forankring', singles[0]!.key, { status: 'done' });
    const { props, recorded } = viewProps(projectState('forankring', [done]), { surface: 'meetingStage', me: ingrid });
    renderInFluent(<MeetingPanelView {...props} />);
    const walk = await startWalk();
    const titles: string[] = [];
    for (let step = 0; step < forankring.checklist.length - 1; step++) {
      titles.push(within(walk).getByRole('heading', { level: 3 }).textContent ?? '');
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    }
    expect(titles).not.toContain(singles[0]!.label.nb);
    expect(titles).toContain(both.label.nb);

    while (within(walk).getByRole('heading', { level: 3 }).textContent !== both.label.nb) fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(within(walk).getByText('Kommune:').parentElement?.textContent).toContain('Ikke bekreftet ennå');
    fireEvent.click(within(walk).getByRole('button', { name: 'Bekreft for sykehuset' }));
    expect(recorded.dispatched).toEqual([{ kind: 'confirm', itemKey: both.key, side: 'sykehus' }]);

    fireEvent.click(within(walk).getByRole('button', { name: 'Ikke relevant …' }));
    const reason = within(walk).getByRole('textbox', { name: /Begrunnelse/ });
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.click(within(walk).getByRole('button', { name: 'Lagre' }));
    expect(within(walk).getByText('Feltet må fylles ut.')).toBeTruthy();
    fireEvent.change(reason, { target: { value: 'Avklart i styringsgruppen' } });
    fireEvent.click(within(walk).getByRole('button', { name: 'Lagre' }));
    expect(recorded.dispatched.at(-1)).toEqual({ kind: 'setStatus', itemKey: both.key, status: 'notRelevant', reason: 'Avklart i styringsgruppen' });
  });

  it('ticks a one-side requirement and says who changed it, live', async () => {
    const changed = itemState('forankring', first.key, { comments: [{ id: 'c1', text: 'Sjekk med jurist', by: people.ingrid, side: 'sykehus', at: '2026-12-01T09:30:00Z' }], updatedBy: people.ingrid, updatedAt: '2026-12-01T09:30:00Z' });
    const state = projectState('forankring', [changed]);
    const { props, recorded } = viewProps(state, { surface: 'meetingStage', me: kari, snapshot: snapshotOf(state, { recentlyChangedByOthers: [first.key] }) });
    renderInFluent(<MeetingPanelView {...props} />);
    const walk = await startWalk();
    expect(within(walk).getByText('Ingrid Hansen endret dette kravet nå')).toBeTruthy();
    expect(within(walk).getByText(/Sjekk med jurist/)).toBeTruthy();
    const control = first.requiresBothSides ? 'Bekreft for kommunen' : 'Marker som fullført';
    fireEvent.click(within(walk).getByRole('button', { name: control }));
    expect(recorded.dispatched).toEqual([
      first.requiresBothSides ? { kind: 'confirm', itemKey: first.key, side: 'kommune' } : { kind: 'setStatus', itemKey: first.key, status: 'done' },
    ]);
  });

  it('shows the guidance text when the model has it', async () => {
    const guidance = { nb: 'Mandatet skal være skriftlig og signert.', nn: 'Mandatet skal vere skriftleg.', en: 'The mandate is written.' };
    const model = { ...DEFAULT_MODEL, phases: DEFAULT_MODEL.phases.map((p) => (p.key === 'forankring' ? { ...p, checklist: p.checklist.map((def, i) => (i === 0 ? { ...def, guidance } : def)) } : p)) };
    const { props } = viewProps(projectState('forankring'), { surface: 'meetingStage', model });
    renderInFluent(<MeetingPanelView {...props} />);
    const walk = await startWalk();
    expect(within(walk).getByRole('heading', { name: 'Slik oppfylles kravet' })).toBeTruthy();
    expect(within(walk).getByText(guidance.nb)).toBeTruthy();
  });

  it('is offered on the stage only', () => {
    const { props } = viewProps(projectState('forankring'), { surface: 'sidePanel' });
    renderInFluent(<MeetingPanelView {...props} />);
    expect(screen.queryByRole('button', { name: 'Gå gjennom' })).toBeNull();
  });
});
