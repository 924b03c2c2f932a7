// A project's evidence from its state and what its writer knows beside it (participants, phase history). Pure, so
// the tab that writes the Portfolio row and the tab that checks it compute the same thing.
import { SIDES } from '../../model/types';
import type { Side } from '../../model/types';
import type { Participant, Person, ProjectState } from '../types';
import { completeHistory } from '../phaseHistory';
import type { PhaseEntry } from '../phaseHistory';
import { DEFAULT_WAITING_LIMIT_DAYS } from './types';
import type { ItemEvidence, ProjectEvidence } from './types';

export interface EvidenceContext {
  /** The project's Participants list, as the writer's session has it loaded. */
  participants: readonly Participant[];
  /** The project row's phase history (completed from `phaseEnteredAt` when older than the history). */
  phaseHistory: readonly PhaseEntry[];
}

const byId = (a: Person, b: Person): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function projectEvidence(state: ProjectState, context: EvidenceContext): ProjectEvidence {
  const items: Record<string, ItemEvidence> = {};
  for (const [key, item] of Object.entries(state.items)) {
    const confirmations: ItemEvidence['confirmations'] = {};
    for (const side of SIDES) {
      const confirmation = item.confirmations[side];
      if (confirmation) confirmations[side] = { at: confirmation.at, by: { id: confirmation.by.id, name: confirmation.by.name } };
    }
    if (item.status === 'open' && Object.keys(confirmations).length === 0) continue;
    items[key] = { status: item.status, ...(item.status === 'notRelevant' ? { notRelevantReason: item.notRelevantReason ?? '' } : {}), confirmations };
  }
  const participants: Record<Side, Person[]> = { kommune: [], sykehus: [] };
  for (const participant of context.participants) participants[participant.side].push({ id: participant.person.id, name: participant.person.name });
  for (const side of SIDES) participants[side].sort(byId);
  const { project } = state;
  return {
    items,
    phaseHistory: completeHistory(context.phaseHistory, project),
    participants,
    waitingLimitDays: project.waitingLimitDays ?? DEFAULT_WAITING_LIMIT_DAYS,
    link: { ...(project.teamGroupId ? { teamGroupId: project.teamGroupId } : {}), ...(project.channelId ? { channelId: project.channelId } : {}) },
  };
}
