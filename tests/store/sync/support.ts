// Shared by the sync tests: a small phase model, a new project's info, and a wait for a session to reach a state.
import type { PhaseModel } from '../../../src/model/types';
import type { ProjectInfo } from '../../../src/domain/types';
import type { ProjectSession, SessionSnapshot } from '../../../src/store/ChecklistStore';

const text = (nb: string) => ({ nb, nn: nb, en: nb });

export const TEST_MODEL: PhaseModel = {
  id: 'sync-test',
  version: '1',
  name: text('Testmodell'),
  principles: [],
  priorityGroups: [],
  phases: [
    {
      key: 'utforske', order: 0, shape: 'diverge', label: text('Utforske'), shortLabel: text('Utforske'), purpose: text('Forstå behovet'), toolbox: [],
      checklist: [
        { key: 'behov', label: text('Behovet er beskrevet'), requiresBothSides: true },
        { key: 'brukere', label: text('Brukerne er involvert'), requiresBothSides: false },
        { key: 'ledelse', label: text('Ledelsen er informert'), requiresBothSides: false },
      ],
    },
    {
      key: 'utvikle', order: 1, shape: 'converge', label: text('Utvikle'), shortLabel: text('Utvikle'), purpose: text('Lage løsningen'), toolbox: [],
      checklist: [{ key: 'pilot', label: text('Pilot er gjennomført'), requiresBothSides: true }],
    },
  ],
};

export function projectInfo(projectKey: string, at = '2025-03-01T09:00:00.000Z'): ProjectInfo {
  return {
    projectKey, title: 'Trygg utskrivning', currentPhase: 'utforske', phaseEnteredAt: at, modelId: TEST_MODEL.id, modelVersion: TEST_MODEL.version,
    targetGroups: [], municipalities: ['Hamar'], hospitalUnit: 'Medisinsk avdeling', lifecycleStatus: 'active', updatedAt: at,
  };
}

/** Resolves with the first snapshot that satisfies `predicate` (the test's own timeout bounds the wait). */
export function until(session: ProjectSession, predicate: (snapshot: SessionSnapshot) => boolean): Promise<SessionSnapshot> {
  return new Promise((resolve) => {
    const check = () => {
      const snapshot = session.snapshot();
      if (!predicate(snapshot)) return false;
      unsubscribe();
      resolve(snapshot);
      return true;
    };
    const unsubscribe = session.subscribe(() => void check());
    check();
  });
}
