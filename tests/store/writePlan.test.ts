// The pure parts of the write path, without Graph: what one intent's $batch holds, the gate overrides after a move
// and its undo, the Summary JSON read back, and the project cache's merge of rows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { summarizeProject } from '../../src/domain/summary';
import type { Intent } from '../../src/domain/types';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { buildCache, forgetItemRow, rebuildState, rememberItemRow } from '../../src/store/graph/projectCache';
import { projectSummaryJson, readGateOverrides, readProjectRecord } from '../../src/store/sharepoint/projectSummaryColumn';
import { overridesAfter, planWrite } from '../../src/store/graph/writePlan';
import { CHALLENGE, MANDATE, newProject } from '../../testkit/storeFixture';
import { actors } from '../../testkit/people';

const location: ProjectLocation = { siteId: 'site', siteUrl: 'https://x/sites/p', lists: { projects: 'P', checklist: 'C', events: 'E', participants: 'R' } };
const project = newProject();
const actor = actors.kari;
const intent = (body: object): Intent => ({ id: 'i1', projectKey: project.projectKey, actor, at: '2025-02-01T09:00:00.000Z', ...body }) as Intent;

function cache() {
  const c = buildCache(DEFAULT_MODEL, location, { id: '7', fields: { ProjectKey: project.projectKey, Title: project.title, CurrentPhase: 'forankring', '@odata.etag': '"p,3"' } }, [
    { id: '11', fields: { ItemKey: MANDATE, ProjectKey: project.projectKey, PhaseKey: 'forankring', Status: 'open', Modified: '2025-01-01T00:00:00Z', '@odata.etag': '"i,1"' } },
  ], []);
  c.portfolioRow = { id: '40', etag: '"f,9"' };
  return c;
}
const fields = () => ({ Title: 'x' });

describe('planWrite', () => {
  it('an item tick: state (If-Match) → Events and Portfolio (If-Match); the project row is not written (6 RU)', () => {
    const plan = planWrite(DEFAULT_MODEL, cache(), intent({ kind: 'setStatus', itemKey: MANDATE, status: 'done' }), { siteId: 'k', listId: 'L' }, (_c, summary) => ({ SummaryJson: JSON.stringify(summary) }));
    expect(plan.parts.map((p) => [p.id, p.method, p.headers?.['If-Match'], p.dependsOn])).toEqual([
      ['state', 'PATCH', '"i,1"', undefined],
      ['event0', 'POST', undefined, ['state']],
      ['portfolio', 'PATCH', '"f,9"', ['state']],
    ]);
    expect(plan.parts.some((p) => p.url.includes('/lists/P/'))).toBe(false);
    expect(plan.after.items[MANDATE]?.status).toBe('done');
    // The Portfolio row carries the summary of the state after the tick.
    expect(plan.parts.find((p) => p.id === 'portfolio')?.body).toEqual({ SummaryJson: JSON.stringify(summarizeProject(DEFAULT_MODEL, plan.after, [])) });
  });

  it('a first tick of an item creates its row; no coordination site: no Portfolio part and no project row write', () => {
    const plan = planWrite(DEFAULT_MODEL, cache(), intent({ kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }), undefined, fields);
    expect(plan.parts.map((p) => [p.id, p.method])).toEqual([['state', 'POST'], ['event0', 'POST']]);
  });

  it('a tick that creates the Portfolio row orders the POST through a conditional write of the project row', () => {
    const c = cache();
    c.portfolioRow = null;
    const plan = planWrite(DEFAULT_MODEL, c, intent({ kind: 'setStatus', itemKey: MANDATE, status: 'done' }), { siteId: 'k', listId: 'L' }, fields);
    expect(plan.parts.map((p) => [p.id, p.method, p.headers?.['If-Match'], p.dependsOn])).toEqual([
      ['state', 'PATCH', '"i,1"', undefined],
      ['event0', 'POST', undefined, ['state']],
      ['lock', 'PATCH', '"p,3"', ['state']],
      ['portfolio', 'POST', undefined, ['lock']],
    ]);
    expect(plan.parts.find((p) => p.id === 'lock')?.body).toEqual({ UpdatedAt: '2025-02-01T09:00:00.000Z' });
  });

  it('a phase move writes the project row with its gate overrides, moves the signal, and logs the override and the move', () => {
    const plan = planWrite(DEFAULT_MODEL, cache(), intent({ kind: 'changePhase', to: 'utforske', reason: 'Avtalt' }), { siteId: 'k', listId: 'L' }, fields);
    expect(plan.parts.map((p) => [p.id, p.headers?.['If-Match'], p.dependsOn])).toEqual([
      ['state', '"p,3"', undefined], ['signal', undefined, ['state']], ['event0', undefined, ['state']], ['event1', undefined, ['state']], ['portfolio', '"f,9"', ['state']],
    ]);
    const summary = JSON.parse(String((plan.parts[0]?.body as { Summary: string }).Summary));
    expect(Object.keys(summary)).toEqual(['gateOverrides', 'phaseHistory']);
    expect(readGateOverrides(JSON.stringify(summary))).toEqual(plan.overrides);
    // The override names every requirement of 0-fase it leaves unmet (the mandate row is open, the rest untouched).
    const unmet = DEFAULT_MODEL.phases.find((p) => p.key === 'forankring')?.checklist.map((d) => d.key);
    expect(plan.overrides).toMatchObject([{ from: 'forankring', to: 'utforske', reason: 'Avtalt' }]);
    expect([...(plan.overrides[0]?.missing ?? [])].sort()).toEqual([...(unmet ?? [])].sort());
    // The row (written before the history was kept, no PhaseEnteredAt) now records the phase entered.
    expect(readProjectRecord(JSON.stringify(summary)).phaseHistory).toEqual([{ phase: 'utforske', at: '2025-02-01T09:00:00.000Z' }]);
  });

  it('a project setting keeps the phase history and overrides in the row, and stores the waiting limit beside them', () => {
    const c = cache();
    c.phaseHistory = [{ phase: 'forankring', at: '2025-01-06T08:00:00.000Z' }];
    c.gateOverrides = [{ from: 'forankring', to: 'utforske', reason: 'R', at: '2025-01-07T08:00:00.000Z', by: 'Kari', missing: [MANDATE] }];
    const plan = planWrite(DEFAULT_MODEL, c, intent({ kind: 'updateProject', changes: { waitingLimitDays: 21 } }), undefined, fields);
    const record = readProjectRecord((plan.parts[0]?.body as { Summary: string }).Summary);
    expect(record).toEqual({ gateOverrides: c.gateOverrides, phaseHistory: c.phaseHistory, waitingLimitDays: 21 });
    expect(plan.after.project.waitingLimitDays).toBe(21);
  });
});

