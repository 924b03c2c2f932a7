// Builders for project state and intents in domain tests.
import { DEFAULT_MODEL } from '../src/model/defaultModel';
import { phaseOf } from '../src/model/lookup';
import type { Side } from '../src/model/types';
import type { Actor, Intent, IntentBody, ProjectState } from '../src/domain/types';
import { applyIntent } from '../src/domain/applyIntent';
import { actors } from './people';

export const model = DEFAULT_MODEL;
export const lookupPhase = (itemKey: string) => phaseOf(model, itemKey);

export const kari: Actor = actors.kari;
export const ingrid: Actor = actors.ingrid;
export const actorFor = (side: Side): Actor => (side === 'kommune' ? kari : ingrid);

export function emptyState(currentPhase = 'forankring', projectKey = 'A1B2C3D4-0000-4000-8000-000000000001'): ProjectState {
  return {
    project: {
      projectKey,
      title: 'Testprosjekt',
      currentPhase,
      phaseEnteredAt: '2025-01-01T08:00:00.000Z',
      modelId: model.id,
      modelVersion: model.version,
      targetGroups: ['barn-og-unge'],
      municipalities: ['Gjøvik kommune'],
      hospitalUnit: 'Sykehuset Innlandet HF',
      lifecycleStatus: 'active',
      updatedAt: '2025-01-01T08:00:00.000Z',
    },
    items: {},
    anomalies: [],
  };
}

let sequence = 0;

/** An intent at a later time than the one before, so orders and timestamps are distinct. */
export function intent(body: IntentBody, actor: Actor = kari, state?: ProjectState): Intent {
  sequence += 1;
  const at = new Date(Date.UTC(2025, 1, 1, 8, 0, sequence)).toISOString();
  return { ...body, id: `intent-${sequence}`, projectKey: state?.project.projectKey ?? emptyState().project.projectKey, actor, at };
}

/** Applies bodies in order, each by the actor of the side it confirms for (kari otherwise). */
export function applyAll(state: ProjectState, bodies: readonly IntentBody[]): ProjectState {
  return bodies.reduce((current, body) => applyIntent(current, intent(body, 'side' in body ? actorFor(body.side) : kari, current), lookupPhase), state);
}

/** Bodies that complete an item: both confirmations for a `begge` item, status done otherwise. */
export function completeItem(itemKey: string): IntentBody[] {
  const def = model.phases.flatMap((phase) => phase.checklist).find((item) => item.key === itemKey);
  if (!def) throw new Error(`no item ${itemKey}`);
  return def.requiresBothSides
    ? [{ kind: 'confirm', itemKey, side: 'kommune' }, { kind: 'confirm', itemKey, side: 'sykehus' }]
    : [{ kind: 'setStatus', itemKey, status: 'done' }];
}

export function completePhase(state: ProjectState, phaseKey: string): ProjectState {
  const phase = model.phases.find((candidate) => candidate.key === phaseKey);
  if (!phase) throw new Error(`no phase ${phaseKey}`);
  return applyAll(state, phase.checklist.flatMap((def) => completeItem(def.key)));
}
