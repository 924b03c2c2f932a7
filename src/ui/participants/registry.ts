// The signed-in person in the project's participant registry: their row, what to suggest, and whether to ask them.
import { suggestParticipant } from '../../domain/participants';
import type { Participant, Person } from '../../domain/types';
import { DEFAULT_DOMAIN_MAP } from '../../model/domainMap';
import type { DomainMap, Side } from '../../model/types';

/** Who someone is with: what the prompt suggests and the form edits. No side: they may view but not confirm. */
export interface Affiliation {
  organisation: string;
  side?: Side;
}

/** The person's row in this project's registry (rows the store could not tie to a project do not count). */
export function registryEntry(participants: readonly Participant[], personId: string): Participant | undefined {
  return participants.find((participant) => participant.projectKey !== '' && participant.person.id === personId);
}

/** The registry first (a row the lead wrote counts), else the e-mail domain's suggestion. */
export function affiliationOf(person: Person, participants: readonly Participant[], domainMap: DomainMap = DEFAULT_DOMAIN_MAP): Affiliation | undefined {
  const registered = registryEntry(participants, person.id);
  if (registered) return { organisation: registered.organisation, side: registered.side };
  return person.email ? suggestParticipant(person.email, domainMap) : undefined;
}

/**
 * Ask the person when they have no row, or a row they did not confirm themselves (the lead wrote or corrected it):
 * the registry is only trusted once the person has said "yes, that's me".
 */
export function needsConfirmation(person: Person, participants: readonly Participant[]): boolean {
  return registryEntry(participants, person.id)?.confirmedAt === undefined;
}

/**
 * The row to save. `confirmedAt` only when the person speaks for themselves; a correction by someone else leaves it
 * out, so the person is asked to confirm it the next time they open the project.
 */
export function participantRow(projectKey: string, person: Person, choice: Required<Affiliation>, confirmedAt?: string): Participant {
  return { projectKey, person, organisation: choice.organisation, side: choice.side, ...(confirmedAt ? { confirmedAt } : {}) };
}
