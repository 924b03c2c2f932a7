// Innsikt from the Portfolio rows alone: coverage, per requirement, per toolbox entry, per phase, the confirmation
// balance and the feedback still open. Rows without readable evidence count in coverage and in "projects now in a
// phase", never in a figure drawn from evidence.
import type { PhaseModel } from '../../model/types';
import { phasesInOrder } from '../../model/lookup';
import { feedbackOrder } from '../feedback';
import type { Feedback } from '../feedback';
import { confirmationBalance } from './confirmationBalance';
import { phaseInsights } from './phaseInsight';
import { projectRef, requirementInsights } from './requirementInsight';
import type { Insight, InsightProject } from './types';

export interface InsightOptions {
  /** The model whose phases and requirements set the order (the newest published); each project is read against its own. */
  reference: PhaseModel;
  feedback: readonly Feedback[];
  now: Date;
}

export function buildInsight(projects: readonly InsightProject[], options: InsightOptions): Insight {
  const kind = (p: InsightProject) => p.row.evidence?.kind ?? 'none';
  const withEvidence = projects.filter((p) => p.evidence !== undefined);
  const entries = phasesInOrder(options.reference).flatMap((phase) => phase.toolbox.map((entry) => ({ entryKey: entry.key, phaseKey: phase.key })));
  return {
    coverage: {
      projects: projects.length,
      withEvidence: withEvidence.length,
      noData: projects.filter((p) => !p.evidence && kind(p) === 'none').map(projectRef),
      unreadable: projects.filter((p) => !p.evidence && kind(p) === 'unreadable').map(projectRef),
      overridesWithoutRequirements: withEvidence.reduce((n, p) => n + p.row.gateOverrides.filter((o) => o.missing === undefined).length, 0),
    },
    requirements: requirementInsights(withEvidence, options.reference, options.feedback, options.now),
    toolbox: entries.map((entry) => ({ ...entry, feedback: options.feedback.filter((f) => f.target.kind === 'toolboxEntry' && f.target.key === entry.entryKey) })),
    phases: phaseInsights(projects, options.reference, options.now),
    balance: confirmationBalance(withEvidence, options.reference, options.now),
    openFeedback: options.feedback.filter((f) => !f.answered).sort(feedbackOrder),
  };
}

/** The projects as Innsikt reads them: each row with its model version's model and its evidence when readable. */
export function insightProject(row: InsightProject['row'], model: PhaseModel): InsightProject {
  return { row, model, ...(row.evidence?.kind === 'ok' ? { evidence: row.evidence.evidence } : {}) };
}
