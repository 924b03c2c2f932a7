// @vitest-environment jsdom
// Møtereferat as a component (issue 18): it covers the meeting from its start (what Teams says, else the first use of
// a meeting surface today on this device, or a start the person chooses), the same in the side panel and on the
// stage and after a reload (a new view on the same device record), shown formatted, copied as Markdown or plain text.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ProjectEvent } from '../../../src/domain/types';
import { MeetingPanelView } from '../../../src/ui/meeting';
import type { MeetingClock } from '../../../src/ui/meeting';
import { createMeetingDayCache } from '../../../src/store/sync/MeetingDayCache';
import { phase, projectState, renderInFluent, viewProps } from '../../../testkit/projectViewFixtures';
import { people } from '../../../testkit/people';

afterEach(cleanup);

beforeAll(async () => {
  await import('../../../src/ui/meeting/MeetingSummary');
});

const forankring = phase('forankring');
const both = forankring.checklist.find((def) => def.requiresBothSides)!;
const single = forankring.checklist.find((def) => !def.requiresBothSides)!;

const today = (hours: number, minutes = 0) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes).toISOString();
};
/** A morning meeting: the device's clock says 10:00. */
const now = () => new Date(today(10));

/** One device's record (the storage), seen by as many surfaces as ask. */
function device() {
  const entries = new Map<string, string>();
  return { getItem: (key: string) => entries.get(key) ?? null, setItem: (key: string, value: string) => void entries.set(key, value) };
}

function clock(storage: ReturnType<typeof device>, hostStart?: string): MeetingClock {
  return { key: 'p|meeting-1', days: createMeetingDayCache('felles-modell', storage), now, ...(hostStart ? { hostStart: async () => hostStart } : {}) };
}

// Ticked at 09:20 in the side panel; confirmed at 08:00, before the meeting.
const EVENTS: ProjectEvent[] = [
  { intentId: 'e3', projectKey: 'p', at: today(9, 40), actor: people.ingrid, side: 'sykehus', kind: 'commentAdded', itemKey: single.key, to: 'Avtalen ligger i kanalen' },
  { intentId: 'e2', projectKey: 'p', at: today(9, 20), actor: people.kari, side: 'kommune', kind: 'status', itemKey: single.key, from: 'open', to: 'done' },
  { intentId: 'e1', projectKey: 'p', at: today(8), actor: people.ingrid, side: 'sykehus', kind: 'confirm', itemKey: both.key },
];

function open(surface: 'sidePanel' | 'meetingStage', meeting: MeetingClock) {
  const { props } = viewProps(projectState('forankring'), { surface }, EVENTS);
  renderInFluent(<MeetingPanelView {...props} meeting={meeting} />);
}

async function summary() {
  fireEvent.click(screen.getByRole('button', { name: 'Møtereferat' }));
  const region = await screen.findByRole('region', { name: 'Møtereferat' });
  const document = await within(region).findByRole('article', { name: 'Møtereferatet' });
  return { region, document };
}

describe('Møtereferat', () => {
  it('is shown formatted: a heading per section and a list, no Markdown marks', async () => {
    const storage = device();
    clock(storage).days.noteActivity('p|meeting-1', new Date(today(9, 5)));
    open('sidePanel', clock(storage));
    const { document } = await summary();
    expect(within(document).getByRole('heading', { level: 3 }).textContent).toBe(`Møtereferat: ${projectState('forankring').project.title}`);
    expect(within(document).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Fullført (1)', 'Kommentarer (1)']);
    expect(within(document).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `«${single.label.nb}»: Kari Nordmann, 09:20`,
      `«${single.label.nb}»: Ingrid Hansen, 09:40: Avtalen ligger i kanalen`,
    ]);
    expect(document.textContent).not.toMatch(/#|^- /m);
  });

  it('covers the meeting from the first use of a meeting surface today: the same on the stage and after a reload', async () => {
    const storage = device();
    // The side panel was opened at 09:05 (this device's first use today), and used.
    clock(storage).days.noteActivity('p|meeting-1', new Date(today(9, 5)));
    open('sidePanel', clock(storage));
    const panel = await summary();
    await within(panel.region).findByText(/Regnet fra .*09:05, da prosjektet først var åpent i møtet i dag/);
    expect(panel.document.textContent).toContain('Fullført (1)');
    cleanup();
    // The stage, opened later on the same device, tells the same meeting (not "Ingen endringer siden møtet startet").
    open('meetingStage', clock(storage));
    const stage = await summary();
    await within(stage.region).findByText(/Regnet fra .*09:05/);
    expect(stage.document.textContent).toContain('Fullført (1)');
    expect(stage.document.textContent).not.toContain('Ingen endringer');
  });

  it('takes the start Teams gives, and a start the person chooses over it (shared with the other surface)', async () => {
    const storage = device();
    open('sidePanel', clock(storage, today(9, 30)));
    const { region, document } = await summary();
    await within(region).findByText(/Møtet startet .*09:30, ifølge Teams/);
    expect(within(document).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Kommentarer (1)']);

    fireEvent.click(within(region).getByRole('button', { name: 'Endre starttid' }));
    const field = within(region).getByLabelText('Møtet startet kl.');
    fireEvent.change(field, { target: { value: '7:5' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Bruk starttiden' }));
    expect(within(region).getByText('Skriv klokkeslettet som tt:mm, for eksempel 09:30.')).toBeTruthy();
    fireEvent.change(field, { target: { value: '07:45' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Bruk starttiden' }));
    await within(region).findByText(/Regnet fra .*07:45, som du valgte/);
    await waitFor(() => expect(within(region).getByRole('article').textContent).toContain('Bekreftet (1)'));
    cleanup();

    open('meetingStage', clock(storage, today(9, 30)));
    const stage = await summary();
    await within(stage.region).findByText(/Regnet fra .*07:45, som du valgte/);
    fireEvent.click(within(stage.region).getByRole('button', { name: 'Endre starttid' }));
    fireEvent.click(within(stage.region).getByRole('button', { name: 'Bruk starttiden appen fant' }));
    await within(stage.region).findByText(/Møtet startet .*09:30, ifølge Teams/);
  });

  it('copies Markdown or plain text', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const storage = device();
    clock(storage).days.noteActivity('p|meeting-1', new Date(today(9, 5)));
    open('sidePanel', clock(storage));
    const { region } = await summary();
    fireEvent.click(within(region).getByRole('button', { name: 'Kopier som Markdown' }));
    await within(region).findByText('Kopiert. Lim inn i møtechatten eller notatene.');
    fireEvent.click(within(region).getByRole('button', { name: 'Kopier som ren tekst' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const [markdown, text] = writeText.mock.calls.map((call) => (call as unknown as [string])[0]);
    expect(markdown).toMatch(/^## Møtereferat: .*\n[^]*### Fullført \(1\)\n- «/);
    expect(text).toMatch(/^Møtereferat: .*\n[^]*Fullført \(1\)\n• «/);
    expect(within(region).getByRole('button', { name: 'Last ned' })).toBeTruthy();
  });
});
