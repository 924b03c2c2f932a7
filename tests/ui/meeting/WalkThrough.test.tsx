// @vitest-environment jsdom
// "Gå gjennom" on the stage and the meeting summary, as components: one requirement at a time, its controls
// dispatching through the view's one dispatch, next/previous by button and arrow keys, guidance when the model has it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { MeetingPanelView } from '../../../src/ui/meeting';
import { ingrid, itemState, kari, phase, projectState, renderInFluent, snapshotOf, viewProps } from '../../../testkit/projectViewFixtures';
import { people } from '../../../testkit/people';

afterEach(cleanup);

// Both load on first use: loaded once here, so a slow transform of a busy machine never decides a test.
beforeAll(async () => {
  await Promise.all([import('../../../src/ui/meeting/WalkThrough'), import('../../../src/ui/meeting/MeetingSummary')]);
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
    // The focus goes back to the button that opened it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Gå gjennom' })));
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
    const changed = itemState('forankring', first.key, { comment: 'Sjekk med jurist', updatedBy: people.ingrid, updatedAt: '2026-12-01T09:30:00Z' });
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

describe('Møtereferat', () => {
  it('shows what changed since the surface opened, from the Events list', async () => {
    const later = new Date(Date.now() + 60_000).toISOString();
    const { props } = viewProps(projectState('forankring'), { surface: 'sidePanel' }, [
      { intentId: 'e2', projectKey: 'p', at: later, actor: people.ingrid, side: 'sykehus', kind: 'confirm', itemKey: both.key },
      { intentId: 'e1', projectKey: 'p', at: '2020-01-01T00:00:00Z', actor: people.kari, kind: 'status', itemKey: first.key, to: 'done' },
    ]);
    renderInFluent(<MeetingPanelView {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Møtereferat' }));
    const region = await screen.findByRole('region', { name: 'Møtereferat' });
    await waitFor(() => expect(within(region).getByLabelText('Møtereferatet som tekst').textContent).toContain(`«${both.label.nb}» for sykehuset: Ingrid Hansen`));
    expect(within(region).getByLabelText('Møtereferatet som tekst').textContent).not.toContain('Fullført');
    expect(within(region).getByRole('button', { name: 'Kopier' })).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Last ned' })).toBeTruthy();
  });
});
