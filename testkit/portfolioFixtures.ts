// A small model with the default model's phase keys, and a row builder: shared by the portfolio tests.
import type { PhaseModel } from '../src/model/types';
import type { PortfolioRow } from '../src/domain/portfolio/types';

const text = (nb: string, en = nb) => ({ nb, nn: nb, en });
const phase = (key: string, order: number, nb: string, en: string, items: string[]) => ({
  key,
  order,
  shape: 'block' as const,
  label: text(nb, en),
  shortLabel: text(nb, en),
  purpose: text(''),
  checklist: items.map((k, i) => ({ key: k, label: text(`Krav ${k}`, `Requirement ${k}`), requiresBothSides: i === 0 })),
  toolbox: [],
});

export const testModel: PhaseModel = {
  id: 'test',
  version: '1',
  name: text('Testmodell'),
  principles: [],
  priorityGroups: [
    { key: 'barnUnge', label: text('Barn og unge', 'Children and young people') },
    { key: 'eldre', label: text('Skrøpelige eldre', 'Frail elderly') },
  ],
  phases: [
    phase('forankring', 0, 'Forankring', 'Anchoring', ['f1', 'f2']),
    phase('utforske', 1, 'Utforske', 'Explore', ['u1', 'u2']),
    phase('definere', 2, 'Definere', 'Define', ['d1']),
    phase('utvikle', 3, 'Utvikle', 'Develop', ['v1']),
    phase('levere', 4, 'Levere', 'Deliver', ['l1']),
    phase('laerOgDel', 5, 'Lær og del', 'Learn and share', ['ld1']),
  ],
};

let next = 1;
export function row(overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  const id = String(next++);
  return {
    itemId: id,
    projectKey: `p-${id}`,
    title: `Prosjekt ${id}`,
    municipalities: [],
    hospitalUnit: '',
    targetGroups: [],
    progress: {},
    missingRequirements: [],
    missingInPassedPhases: 0,
    openInCurrentPhase: 0,
    missingCount: 0,
    openDualConfirmations: 0,
    gateOverrides: [],
    anomalies: [],
    lifecycleStatus: 'active',
    model: testModel,
    ...overrides,
  };
}

export const NOW = new Date('2026-03-01T12:00:00Z');
export const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString();
