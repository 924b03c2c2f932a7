// "Venter på meg" (issue 22), pure: from the projects' evidence (their Portfolio rows), what waits for the side a
// person is registered for, and what they confirmed that still waits for the other side; with how long each has
// waited and whether it is past the project's limit. Uses the one waiting rule (domain/evidence).
import type { PhaseModel, Side } from '../model/types';
import { daysWaiting, isOverdue, itemsWaitingFor, waitingItems } from './evidence';
import type { ProjectEvidence, ProjectLink, WaitingItem } from './evidence';

export interface DatedWait extends WaitingItem {
  /** Whole days waited; undefined when the wait's start is unknown (only the status was ticked). */
  days?: number;
  overdue: boolean;
}

export interface ProjectWaits {
  projectKey: string;
  title: string;
  siteUrl: string;
  link: ProjectLink;
  model: PhaseModel;
  /** The side the person is registered for in this project. */
  side: Side;
  limitDays: number;
  /** Waiting for the person's side. */
  forMe: DatedWait[];
  /** Confirmed by the person, waiting for the other side (to follow up). */
  mine: DatedWait[];
}

export interface EvidenceOfProject {
  projectKey: string;
  title: string;
  siteUrl: string;
  evidence: ProjectEvidence;
  /** The model the project runs on (its recorded version). */
  model: PhaseModel;
}

/** The side a person is registered for in a project, if any. */
function registeredSide(evidence: ProjectEvidence, personId: string): Side | undefined {
  return (Object.keys(evidence.participants) as Side[]).find((side) => evidence.participants[side].some((person) => person.id === personId));
}

/** Every project the person is registered in that has something waiting for them or on their confirmation. */
export function waitsForPerson(personId: string, projects: readonly EvidenceOfProject[], now: Date): ProjectWaits[] {
  return projects.flatMap((project): ProjectWaits[] => {
    const side = registeredSide(project.evidence, personId);
    if (!side) return [];
    const limitDays = project.evidence.waitingLimitDays;
    const dated = (wait: WaitingItem): DatedWait => {
      const days = daysWaiting(wait, now);
      return { ...wait, ...(days !== undefined ? { days } : {}), overdue: isOverdue(wait, limitDays, now) };
    };
    const forMe = itemsWaitingFor(project.model, project.evidence, side).map(dated);
    const mine = waitingItems(project.model, project.evidence)
      .filter((wait) => wait.waitingFor !== side && wait.confirmedBy?.id === personId)
      .map(dated);
    if (forMe.length === 0 && mine.length === 0) return [];
    return [{ projectKey: project.projectKey, title: project.title, siteUrl: project.siteUrl, link: project.evidence.link, model: project.model, side, limitDays, forMe, mine }];
  });
}
