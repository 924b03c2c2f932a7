// Per phase: the projects in it now, how long projects stayed in it (from the phase histories the evidence carries)
// and are staying so far, and the moves out of it past unmet requirements with their reasons.
import type { PhaseModel } from '../../model/types';
import { phasesInOrder } from '../../model/lookup';
import { phaseStays } from '../phaseHistory';
import { daysBetween } from '../statistics';
import { durationFigures } from './durations';
import { currentStayStart, projectRef } from './requirementInsight';
import type { InsightProject, OverrideEntry, PhaseInsight } from './types';

export function phaseInsights(projects: readonly InsightProject[], reference: PhaseModel, now: Date): PhaseInsight[] {
  return phasesInOrder(reference).map((phase) => {
    const inIt = projects.filter((p) => p.row.currentPhase === phase.key);
    const completed = projects.flatMap((p) =>
      phaseStays(p.evidence?.phaseHistory ?? [])
        .filter((stay) => stay.phase === phase.key && stay.leftAt !== undefined)
        .flatMap((stay) => daysBetween(stay.enteredAt, stay.leftAt) ?? []),
    );
    const current = inIt.flatMap((p) => daysBetween(currentStayStart(p), now) ?? []);
    const overrides = projects.flatMap((p) =>
      p.row.gateOverrides
        .filter((o) => o.phaseKey === phase.key)
        .map((o): OverrideEntry => ({ project: projectRef(p), reason: o.reason, from: phase.key, ...(o.to ? { to: o.to } : {}), ...(o.at ? { at: o.at } : {}) })),
    );
    return { phaseKey: phase.key, projectsNow: inIt.map(projectRef), completedStays: durationFigures(completed), currentStays: durationFigures(current), overrides };
  });
}
