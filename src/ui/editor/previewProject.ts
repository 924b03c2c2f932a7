// The project the editor's preview shows the working copy in: the first demo project (its phase, its ticks and
// comments), on the working copy's model id and version. Ticks on keys the working copy no longer has are left out,
// so the preview is what a project would see after moving to the new version. Nothing here is ever written.
import type { Confirmation, ItemState, ProjectState } from '../../domain/types';
import { DEMO_PROJECTS } from '../../model/demoProjects';
import { phaseOf } from '../../model/lookup';
import type { PhaseModel } from '../../model/types';
import type { SessionSnapshot } from '../../store/ChecklistStore';

const AT = '2026-01-05T09:00:00.000Z';
const DEMO_PERSON = { id: 'preview', name: 'Eksempel' };

function previewState(model: PhaseModel): ProjectState {
  const demo = DEMO_PROJECTS[0]!;
  const current = model.phases.some((p) => p.key === demo.currentPhase) ? demo.currentPhase : (model.phases[0]?.key ?? demo.currentPhase);
  const items: Record<string, ItemState> = {};
  for (const tick of demo.ticks) {
    const phaseKey = phaseOf(model, tick.itemKey);
    if (phaseKey === undefined) continue;
    const confirmations: ItemState['confirmations'] = {};
    for (const side of tick.confirmedBy ?? []) confirmations[side] = { by: DEMO_PERSON, at: AT } satisfies Confirmation;
    items[tick.itemKey] = {
      itemKey: tick.itemKey, phaseKey, status: tick.status ?? 'open', confirmations,
      comments: tick.comment ? [{ id: `preview:${tick.itemKey}`, text: tick.comment, by: DEMO_PERSON, at: AT }] : [],
      ...(tick.reason ? { notRelevantReason: tick.reason } : {}), updatedAt: AT, updatedBy: DEMO_PERSON,
    };
  }
  return {
    project: {
      projectKey: demo.projectKey, title: demo.title, currentPhase: current, phaseEnteredAt: AT, modelId: model.id, modelVersion: model.version,
      targetGroups: demo.targetGroups, municipalities: demo.municipalities, hospitalUnit: demo.hospitalUnit, lifecycleStatus: 'active', updatedAt: AT,
    },
    items,
    anomalies: [],
  };
}

/** A ready, online snapshot of the preview project, with nothing pending. */
export function previewSnapshot(model: PhaseModel): SessionSnapshot {
  const state = previewState(model);
  return { status: 'ready', state, confirmed: state, participants: [], pending: [], recentlyChangedByOthers: [], lastSyncedAt: AT, online: true, fromCache: false };
}
