// @vitest-environment jsdom
// The drill-down's figures come from the project itself once it is read: a lagging Portfolio row (29 %, 19 missing)
// can no longer sit above a checklist that says otherwise.
import { describe, expect, it } from 'vitest';
import { toPortfolioViewRow } from '../../../src/export/portfolioView';
import type { PortfolioRow } from '../../../src/domain/portfolio/types';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { liveViewRow } from '../../../src/ui/overview/liveRow';
import { allDone, projectState } from '../../../testkit/projectViewFixtures';

const options = { language: 'nb' as const, now: new Date('2026-11-20T12:00:00Z'), stalledAfterDays: 30 };

const staleRow: PortfolioRow = {
  itemId: '7',
  projectKey: '5b7c2a0e-0000-4000-8000-000000000001',
  title: 'Digital hjemmeoppfølging',
  municipalities: [],
  hospitalUnit: '',
  targetGroups: [],
  currentPhase: 'utforske',
  progress: { forankring: 29 },
  missingRequirements: [{ phaseKey: 'forankring', itemKey: 'forankring.mandat-godkjent' }],
  missingCount: 19,
  missingInPassedPhases: 19,
  openInCurrentPhase: 0,
  openDualConfirmations: 4,
  gateOverrides: [],
  anomalies: [],
  knownStale: true,
  model: DEFAULT_MODEL,
};

describe('liveViewRow', () => {
  it('recomputes progress, what is missing and what is open from the project’s own state', () => {
    const state = projectState('utforske', allDone('forankring'));
    const live = liveViewRow(toPortfolioViewRow(staleRow, options), state, DEFAULT_MODEL, options);
    expect(live.progress.find((p) => p.phaseKey === 'forankring')?.percent).toBe(100);
    expect(live.missingInPassedPhases).toBe(0);
    expect(live.missingRequirementLabels).toEqual([]);
    expect(live.openInCurrentPhase).toBe(DEFAULT_MODEL.phases.find((p) => p.key === 'utforske')?.checklist.length);
    expect(live.knownStale).toBe(false);
    expect(live.title).toBe('Digital hjemmeoppfølging');
  });
});
