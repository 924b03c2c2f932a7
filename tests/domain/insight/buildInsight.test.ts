// Innsikt's figures from Portfolio rows, and that they agree with the figures the rows themselves carry (progress per
// phase, open dual confirmations): one rule, two places, the same numbers.
import { describe, expect, it } from 'vitest';
import { buildInsight, insightProject } from '../../../src/domain/insight/buildInsight';
import { filterInsightProjects } from '../../../src/domain/insight/insightFilter';
import { emptyInsightFilter } from '../../../src/domain/insight/types';
import type { InsightProject } from '../../../src/domain/insight/types';
import { projectEvidence } from '../../../src/domain/evidence/projectEvidence';
import { summarizeProject } from '../../../src/domain/summary';
import type { Feedback } from '../../../src/domain/feedback';
import type { IntentBody, ProjectState } from '../../../src/domain/types';
import type { PortfolioRow } from '../../../src/domain/portfolio/types';
import { applyAll, emptyState, model } from '../../../testkit/domainFixtures';
import { seededRandom } from '../../../testkit/resilience';

const NOW = new Date('2025-06-01T08:00:00.000Z');
const [B1, B2] = model.phases[0]!.checklist.filter((d) => d.requiresBothSides).map((d) => d.key) as [string, string];
const SINGLE = model.phases[0]!.checklist.find((d) => !d.requiresBothSides)!.key;

function project(title: string, bodies: IntentBody[], options: { phase?: string; overrides?: PortfolioRow['gateOverrides']; modelVersion?: string; municipalities?: string[] } = {}): InsightProject {
  const start = emptyState(options.phase ?? 'forankring', `key-${title}`);
  const state: ProjectState = applyAll({ ...start, project: { ...start.project, title } }, bodies);
  const summary = summarizeProject(model, state, []);
  const evidence = projectEvidence(state, { participants: [], phaseHistory: [] });
  const row: PortfolioRow = {
    itemId: title, projectKey: state.project.projectKey, title, municipalities: options.municipalities ?? ['Gjøvik'], hospitalUnit: 'SI Gjøvik', targetGroups: [],
    currentPhase: state.project.currentPhase, phaseEnteredAt: state.project.phaseEnteredAt, lifecycleStatus: 'active', modelVersion: options.modelVersion ?? model.version,
    progress: Object.fromEntries(Object.entries(summary.progress).map(([k, r]) => [k, Math.round(r * 100)])),
    missingRequirements: [], missingInPassedPhases: 0, openInCurrentPhase: summary.openInCurrentPhase, missingCount: 0, openDualConfirmations: summary.openDualConfirmations,
    gateOverrides: options.overrides ?? [], anomalies: [], model, evidence: { kind: 'ok', evidence },
  };
  return insightProject(row, model);
}

const notRelevant = (reason: string): IntentBody => ({ kind: 'setStatus', itemKey: SINGLE, status: 'notRelevant', reason });

