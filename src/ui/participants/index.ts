// The participants room's public face: the bar above a project (prompt, registry panel) and the side a person
// confirms for.
export { ParticipantsBar } from './ParticipantsBar';
export type { ParticipantsBarProps } from './ParticipantsBar';
export { affiliationOf } from './registry';
export type { Affiliation } from './registry';