describe('overridesAfter', () => {
  const override = { from: 'forankring', to: 'utforske', reason: 'Avtalt', at: '2025-01-01T00:00:00Z', by: 'Kari' };
  it('the undo of a move takes away the newest override of that move, and only that one', () => {
    const older = { ...override, at: '2024-01-01T00:00:00Z' };
    const undo = intent({ kind: 'changePhase', to: 'forankring', undoes: { from: 'forankring', to: 'utforske', phaseEnteredAt: '' } });
    expect(overridesAfter([older, override], undo, [])).toEqual([older]);
    expect(overridesAfter([override], intent({ kind: 'changePhase', to: 'forankring' }), [])).toEqual([override]);
  });
});

describe('readProjectRecord', () => {
  it('reads the history and the limit; drops broken entries and a limit outside 1–365; a row of an older version reads as empty', () => {
    const json = JSON.stringify({ phaseHistory: [{ phase: 'phase:forankring', at: '2025-01-01T00:00:00Z' }, { phase: 'utforske' }, { phase: 'definere', at: 'igår' }], waitingLimitDays: 0 });
    expect(readProjectRecord(json)).toEqual({ gateOverrides: [], phaseHistory: [{ phase: 'forankring', at: '2025-01-01T00:00:00Z' }] });
    expect(readProjectRecord(JSON.stringify({ waitingLimitDays: 30 })).waitingLimitDays).toBe(30);
    expect(readProjectRecord(JSON.stringify({ gateOverrides: [] }))).toEqual({ gateOverrides: [], phaseHistory: [] });
    expect(readProjectRecord('[1,2]')).toEqual({ gateOverrides: [], phaseHistory: [] });
  });
});

describe('readGateOverrides', () => {
  it('keeps well-formed overrides and leaves out anything else a hand edit put there', () => {
    const json = JSON.stringify({ gateOverrides: [{ from: 'phase:forankring', to: 'utforske', reason: 'R', at: '2025-01-01', by: 'K' }, { from: 3 }, 'x', null] });
    expect(readGateOverrides(json)).toEqual([{ from: 'forankring', to: 'utforske', reason: 'R', at: '2025-01-01', by: 'K' }]);
    expect(readGateOverrides('{not json')).toEqual([]);
    expect(readGateOverrides(JSON.stringify({ gateOverrides: 'many' }))).toEqual([]);
    expect(readGateOverrides(undefined)).toEqual([]);
  });
});

describe('projectSummaryJson', () => {
  it('stores the overrides in time order, as the summary lists them, whatever order two writers landed them in', () => {
    const kari = { from: 'utforske' as const, to: 'definere' as const, reason: 'R', at: '2026-12-01T10:00:00.672Z', by: 'Kari' };
    const per = { from: 'forankring' as const, to: 'utforske' as const, reason: 'R', at: '2026-12-01T10:00:00.673Z', by: 'Per' };
    expect(JSON.parse(projectSummaryJson({ gateOverrides: [per, kari], phaseHistory: [] }))).toEqual({ gateOverrides: [kari, per], phaseHistory: [] });
  });
});

describe('project cache', () => {
  it('of two rows for one item the newer is written to; forgetting it falls back to the other', () => {
    const c = cache();
    rememberItemRow(c, { id: '12', fields: { ItemKey: MANDATE, ProjectKey: project.projectKey, PhaseKey: 'forankring', Status: 'done', Modified: '2025-02-01T00:00:00Z' } });
    rebuildState(DEFAULT_MODEL, c);
    expect(c.itemRows.get(MANDATE)?.id).toBe('12');
    expect(c.state.items[MANDATE]?.status).toBe('done');
    expect(c.state.anomalies.map((a) => a.kind)).toContain('duplicateRow');
    forgetItemRow(c, '12');
    rebuildState(DEFAULT_MODEL, c);
    expect(c.itemRows.get(MANDATE)?.id).toBe('11');
    expect(c.state.items[MANDATE]?.status).toBe('open');
  });
});
