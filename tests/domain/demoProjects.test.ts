// The demo data must tell a consistent story under the domain rules: a project that moved past an unmet gate carries
// the reason the seeder records as the override, and one that did not, does not need one.
import { describe, expect, it } from 'vitest';
import { DEMO_PROJECTS } from '../../src/model/defaultModel';
import { findPhase } from '../../src/model/lookup';
import { checkPhaseChange } from '../../src/domain/gate';
import { checkIntent } from '../../src/domain/textRules';
import { isStalled } from '../../src/domain/stalled';
import type { IntentBody } from '../../src/domain/types';
import { applyAll, emptyState, model } from '../../testkit/domainFixtures';

function bodiesOf(demo: (typeof DEMO_PROJECTS)[number]): IntentBody[] {
  return demo.ticks.flatMap((tick): IntentBody[] => [
    ...(tick.status ? [{ kind: 'setStatus', itemKey: tick.itemKey, status: tick.status, ...(tick.reason ? { reason: tick.reason } : {}) } as IntentBody] : []),
    ...(tick.confirmedBy ?? []).map((side): IntentBody => ({ kind: 'confirm', itemKey: tick.itemKey, side })),
    ...(tick.comment ? [{ kind: 'setComment', itemKey: tick.itemKey, comment: tick.comment } as IntentBody] : []),
  ]);
}

describe('DEMO_PROJECTS under the domain rules', () => {
  for (const demo of DEMO_PROJECTS) {
    it(`${demo.siteUrl}: every tick is an intent the app accepts`, () => {
      for (const body of bodiesOf(demo)) expect(checkIntent(model, body), JSON.stringify(body)).toBeUndefined();
      expect(checkIntent(model, { kind: 'updateProject', changes: { title: demo.title, municipalities: demo.municipalities, hospitalUnit: demo.hospitalUnit } })).toBeUndefined();
    });

    it(`${demo.siteUrl}: reaches its phase with a reason exactly when a gate on the way is unmet`, () => {
      const state = applyAll(emptyState('forankring', demo.projectKey), bodiesOf(demo));
      // A project still in the first phase made no phase change, so it has no gate to pass and carries no reason.
      const stays = findPhase(model, demo.currentPhase)!.order === 0;
      const move = stays ? { allowed: true, needsReason: false } : checkPhaseChange(model, state, demo.currentPhase, demo.phaseChangeReason);
      expect(move).toMatchObject({ allowed: true, needsReason: demo.phaseChangeReason !== undefined });
    });
  }

  it('has exactly one stalled project at three weeks', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    const stalled = DEMO_PROJECTS.filter((demo) => isStalled(new Date(now.getTime() - demo.lastActivityDaysAgo * 86_400_000).toISOString(), now, 21));
    expect(stalled.map((demo) => demo.siteUrl)).toEqual(['/sites/unge-ressurskrevende']);
  });
});
