// The test people, taken from the dev directory (emulator/src/auth/devUsers.ts) so that every test names the same
// six people the same way: Kari Nordmann and Ola Bakken (kommune), Ingrid Hansen and Per Olsen (sykehus), Kristin
// Berg (the coordinator, no side) and Eva Lund (Hamar kommune, with no access to the demo projects). Each is given as
// the app knows them once signed in: a Person with their Entra object id, display name and e-mail (what /me answers),
// and an Actor with the side of their organisation. Tests that sign in as one use the dev id (`'kari'`).
import { devUsers } from '../emulator/src/auth/devUsers';
import type { DevUser } from '../emulator/src/auth/devUsers';
import type { Actor, Person } from '../src/domain/types';

export type DevUserId = 'kari' | 'ola' | 'ingrid' | 'per' | 'kristin' | 'eva';

function devUser(id: DevUserId): DevUser {
  const user = devUsers.find((candidate) => candidate.id === id);
  if (!user) throw new Error(`no dev user ${id} in emulator/src/auth/devUsers.ts`);
  return user;
}

/** A Person with the e-mail every dev user has (Person's own is optional: Graph does not always give one). */
export type DevPerson = Person & { email: string };

/** A dev user as a Person: Entra object id, display name and e-mail. */
export function personOf(id: DevUserId): DevPerson {
  const user = devUser(id);
  return { id: user.objectId, name: user.displayName, email: user.mail };
}

/** A dev user as an Actor: the Person and the side their organisation takes (none for Kristin). */
export function actorOf(id: DevUserId): Actor & DevPerson {
  const side = devUser(id).side;
  return { ...personOf(id), ...(side === 'none' ? {} : { side }) };
}

/** The dev user's organisation as the directory names it ('Lillehammer kommune', 'Sykehuset Innlandet HF', …). */
export const organisationOf = (id: DevUserId): string => devUser(id).organisation;

const ids: readonly DevUserId[] = ['kari', 'ola', 'ingrid', 'per', 'kristin', 'eva'];
export const people = Object.fromEntries(ids.map((id) => [id, personOf(id)])) as Record<DevUserId, DevPerson>;
export const actors = Object.fromEntries(ids.map((id) => [id, actorOf(id)])) as Record<DevUserId, Actor & DevPerson>;

export const { kari, ola, ingrid, per, kristin, eva } = people;

// The participants component tests' fixtures, imported from here before they had a file of their own.
export { NOW, PROJECT, guest, row, saver } from './participantFixtures';
