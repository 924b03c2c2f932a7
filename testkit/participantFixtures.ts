// Registry rows for the participants component tests, a guest from outside the dev directory, and a recorder for
// what the components save.
import type { Participant, Person } from '../src/domain/types';

export const PROJECT = '6f1c2a8e-3b7d-4c59-9e12-0a4b5c6d7e01';
export const NOW = new Date('2026-03-02T09:30:00.000Z');

/** A guest from another organisation's tenant: in no dev directory, known only by what the registry holds. */
export const guest: Person = { id: 'guest-id', name: 'Gjest Gjestesen', email: 'gjest@example.org' };

/** A registry row; `confirmedAt: null` for one the person has not confirmed themselves (the lead wrote it). */
export function row(person: Person, organisation: string, side: Participant['side'], confirmedAt: string | null = '2026-01-10T08:00:00.000Z'): Participant {
  return { projectKey: PROJECT, person, organisation, side, ...(confirmedAt ? { confirmedAt } : {}) };
}

/** What was saved, in order; `fail` makes the next saves reject with it. */
export function saver() {
  const saved: Participant[] = [];
  let fail: unknown;
  return {
    saved,
    failWith(error: unknown) {
      fail = error;
    },
    onSave(participant: Participant): Promise<void> {
      if (fail) return Promise.reject(fail instanceof Error ? fail : new Error(String(fail)));
      saved.push(participant);
      return Promise.resolve();
    },
  };
}
