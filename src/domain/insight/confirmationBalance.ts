// Likeverdighet as figures: for every dual confirmation in the projects, which side was waited for and how long, and
// which side confirmed first; summed up overall, per phase, per requirement and per project.
import { SIDES } from '../../model/types';
import type { PhaseModel, Side } from '../../model/types';
import { phasesInOrder } from '../../model/lookup';
import { dualConfirmations } from '../evidence/dualConfirmations';
import type { DualConfirmationRecord } from '../evidence/dualConfirmations';
import { DAY_MS } from '../statistics';
import { durationFigures } from './durations';
import { projectRef } from './requirementInsight';
import type { BalanceFigures, ConfirmationBalance, InsightProject, ProjectRef } from './types';

type Record_ = DualConfirmationRecord & { project: ProjectRef };

export function balanceOf(records: readonly Record_[]): BalanceFigures {
  const side = (s: Side) => {
    const waits = records.filter((r) => r.waitedOn === s);
    const projects = new Map(waits.map((r) => [r.project.projectKey, r.project]));
    return { ...durationFigures(waits.flatMap((r) => (r.waitedMs === undefined ? [] : [r.waitedMs / DAY_MS]))), count: waits.length, open: waits.filter((r) => r.open).length, projects: [...projects.values()] };
  };
  const firstBy = Object.fromEntries(SIDES.map((s) => [s, records.filter((r) => r.firstSide === s).length])) as Record<Side, number>;
  return {
    waitsOn: { kommune: side('kommune'), sykehus: side('sykehus') },
    firstBy,
    together: records.filter((r) => !r.open && r.firstSide === undefined).length,
  };
}

export function confirmationBalance(projects: readonly InsightProject[], reference: PhaseModel, now: Date): ConfirmationBalance {
  const records: Record_[] = projects.flatMap((p) => (p.evidence ? dualConfirmations(p.model, p.evidence, now).map((r) => ({ ...r, project: projectRef(p) })) : []));
  const phaseOrder = phasesInOrder(reference).map((p) => p.key);
  // Grouped once: filtering every record for every project is quadratic at 5,000 projects.
  const byKey = new Map<string, Record_[]>();
  for (const record of records) {
    const group = byKey.get(record.project.projectKey);
    if (group) group.push(record);
    else byKey.set(record.project.projectKey, [record]);
  }
  const itemKeys = [...new Set(records.map((r) => r.itemKey))];
  return {
    overall: balanceOf(records),
    byPhase: phaseOrder.map((phaseKey) => ({ phaseKey, figures: balanceOf(records.filter((r) => r.phaseKey === phaseKey)) })),
    byRequirement: itemKeys.map((itemKey) => {
      const mine = records.filter((r) => r.itemKey === itemKey);
      return { itemKey, phaseKey: mine[0]?.phaseKey ?? '', figures: balanceOf(mine) };
    }),
    byProject: projects.filter((p) => p.evidence).map((p) => ({ project: projectRef(p), figures: balanceOf(byKey.get(p.row.projectKey) ?? []) })),
  };
}
