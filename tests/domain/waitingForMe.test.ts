// "Venter på meg" from the projects' evidence: what waits for the side a person is registered for, what they
// confirmed that waits for the other side, how long, and whether past the project's limit; only their projects.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { projectEvidence } from '../../src/domain/evidence';
import { waitsForPerson } from '../../src/domain/waitingForMe';
import type { Participant, ProjectState } from '../../src/domain/types';

const MANDATE = 'forankring.mandat-godkjent';
const CHALLENGE = 'forankring.utfordring-beskrevet';
const CONTACT = 'forankring.kontaktperson-per-part';
const now = new Date('2026-03-20T12:00:00Z');
const kari = { id: 'kari-id', name: 'Kari Nordmann' };
const ingrid = { id: 'ingrid-id', name: 'Ingrid Hansen' };

function state(projectKey: string, items: ProjectState['items'], waitingLimitDays?: number): ProjectState {
  return {
    project: {
      projectKey, title: `Prosjekt ${projectKey}`, currentPhase: 'forankring', phaseEnteredAt: '2026-01-01T00:00:00Z', modelId: DEFAULT_MODEL.id,
      modelVersion: DEFAULT_MODEL.version, targetGroups: [], municipalities: [], hospitalUnit: '', lifecycleStatus: 'active', updatedAt: '2026-01-01T00:00:00Z',
      teamGroupId: 'group-1', channelId: '19:c@thread.tacv2', ...(waitingLimitDays ? { waitingLimitDays } : {}),
    },
    items,
    anomalies: [],
  };
}
const confirmed = (itemKey: string, side: 'kommune' | 'sykehus', by: { id: string; name: string }, at: string) => ({
  itemKey, phaseKey: 'forankring', status: 'open' as const, comment: '', confirmations: { [side]: { by, at } },
});
const participant = (person: { id: string; name: string }, side: 'kommune' | 'sykehus', projectKey: string): Participant => ({ projectKey, person, organisation: 'x', side });

describe('waitsForPerson', () => {
  it('lists what waits for the person’s side and what they confirmed that waits for the other side, with days and overdue', () => {
    const a = state('a', {
      [MANDATE]: confirmed(MANDATE, 'kommune', kari, '2026-03-01T09:00:00Z'),
      [CHALLENGE]: confirmed(CHALLENGE, 'kommune', kari, '2026-03-18T09:00:00Z'),
      [CONTACT]: confirmed(CONTACT, 'sykehus', ingrid, '2026-03-19T09:00:00Z'),
    });
    const evidence = projectEvidence(a, { participants: [participant(kari, 'kommune', 'a'), participant(ingrid, 'sykehus', 'a')], phaseHistory: [] });
    const [project] = waitsForPerson(ingrid.id, [{ projectKey: 'a', title: 'A', siteUrl: 'https://x/sites/a', evidence, model: DEFAULT_MODEL }], now);
    expect(project).toMatchObject({ projectKey: 'a', side: 'sykehus', limitDays: 14, link: { teamGroupId: 'group-1', channelId: '19:c@thread.tacv2' } });
    expect(project!.forMe.map((w) => [w.itemKey, w.days, w.overdue, w.confirmedBy?.name])).toEqual([
      [MANDATE, 19, true, 'Kari Nordmann'],
      [CHALLENGE, 2, false, 'Kari Nordmann'],
    ]);
    expect(project!.mine.map((w) => [w.itemKey, w.waitingFor, w.days])).toEqual([[CONTACT, 'kommune', 1]]);
  });

  it('follows the project’s own limit', () => {
    const a = state('a', { [CHALLENGE]: confirmed(CHALLENGE, 'kommune', kari, '2026-03-15T09:00:00Z') }, 3);
    const evidence = projectEvidence(a, { participants: [participant(ingrid, 'sykehus', 'a')], phaseHistory: [] });
    expect(waitsForPerson(ingrid.id, [{ projectKey: 'a', title: 'A', siteUrl: '', evidence, model: DEFAULT_MODEL }], now)[0]!.forMe[0]!.overdue).toBe(true);
  });

  it('leaves out projects the person is not registered in, and projects where nothing waits on them', () => {
    const waiting = state('b', { [MANDATE]: confirmed(MANDATE, 'kommune', kari, '2026-03-01T09:00:00Z') });
    const notMine = projectEvidence(waiting, { participants: [participant(kari, 'kommune', 'b')], phaseHistory: [] });
    const quiet = projectEvidence(state('c', {}), { participants: [participant(ingrid, 'sykehus', 'c')], phaseHistory: [] });
    expect(waitsForPerson(ingrid.id, [
      { projectKey: 'b', title: 'B', siteUrl: '', evidence: notMine, model: DEFAULT_MODEL },
      { projectKey: 'c', title: 'C', siteUrl: '', evidence: quiet, model: DEFAULT_MODEL },
    ], now)).toEqual([]);
  });
});
