// Moving a project to a newer model version, against the emulator: one intent, written with If-Match, logged in
// Events, and seen by a colleague on their next poll. Nothing about the project changes until the lead does it.
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import { emulatorWithProject, intentOf, storeFor } from '../../../testkit/storeFixture';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { upgradeAvailable } from '../../../src/model/upgrade';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';

let emulator: TestEmulator;
let location: ProjectLocation;
let projectKey: string;

perFile(() => emulatorWithProject(), (world) => ({ emulator, location, projectKey } = world));

describe('the model upgrade intent', () => {
  it('moves the project to the newer version, logs it, and a colleague sees it on the next poll', async () => {
    const newest = { ...DEFAULT_MODEL, version: '2.0.0' };
    const kari = storeFor(emulator, 'kari');
    const ingrid = storeFor(emulator, 'ingrid');
    const before = await kari.loadProject(location, projectKey);
    const seen = await ingrid.loadProject(location, projectKey);
    expect(before.state.project.modelVersion).toBe('1.0.0');
    const target = upgradeAvailable(before.state.project, newest);
    expect(target?.version).toBe('2.0.0');

    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'updateProject', changes: { modelVersion: target!.version } }));

    const polled = await ingrid.pollChanges(location, projectKey, seen.cursor);
    expect(polled.state.project.modelVersion).toBe('2.0.0');
    expect(upgradeAvailable(polled.state.project, newest)).toBeUndefined();
    const upgrade = (await ingrid.history(location, projectKey)).find((event) => event.kind === 'projectUpdate' && event.to?.includes('modelVersion'));
    expect(upgrade && JSON.parse(upgrade.from ?? '{}')).toEqual({ modelVersion: '1.0.0' });
    expect(upgrade?.actor.name).toBe('Kari Nordmann');
    const row = await emulator.graph<{ value: { fields: { ModelVersion: string } }[] }>('kari', 'GET', `/sites/${location.siteId}/lists/${location.lists.projects}/items?$expand=fields`);
    expect(row.body.value.map((item) => item.fields.ModelVersion)).toEqual(['2.0.0']);
  });
});
