// The dev users of local mode. Object ids are fixed GUIDs so tests, the app's local mode and a persisted
// database agree across runs. `lookupId` is the user's id in each site's user information list (what
// AuthorLookupId / EditorLookupId / personOrGroup columns hold); the emulator uses the same number in every site.

export type Side = 'kommune' | 'sykehus' | 'none';

export interface DevUser {
  id: string;
  objectId: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  organisation: string;
  side: Side;
  lookupId: number;
}

export const devUsers: readonly DevUser[] = [
  { id: 'kari', objectId: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1001', displayName: 'Kari Nordmann', givenName: 'Kari', surname: 'Nordmann', mail: 'kari.nordmann@lillehammer.kommune.no', organisation: 'Lillehammer kommune', side: 'kommune', lookupId: 11 },
  { id: 'ola', objectId: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1002', displayName: 'Ola Bakken', givenName: 'Ola', surname: 'Bakken', mail: 'ola.bakken@gausdal.kommune.no', organisation: 'Gausdal kommune', side: 'kommune', lookupId: 12 },
  { id: 'ingrid', objectId: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1003', displayName: 'Ingrid Hansen', givenName: 'Ingrid', surname: 'Hansen', mail: 'ingrid.hansen@sykehuset-innlandet.no', organisation: 'Sykehuset Innlandet HF', side: 'sykehus', lookupId: 13 },
  { id: 'per', objectId: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1004', displayName: 'Per Olsen', givenName: 'Per', surname: 'Olsen', mail: 'per.olsen@sykehuset-innlandet.no', organisation: 'Sykehuset Innlandet HF', side: 'sykehus', lookupId: 14 },
  { id: 'kristin', objectId: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1005', displayName: 'Kristin Berg', givenName: 'Kristin', surname: 'Berg', mail: 'kristin.berg@helsefellesskap-innlandet.no', organisation: 'Helsefellesskap Innlandet', side: 'none', lookupId: 15 },
  { id: 'eva', objectId: '6f0a1c2e-1b7d-4c1e-9a51-0c7c1d8a1006', displayName: 'Eva Lund', givenName: 'Eva', surname: 'Lund', mail: 'eva.lund@hamar.kommune.no', organisation: 'Hamar kommune', side: 'kommune', lookupId: 16 },
];

/** The token a dev user sends: `Authorization: Bearer dev:<id>`, or `dev:<id>:<unix-expiry-seconds>`. */
export const devToken = (userId: string, expiresAtSeconds?: number): string =>
  expiresAtSeconds === undefined ? `dev:${userId}` : `dev:${userId}:${expiresAtSeconds}`;
