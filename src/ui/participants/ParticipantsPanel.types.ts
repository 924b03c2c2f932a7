// What the "Deltakere" panel and its drawer are given. A file of its own: the drawer (loaded on demand through
// onDemand.ts, which the panel imports) needs the type too, and taking it from the panel closed a file circle.
import type { Participant, Person } from '../../domain/types';
import type { Language } from '../../model/types';

export interface ParticipantsPanelProps {
  person: Person;
  participants: readonly Participant[];
  language: Language;
  /** False on read-only surfaces: the list only. */
  mayWrite: boolean;
  /** Saves the row and resolves once the registry has it; rejects with a StoreError. */
  onSave(participant: Participant): Promise<void>;
  /** Full width in the meeting side panel. */
  size?: 'medium' | 'full';
  now?: () => Date;
}