describe('buildInsight', () => {
  it('per requirement: three projects mark it not relevant with three reasons; done, open and waiting elsewhere', () => {
    const projects = [
      project('Lungepasienter', [notRelevant('Dekket av kommunens egen plan')]),
      project('Bo trygt hjemme', [notRelevant('Ikke aktuelt for små kommuner')]),
      project('Digital oppfølging', [notRelevant('Avklart i SSU')]),
      project('Unge brukere', [{ kind: 'setStatus', itemKey: SINGLE, status: 'done' }, { kind: 'confirm', itemKey: B1, side: 'kommune' }]),
    ];
    const feedback: Feedback[] = [{ id: 'f1', target: { kind: 'requirement', key: B2 }, kind: 'unclear', text: 'Uklart', modelVersion: model.version, at: '2025-05-01T00:00:00Z', author: { id: 'i', name: 'Ingrid' } }];
    const insight = buildInsight(projects, { reference: model, feedback, now: NOW });
    const single = insight.requirements.find((r) => r.itemKey === SINGLE)!;
    expect(single.notRelevant.map((n) => [n.project.title, n.reason])).toEqual([
      ['Lungepasienter', 'Dekket av kommunens egen plan'], ['Bo trygt hjemme', 'Ikke aktuelt for små kommuner'], ['Digital oppfølging', 'Avklart i SSU'],
    ]);
    expect(single.done.map((p) => p.title)).toEqual(['Unge brukere']);
    const b1 = insight.requirements.find((r) => r.itemKey === B1)!;
    expect([b1.asked, b1.open.length, b1.awaiting.map((p) => p.title)]).toEqual([4, 4, ['Unge brukere']]);
    // All four are in 0-fase, entered 2025-01-01: open there for 151 days.
    expect(b1.openInItsPhase).toMatchObject({ count: 4, medianDays: 151, longestDays: 151 });
    expect(insight.requirements.find((r) => r.itemKey === B2)?.feedback.map((f) => f.id)).toEqual(['f1']);
    expect(insight.openFeedback.map((f) => f.id)).toEqual(['f1']);
    expect(insight.balance.overall.waitsOn.sykehus).toMatchObject({ count: 1, open: 1, projects: [{ title: 'Unge brukere' }] });
    expect(insight.balance.overall.firstBy.kommune).toBe(1);
  });

  it('per phase: projects now, overrides with their reasons and the requirements they left unmet', () => {
    const override = { phaseKey: 'forankring', to: 'utforske', reason: 'Vedtatt i SSU', at: '2025-03-01T00:00:00Z', missing: [B1] };
    const projects = [project('A', [], { phase: 'utforske', overrides: [override] }), project('B', [])];
    const insight = buildInsight(projects, { reference: model, feedback: [], now: NOW });
    expect(insight.phases.find((p) => p.phaseKey === 'forankring')).toMatchObject({ projectsNow: [{ title: 'B' }], overrides: [{ reason: 'Vedtatt i SSU', to: 'utforske', project: { title: 'A' } }] });
    expect(insight.requirements.find((r) => r.itemKey === B1)?.leftUnmet).toEqual([{ project: { projectKey: 'key-A', title: 'A' }, reason: 'Vedtatt i SSU', from: 'forankring', to: 'utforske', at: '2025-03-01T00:00:00Z' }]);
    expect(insight.coverage.overridesWithoutRequirements).toBe(0);
  });

  it('an override recorded before the unmet requirements were kept counts in its phase, and is told apart from "left unmet"', () => {
    const before = { phaseKey: 'forankring', to: 'utforske', reason: 'Gammel overstyring', at: '2024-03-01T00:00:00Z' };
    const now = { phaseKey: 'utforske', to: 'definere', reason: 'Ny overstyring', at: '2025-03-01T00:00:00Z', missing: [B1] };
    const insight = buildInsight([project('A', [], { phase: 'definere', overrides: [before, now] })], { reference: model, feedback: [], now: NOW });
    expect(insight.phases.find((p) => p.phaseKey === 'forankring')?.overrides.map((o) => o.reason)).toEqual(['Gammel overstyring']);
    expect(insight.requirements.flatMap((r) => r.leftUnmet.map((o) => o.reason))).toEqual(['Ny overstyring']);
    expect(insight.coverage.overridesWithoutRequirements).toBe(1);
  });

  it('rows without evidence are counted as "no data yet" or unreadable, never in a figure from evidence', () => {
    const good = project('God', [notRelevant('Grunn')]);
    const old = { ...project('Gammel', [notRelevant('Skal ikke telles')]), evidence: undefined };
    old.row = { ...old.row, evidence: { kind: 'none' } };
    const broken = { ...project('Ødelagt', [notRelevant('Heller ikke')]), evidence: undefined };
    broken.row = { ...broken.row, evidence: { kind: 'unreadable', problem: 'notJson' } };
    const insight = buildInsight([good, old, broken], { reference: model, feedback: [], now: NOW });
    expect(insight.coverage).toMatchObject({ projects: 3, withEvidence: 1, noData: [{ title: 'Gammel' }], unreadable: [{ title: 'Ødelagt' }] });
    expect(insight.requirements.find((r) => r.itemKey === SINGLE)?.notRelevant.map((n) => n.reason)).toEqual(['Grunn']);
    expect(insight.phases[0]?.projectsNow).toHaveLength(3);
  });

  it('filters on model version and kommune like Oversikt', () => {
    const projects = [project('A', [], { modelVersion: '1.0.0', municipalities: ['Hamar'] }), project('B', [], { modelVersion: '2.0.0', municipalities: ['Gjøvik'] })];
    expect(filterInsightProjects(projects, { ...emptyInsightFilter, modelVersions: ['2.0.0'] }, NOW).map((p) => p.row.title)).toEqual(['B']);
    expect(filterInsightProjects(projects, { ...emptyInsightFilter, municipalities: ['Hamar'] }, NOW).map((p) => p.row.title)).toEqual(['A']);
  });

  it('agrees with each row’s own progress per phase and open dual confirmations, over many random projects', () => {
    const rng = seededRandom(21);
    const keys = model.phases.flatMap((p) => p.checklist.map((d) => d.key));
    const projects = Array.from({ length: 60 }, (_, i) =>
      project(`P${i}`, Array.from({ length: 15 }, (): IntentBody => {
        const itemKey = keys[Math.floor(rng() * keys.length)]!;
        const roll = rng();
        return roll < 0.4 ? { kind: 'confirm', itemKey, side: rng() < 0.5 ? 'kommune' : 'sykehus' } : roll < 0.8 ? { kind: 'setStatus', itemKey, status: 'done' } : { kind: 'setStatus', itemKey, status: 'notRelevant', reason: 'x' };
      })),
    );
    const insight = buildInsight(projects, { reference: model, feedback: [], now: NOW });
    for (const p of projects) {
      for (const phase of model.phases) {
        const reqs = insight.requirements.filter((r) => r.phaseKey === phase.key);
        const met = reqs.filter((r) => r.done.some((d) => d.title === p.row.title) || r.notRelevant.some((n) => n.project.title === p.row.title)).length;
        expect(Math.round((met / reqs.length) * 100), `${p.row.title} ${phase.key}`).toBe(p.row.progress[phase.key]);
      }
      const waits = insight.balance.byProject.find((b) => b.project.title === p.row.title)!.figures;
      const open = insight.requirements.filter((r) => r.awaiting.some((a) => a.title === p.row.title)).length;
      expect(open).toBe(p.row.openDualConfirmations);
      expect(waits.waitsOn.kommune.open + waits.waitsOn.sykehus.open).toBeLessThanOrEqual(open);
    }
  });
});
