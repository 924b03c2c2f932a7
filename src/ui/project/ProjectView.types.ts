import type { Language, PhaseKey, PhaseModel } from '../../model/types';
import type { Actor, IntentBody, ProjectEvent } from '../../domain/types';
import type { SessionSnapshot } from '../../store/ChecklistStore';
import type { GiveFeedback } from '../feedback';

export type ProjectSurface = 'channelTab' | 'sidePanel' | 'meetingStage' | 'readOnly';

export interface ProjectViewProps {
  model: PhaseModel;
  snapshot: SessionSnapshot;
  /** The signed-in person, with the side they confirm for (none: they cannot confirm). */
  me: Actor;
  language: Language;
  surface: ProjectSurface;
  /** May throw StoreError('invalidInput'): the view shows the message next to the field. */
  onDispatch(body: IntentBody): void;
  onRetry(intentId: string): void;
  onDiscard(intentId: string): void;
  onUndo(): void;
  canUndo: boolean;
  loadHistory(itemKey?: string): Promise<ProjectEvent[]>;
  /** The person may read but not write (their rights, or SharePoint refused a write): no action is offered. */
  readOnly?: boolean;
  /** Controlled selection (for routing); without it the view keeps its own, starting at the current phase. */
  selectedPhase?: PhaseKey;
  onSelectPhase?(phaseKey: PhaseKey): void;
  /** Sends feedback on a requirement or toolbox entry to the coordinators; absent: no feedback is offered. */
  giveFeedback?: GiveFeedback;
}
