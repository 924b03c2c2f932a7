// Issue #10, "undoing a phase change leaves traces" and "history doubles": an undo restores what the move altered
// (PhaseEnteredAt, the gate override in the summary and the Portfolio row) and is itself in the Events list; history
// lists a move past unmet requirements once.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../testkit/emulatorHooks';
import { inverseOf } from '../../src/domain/inverseIntent';
import type { Intent } from '../../src/domain/types';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import type { TestEmulator } from '../../testkit/emulator';
import { rawRows } from '../../testkit/resilience';
import { expectDerivedRowsTrue } from '../../testkit/derivedRowsCheck';
import { emulatorWithProjectSite, intentOf, newProject, storeFor } from '../../testkit/storeFixture';

let emulator: TestEmulator;
let location: ProjectLocation;
// Started before, reset after each test (no fault or setting can cascade), closed after all.
perFile(() => emulatorWithProjectSite({ coordination: true }), (world) => ({ emulator, location } = world));

describe('undo of a phase move', () => {
  it('restores PhaseEnteredAt and removes the gate override from Summary and Portfolio; the undo is logged', async () => {
    const project = newProject({ phaseEnteredAt: '2025-11-29T08:00:00.000Z' });
    const kari = storeFor(emulator, 'kari', { portfolioSite: { siteUrl: emulator.sites.koordinering!.webUrl } });
    await kari.locate({ siteId: location.siteId });
    await kari.createProject(location, project, randomUUID());
    const { state: before } = await kari.loadProject(location, project.projectKey);
    const move = intentOf(emulator, 'kari', project.projectKey, { kind: 'changePhase', to: 'utforske', reason: 'Mandat kommer' });
    const moved = await kari.apply(location, move);
    expect(moved.project.currentPhase).toBe('utforske');

    const inverse = inverseOf(before, move);
    expect(inverse).toBeDefined();
    const undo = { ...intentOf(emulator, 'kari', project.projectKey, inverse!), ...inverse } as Intent;
    const undone = await kari.apply(location, undo);
    expect(undone.project.currentPhase).toBe('forankring');
    expect(Date.parse(undone.project.phaseEnteredAt)).toBe(Date.parse('2025-11-29T08:00:00.000Z'));

    const [row] = await rawRows(emulator, 'kari', location, 'projects', project.projectKey);
    expect(Date.parse(String(row!.fields.PhaseEnteredAt))).toBe(Date.parse('2025-11-29T08:00:00.000Z'));
    expect(JSON.parse(String(row!.fields.Summary)).gateOverrides).toEqual([]);
    await expectDerivedRowsTrue(emulator, location, project.projectKey);
    const portfolio = await emulator.graph<{ value: { fields: Record<string, unknown> }[] }>('kristin', 'GET',
      `/sites/${emulator.sites.koordinering!.id}/lists/${(await kari.portfolioTargetKnown())!.listId}/items?$expand=fields&$filter=${encodeURIComponent(`fields/ProjectKey eq '${project.projectKey}'`)}`);
    expect(portfolio.body.value[0]!.fields).toMatchObject({ GateOverrideCount: 0, CurrentPhase: 'forankring' });

    // The undo is an Events row of its own; history shows each move once, newest first.
    const events = await rawRows(emulator, 'kari', location, 'events', project.projectKey);
    expect(events.filter((e) => e.fields.IntentId === undo.id).map((e) => e.fields.Kind)).toEqual(['phaseChange']);
    const moves = (await kari.history(location, project.projectKey)).filter((e) => e.kind === 'phaseChange' || e.kind === 'gateOverride');
    expect(moves.map((e) => [e.kind, e.from, e.to, e.reason])).toEqual([
      ['phaseChange', 'phase:utforske', 'phase:forankring', undefined],
      ['phaseChange', 'phase:forankring', 'phase:utforske', 'Mandat kommer'],
    ]);
  });
});
