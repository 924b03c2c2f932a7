// @vitest-environment jsdom
// What the channel tab says about the project's model: an unreadable recorded version (and why, where the site
// said), and a newer published version with what moving changes, its action for writers only.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { addRequirement } from '../../../src/model/editModel';
import type { IntentBody } from '../../../src/domain/types';
import { createModelCache } from '../../../src/store/model/ModelCache';
import { createModelSource } from '../../../src/store/model/ModelSource';
import { ProjectModelNotes } from '../../../src/ui/shell/ProjectModelNotes';
import { allDone, projectState, renderInFluent, snapshotOf } from '../../../testkit/projectViewFixtures';

afterEach(cleanup);

const v2 = { ...addRequirement(DEFAULT_MODEL, 'forankring', { nb: 'Nytt krav', nn: 'Nytt krav', en: 'New requirement' }, false).model, version: '2.0.0' };
let caches = 0;
/** The newest version as the device knows it: version 2 (no coordination site in this test). */
const sourceWithNewest = () => createModelSource({ modelId: v2.id, fallback: v2, cache: createModelCache(`notes-${(caches += 1)}`), repository: () => Promise.reject(new Error('offline')) });

describe('ProjectModelNotes', () => {
  it('offers a writer the move to the newer version and dispatches the upgrade intent', async () => {
    const dispatched: IntentBody[] = [];
    renderInFluent(<ProjectModelNotes snapshot={snapshotOf(projectState('forankring'))} model={DEFAULT_MODEL} source={sourceWithNewest()} language="nb" canUpgrade onDispatch={(body) => dispatched.push(body)} />);
    expect(await screen.findByText('En nyere versjon av modellen finnes (2.0.0)')).toBeTruthy();
    expect(screen.getByText('Nytt krav')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Flytt prosjektet til versjon 2.0.0' }));
    expect(dispatched).toEqual([{ kind: 'updateProject', changes: { modelVersion: '2.0.0' } }]);
  });

  it('asks before a move that adds to a phase the project has left, naming the phase, its figure and the new requirement', async () => {
    const dispatched: IntentBody[] = [];
    const done = allDone('forankring');
    renderInFluent(<ProjectModelNotes snapshot={snapshotOf(projectState('utvikle', done))} model={DEFAULT_MODEL} source={sourceWithNewest()} language="nb" canUpgrade onDispatch={(body) => dispatched.push(body)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Flytt prosjektet til versjon 2.0.0' }));
    expect(dispatched).toEqual([]);
    const confirm = screen.getByRole('region', { name: 'Før du flytter prosjektet' });
    expect(confirm.textContent).toContain(`${DEFAULT_MODEL.phases[0]!.label.nb}: ${done.length}/${done.length} oppfylt nå, ${done.length}/${done.length + 1} etter flyttingen`);
    expect(confirm.textContent).toContain('Nytt krav: Nytt krav');
    fireEvent.click(screen.getByRole('button', { name: 'Ikke flytt nå' }));
    expect(screen.queryByRole('region', { name: 'Før du flytter prosjektet' })).toBeNull();
    expect(dispatched).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Flytt prosjektet til versjon 2.0.0' }));
    fireEvent.click(screen.getByRole('button', { name: 'Flytt likevel til versjon 2.0.0' }));
    expect(dispatched).toEqual([{ kind: 'updateProject', changes: { modelVersion: '2.0.0' } }]);
  });

  it('shows a reader the notice without the action, and nothing once the project is on the newest', async () => {
    renderInFluent(<ProjectModelNotes snapshot={snapshotOf(projectState('forankring'))} model={DEFAULT_MODEL} source={sourceWithNewest()} language="nb" canUpgrade={false} onDispatch={() => undefined} />);
    expect(await screen.findByText('Prosjektlederen kan flytte prosjektet til den nye versjonen.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    const onV2 = projectState('forankring');
    onV2.project.modelVersion = '2.0.0';
    renderInFluent(<ProjectModelNotes snapshot={snapshotOf(onV2)} model={v2} source={sourceWithNewest()} language="nb" canUpgrade onDispatch={() => undefined} />);
    expect(screen.queryByText(/En nyere versjon/)).toBeNull();
  });

  it('says when the recorded version cannot be read and which version is shown instead', () => {
    const state = projectState('forankring');
    state.project.modelVersion = '0.5.0';
    const snapshot = snapshotOf(state, { model: { model: v2, missing: { modelId: v2.id, version: '0.5.0' } } });
    renderInFluent(<ProjectModelNotes snapshot={snapshot} model={v2} source={sourceWithNewest()} language="nb" canUpgrade onDispatch={() => undefined} />);
    expect(screen.getByText('Prosjektet følger modellversjon 0.5.0, som ikke kan leses nå')).toBeTruthy();
    expect(screen.getByText(/Viser versjon 2\.0\.0 i stedet\. Sjekkpunktene kan ikke endres/)).toBeTruthy();
  });
});
