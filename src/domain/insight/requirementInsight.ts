// Per requirement, across the projects that have evidence: in how many it is done, open or not relevant (with the
// reasons), how long it has stayed open where projects are in its phase now, which phase moves left it unmet, and
// what the projects said about it. Each project is read against its own model version.
import type { ItemKey, PhaseModel } from '../../model/types';
import { activeChecklist, phasesInOrder } from '../../model/lookup';
import { itemCompletion } from '../progress';
import { itemStateOf } from '../evidence/waiting';
import type { Feedback } from '../feedback';
import { daysBetween } from '../statistics';
import { durationFigures } from './durations';
import type { InsightProject, ProjectRef, RequirementInsight } from './types';

export const projectRef = (project: InsightProject): ProjectRef => ({ projectKey: project.row.projectKey, title: project.row.title });

/** When the project entered the phase it is in now: its evidence's last history entry, else the row's own date. */
export const currentStayStart = (project: InsightProject): string | undefined => project.evidence?.phaseHistory.at(-1)?.at ?? project.row.phaseEnteredAt;

type Accumulator = Omit<RequirementInsight, 'openInItsPhase'> & { openDays: (ProjectRef & { days: number })[] };

/** Every requirement asked by the reference model, then any only older versions still ask, in model order. */
export function requirementInsights(projects: readonly InsightProject[], reference: PhaseModel, feedback: readonly Feedback[], now: Date): RequirementInsight[] {
  const byKey = new Map<ItemKey, Accumulator>();
  const slot = (itemKey: ItemKey, phaseKey: string, requiresBothSides: boolean): Accumulator => {
    let acc = byKey.get(itemKey);
    if (!acc) {
      acc = { itemKey, phaseKey, requiresBothSides, asked: 0, done: [], open: [], awaiting: [], notRelevant: [], leftUnmet: [], feedback: [], openDays: [] };
      byKey.set(itemKey, acc);
    }
    return acc;
  };
  const models = new Set([reference, ...projects.map((p) => p.model)]);
  for (const model of models) for (const phase of phasesInOrder(model)) for (const def of activeChecklist(phase)) slot(def.key, phase.key, def.requiresBothSides);

  for (const project of projects) {
    const { evidence, row } = project;
    if (!evidence) continue;
    const ref = projectRef(project);
    for (const phase of phasesInOrder(project.model)) {
      for (const def of activeChecklist(phase)) {
        const acc = slot(def.key, phase.key, def.requiresBothSides);
        const item = evidence.items[def.key];
        const completion = itemCompletion(def, itemStateOf(def.key, phase.key, item));
        acc.asked += 1;
        if (completion === 'done') acc.done.push(ref);
        else if (completion === 'notRelevant') acc.notRelevant.push({ project: ref, reason: item?.notRelevantReason ?? '' });
        else {
          acc.open.push(ref);
          if (completion === 'awaitingOtherSide') acc.awaiting.push(ref);
          const days = row.currentPhase === phase.key ? daysBetween(currentStayStart(project), now) : undefined;
          if (days !== undefined) acc.openDays.push({ ...ref, days });
        }
      }
    }
    for (const override of row.gateOverrides) {
      for (const itemKey of override.missing ?? []) {
        byKey.get(itemKey)?.leftUnmet.push({ project: ref, reason: override.reason, ...(override.phaseKey ? { from: override.phaseKey } : {}), ...(override.to ? { to: override.to } : {}), ...(override.at ? { at: override.at } : {}) });
      }
    }
  }
  for (const entry of feedback) if (entry.target.kind === 'requirement') byKey.get(entry.target.key)?.feedback.push(entry);

  return [...byKey.values()].map(({ openDays, ...acc }) => {
    const sorted = [...openDays].sort((a, b) => b.days - a.days);
    return { ...acc, openInItsPhase: { ...durationFigures(sorted.map((d) => d.days)), projects: sorted } };
  });
}
