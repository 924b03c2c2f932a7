// Plain-data projects for the project view's tests, and a render helper inside Fluent's provider.
import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { DEFAULT_MODEL } from '../src/model/defaultModel';
import type { Actor, IntentBody, ItemState, ProjectEvent, ProjectState } from '../src/domain/types';
import type { SessionSnapshot } from '../src/store/ChecklistStore';
import type { ProjectViewProps } from '../src/ui/project';
import { actors } from './people';

export const kari: Actor = actors.kari;
export const ingrid: Actor = actors.ingrid;

export function phase(key: string) {
  const found = DEFAULT_MODEL.phases.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no phase ${key}`);
  return found;
}

export function projectState(currentPhase: string, items: ItemState[] = [], anomalies: ProjectState['anomalies'] = []): ProjectState {
  return {
    project: {
      projectKey: '5b7c2a0e-0000-4000-8000-000000000001',
      title: 'Helhetlige helsetjenester til lungepasienter',
      currentPhase,
      phaseEnteredAt: '2026-10-01T08:00:00Z',
      modelId: DEFAULT_MODEL.id,
      modelVersion: DEFAULT_MODEL.version,
      targetGroups: ['kroniske-lidelser'],
      municipalities: ['Lillehammer'],
      hospitalUnit: 'Sykehuset Innlandet',
      lifecycleStatus: 'active',
      updatedAt: '2026-11-01T08:00:00Z',
    },
    items: Object.fromEntries(items.map((item) => [item.itemKey, item])),
    anomalies,
  };
}

export function itemState(phaseKey: string, itemKey: string, change: Partial<ItemState> = {}): ItemState {
  return { itemKey, phaseKey, status: 'open', confirmations: {}, comment: '', ...change };
}

/** Every item of a phase done (both sides confirmed for `begge` items). */
export function allDone(phaseKey: string): ItemState[] {
  return phase(phaseKey).checklist.map((def) =>
    itemState(phaseKey, def.key, {
      status: 'done',
      confirmations: def.requiresBothSides
        ? { kommune: { by: kari, at: '2026-11-02T09:00:00Z' }, sykehus: { by: ingrid, at: '2026-11-03T10:00:00Z' } }
        : {},
    }),
  );
}

export function snapshotOf(state: ProjectState, change: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return { status: 'ready', state, confirmed: state, participants: [], pending: [], recentlyChangedByOthers: [], online: true, fromCache: false, ...change };
}

export interface Recorded {
  dispatched: IntentBody[];
  retried: string[];
  discarded: string[];
  undone: number;
  historyAsked: Array<string | undefined>;
}

export function viewProps(state: ProjectState, change: Partial<ProjectViewProps> = {}, events: ProjectEvent[] = []): { props: ProjectViewProps; recorded: Recorded } {
  const recorded: Recorded = { dispatched: [], retried: [], discarded: [], undone: 0, historyAsked: [] };
  const props: ProjectViewProps = {
    model: DEFAULT_MODEL,
    snapshot: snapshotOf(state),
    me: kari,
    language: 'nb',
    surface: 'channelTab',
    onDispatch: (body) => recorded.dispatched.push(body),
    onRetry: (id) => recorded.retried.push(id),
    onDiscard: (id) => recorded.discarded.push(id),
    onUndo: () => (recorded.undone += 1),
    canUndo: false,
    loadHistory: async (itemKey) => {
      recorded.historyAsked.push(itemKey);
      return events;
    },
    ...change,
  };
  return { props, recorded };
}

/** The theme every view renders in; as `wrapper` it survives a `rerender`. */
export function InFluent({ children }: { children: ReactNode }) {
  return <FluentProvider theme={teamsLightTheme}>{children}</FluentProvider>;
}

export function renderInFluent(ui: ReactElement) {
  return render(ui, { wrapper: InFluent });
}

/** A valid fødselsnummer, computed here with its own mod-11 rule (independent of src/domain/nationalId.ts). */
export function validFodselsnummer(birthDate = '150385'): string {
  const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (digits: number[], weights: number[]) => {
    const rest = 11 - (weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  for (let individual = 100; individual < 500; individual += 1) {
    const digits = [...`${birthDate}${individual}`].map(Number);
    const k1 = control(digits, weights1);
    if (k1 === 10) continue;
    const k2 = control([...digits, k1], weights2);
    if (k2 === 10) continue;
    return `${birthDate}${individual}${k1}${k2}`;
  }
  throw new Error('no valid number for that date');
}
