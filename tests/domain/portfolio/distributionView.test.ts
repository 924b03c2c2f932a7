import { describe, expect, it } from 'vitest';
import { phaseDistribution } from '../../../src/domain/portfolio/phaseDistribution';
import { toPortfolioViewRow } from '../../../src/export/portfolioView';
import { portfolioRowStaleness } from '../../../src/domain/portfolio/rowHealth';
import type { ProjectSummary } from '../../../src/domain/summary';
import { unknownPhaseKey } from '../../../src/domain/portfolio/types';
import { NOW, daysAgo, row, testModel } from '../../../testkit/portfolioFixtures';

describe('phaseDistribution', () => {
  const rows = [
    row({ currentPhase: 'utforske', phaseEnteredAt: daysAgo(10), lastActivityAt: daysAgo(1) }),
    row({ currentPhase: 'utforske', phaseEnteredAt: daysAgo(50), lastActivityAt: daysAgo(40) }),
    row({ currentPhase: 'utforske', phaseEnteredAt: daysAgo(70), lastActivityAt: daysAgo(35) }),
    row({ currentPhase: 'levere', phaseEnteredAt: daysAgo(100), lastActivityAt: daysAgo(31) }),
    row({ currentPhase: 'levere', phaseEnteredAt: daysAgo(5), lastActivityAt: daysAgo(90), lifecycleStatus: 'completed' }),
    row({ rawPhase: 'x' }),
  ];
  const result = phaseDistribution(rows, testModel, { language: 'nb', now: NOW, stalledAfterDays: 30, unknownLabel: 'Ukjent' });

  it('has every model phase in order, and an unknown bucket only when needed', () => {
    expect(result.buckets.map((b) => b.phaseKey)).toEqual(['forankring', 'utforske', 'definere', 'utvikle', 'levere', 'laerOgDel', unknownPhaseKey]);
    expect(result.buckets.map((b) => b.count)).toEqual([0, 3, 0, 0, 2, 0, 1]);
    expect(result.total).toBe(6);
    const noUnknown = phaseDistribution(rows.slice(0, 5), testModel, { language: 'nb', now: NOW, stalledAfterDays: 30, unknownLabel: 'Ukjent' });
    expect(noUnknown.buckets).toHaveLength(6);
  });

  it('counts stalled running projects per phase and names the worst phase', () => {
    expect(result.buckets.map((b) => b.stalled)).toEqual([0, 2, 0, 0, 1, 0, 0]);
    expect(result.stalledTotal).toBe(3);
    expect(result.mostStalledPhase).toBe('utforske');
  });

  it('gives the median days in phase', () => {
    expect(result.buckets[1]?.medianDaysInPhase).toBe(50);
    expect(result.buckets[4]?.medianDaysInPhase).toBe(53);
    expect(result.buckets[0]?.medianDaysInPhase).toBeUndefined();
  });
});

describe('toPortfolioViewRow', () => {
  it('resolves keys to the model labels in the chosen language and keeps unknown keys readable', () => {
    const r = row({
      currentPhase: 'definere',
      targetGroups: ['eldre', 'ukjentGruppe'],
      progress: { forankring: 100, utforske: 50 },
      missingRequirements: [{ itemKey: 'u2', phaseKey: 'utforske' }, { itemKey: 'zz' }],
      gateOverrides: [{ phaseKey: 'utforske', to: 'definere', reason: 'Ventet for lenge' }],
      tabUrl: 'https://teams.example/tab',
      lastActivityAt: daysAgo(3),
    });
    const view = toPortfolioViewRow(r, { language: 'en', now: NOW, stalledAfterDays: 30 });
    expect(view.phaseLabel).toBe('Define');
    expect(view.phaseOrder).toBe(2);
    expect(view.targetGroupLabels).toEqual(['Frail elderly', 'ukjentGruppe']);
    expect(view.progress.map((p) => p.percent)).toEqual([100, 50, 0, 0, 0, 0]);
    expect(view.overallProgress).toBe(25);
    expect(view.missingRequirementLabels).toEqual(['Explore: Requirement u2', 'zz']);
    expect(view.gateOverrides).toEqual([{ phaseLabel: 'Explore', reason: 'Ventet for lenge' }]);
    expect(view.daysSinceActivity).toBe(3);
    expect(view.stalled).toBe(false);
    expect(view.link).toBe('https://teams.example/tab');
    expect(toPortfolioViewRow(row({ rawPhase: 'fase9' }), { language: 'nb', now: NOW, stalledAfterDays: 30 }).phaseLabel).toBe('fase9');
  });
});

describe('portfolioRowStaleness', () => {
  const summary: ProjectSummary = {
    modelVersion: '1',
    currentPhase: 'utforske',
    currentPhaseOrder: 1,
    progress: { forankring: 1, utforske: 0.5 },
    missingInPassedPhases: ['f2'],
    openInCurrentPhase: 0,
    openDualConfirmations: 1,
    gateOverrides: [],
    lastActivityAt: daysAgo(1),
  };
  const current = row({
    currentPhase: 'utforske',
    progress: { forankring: 100, utforske: 50 },
    missingRequirements: [{ itemKey: 'f2', phaseKey: 'forankring' }],
    missingCount: 1,
    openDualConfirmations: 1,
    rowUpdatedAt: daysAgo(0),
    summary: JSON.parse(JSON.stringify({ ...summary })) as unknown,
  });

  it('finds a row that matches its project current', () => {
    expect(portfolioRowStaleness(current, summary, daysAgo(1))).toEqual([]);
  });

  it('calls a row stale when it is older than the project or any summary value differs', () => {
    expect(portfolioRowStaleness(current, summary, new Date(NOW.getTime() + 1000).toISOString())).toEqual(['RowUpdatedAt older than the project']);
    expect(portfolioRowStaleness({ ...current, openDualConfirmations: 0 }, summary)).toContain('OpenDualConfirmations differ');
    expect(portfolioRowStaleness({ ...current, progress: { forankring: 100, utforske: 40 } }, summary)).toContain('progress of utforske differs');
    expect(portfolioRowStaleness(current, { ...summary, currentPhase: 'definere' })).toContain('SummaryJson differs');
  });
});
