// Shared by the sync tests: a small phase model, a new project's info, and a wait for a session to reach a state.
import type { PhaseModel } from '../src/model/types';
import type { ProjectInfo } from '../src/domain/types';
import type { ProjectSession, SessionSnapshot } from '../src/store/ChecklistStore';

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

/**
 * Resolves with the first snapshot that satisfies `predicate`; rejects at once when `giveUpIf` holds first (so a
 * broken session fails the test rather than running into the timeout). The test's own timeout bounds the wait.
 */
export function until(session: ProjectSession, predicate: (snapshot: SessionSnapshot) => boolean, giveUpIf?: (snapshot: SessionSnapshot) => boolean): Promise<SessionSnapshot> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const snapshot = session.snapshot();
      if (predicate(snapshot)) resolve(snapshot);
      else if (giveUpIf?.(snapshot)) reject(new Error(`gave up waiting: ${JSON.stringify({ status: snapshot.status, error: snapshot.error?.code, pending: snapshot.pending.map((p) => [p.state, p.attempts, p.error?.code]) })}`));
      else return;
      unsubscribe();
    };
    const unsubscribe = session.subscribe(check);
    check();
  });
}

/** Waits until nothing is pending; gives up when an intent failed. */
export const settled = (session: ProjectSession) => until(session, (s) => s.pending.length === 0, (s) => s.pending.some((p) => p.state === 'failed'));
