// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { ProjectView } from '../../../src/ui/project';
import { MeetingPanelView } from '../../../src/ui/meeting';
import { StoreError } from '../../../src/store/ChecklistStore';
import { itemState, kari, phase, projectState, renderInFluent, snapshotOf, viewProps } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const forankring = phase('forankring');
const both = forankring.checklist.find((def) => def.requiresBothSides)!;
const waitingForHospital = itemState('forankring', both.key, { confirmations: { kommune: { by: kari, at: '2026-11-02T09:15:00Z' } } });

describe('languages', () => {
  it('renders nynorsk: UI text and the model’s labels', () => {
    const { props } = viewProps(projectState('forankring', [waitingForHospital]), { language: 'nn' });
    renderInFluent(<ProjectView {...props} />);
    expect(screen.getByRole('radiogroup', { name: 'Fasane i modellen' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: forankring.label.nn })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Føremål' })).toBeTruthy();
    expect(screen.getByText(forankring.purpose.nn)).toBeTruthy();
    const row = screen.getByRole('listitem', { name: both.label.nn });
    expect(within(row).getByText('Ventar på stadfesting frå sjukehuset')).toBeTruthy();
    expect(within(row).getByText('Krev stadfesting frå begge partar')).toBeTruthy();
    expect(within(row).getByText(/Stadfesta av Kari Nordmann/)).toBeTruthy();
  });

  it('renders English', () => {
    const { props } = viewProps(projectState('forankring', [waitingForHospital]), { language: 'en' });
    renderInFluent(<ProjectView {...props} />);
    const radios = within(screen.getByRole('radiogroup', { name: 'Phases of the model' })).getAllByRole('radio');
    expect(radios[0]!.getAttribute('aria-label')).toBe(`${forankring.label.en}, 0 of ${forankring.checklist.length} met, minimum requirements not met, current phase`);
    expect(screen.getByText('Waiting for confirmation from the hospital')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Toolbox' })).toBeTruthy();
  });
});

describe('toolbox', () => {
  it('groups entries by kind, opens links in a new window with a hint, and names templates whose file is not there yet', () => {
    const { props } = viewProps(projectState('forankring'));
    renderInFluent(<ProjectView {...props} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Metoder' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Maler' })).toBeTruthy();
    // The built-in model's templates, before a coordinator (or local mode's seeding) has put the files in Maler.
    expect(screen.queryByText('Ingen maler ennå.')).toBeNull();
    expect(screen.getAllByText(/^Filen er ikke lagt i koordineringsområdet ennå\./).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { level: 4, name: 'Kurs' })).toBeNull();
    const withUrl = forankring.toolbox.find((entry) => entry.url)!;
    // The entry is linked in the toolbox and again under the requirement it helps meet: every link opens the same way.
    const links = screen.getAllByRole('link', { name: `${withUrl.label.nb} (åpnes i nytt vindu)` });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(link.getAttribute('href')).toBe(withUrl.url);
    }
  });
});

describe('MeetingPanelView', () => {
  it('shows only the current phase’s checklist and a compact, non-interactive figure', () => {
    const { props } = viewProps(projectState('definere'), { surface: 'sidePanel' });
    renderInFluent(<MeetingPanelView {...props} />);
    const stepper = screen.getByRole('list', { name: 'Prosjektets fase' });
    expect(within(stepper).getAllByRole('listitem')).toHaveLength(DEFAULT_MODEL.phases.length);
    expect(within(stepper).getByText(/Definere, 0 av \d+ oppfylt, minimumskrav ikke oppfylt, nåværende fase/)).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.getByText(`Fase 3 av ${DEFAULT_MODEL.phases.length}: Definere`)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Definere' })).toBeTruthy();
    for (const def of phase('definere').checklist) expect(screen.getByRole('listitem', { name: def.label.nb })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: forankring.checklist[0]!.label.nb })).toBeNull();
    expect(screen.getByRole('button', { name: /Angre/ })).toBeTruthy();
  });
});

describe('states', () => {
  it('shows a labelled loading state, a localized error, and the sync status', () => {
    const loading = viewProps(projectState('forankring'), { snapshot: { ...snapshotOf(projectState('forankring')), status: 'loading', state: undefined } });
    renderInFluent(<ProjectView {...loading.props} />);
    expect(screen.getByText('Laster prosjektet …')).toBeTruthy();
    cleanup();

    const failed = viewProps(projectState('forankring'), {
      snapshot: { ...snapshotOf(projectState('forankring')), status: 'error', state: undefined, error: new StoreError('accessDenied', 'HTTP 403') },
    });
    renderInFluent(<ProjectView {...failed.props} />);
    expect(screen.getByText('Du har ikke tilgang til prosjektet. Be prosjektlederen om tilgang.')).toBeTruthy();
    cleanup();

    const offline = viewProps(projectState('forankring'), { snapshot: snapshotOf(projectState('forankring'), { online: false }) });
    renderInFluent(<ProjectView {...offline.props} />);
    expect(screen.getByRole('status').textContent).toContain('Frakoblet');
  });
});
