// What the signed-in app offers every page: the store port and the services around it. Built once by the
// composition root (src/ui/shell/services.ts); pages receive it through ServicesContext and never build their own.
import type { TokenSource } from '../../auth';
import type { ProjectLinkTarget } from '../../domain/projectLinks';
import type { Person, Actor } from '../../domain/types';
import type { PhaseModel } from '../../model/types';
import type { ChecklistStore, ProjectLocation, ProjectSession, SiteAddress } from '../../store/ChecklistStore';
import type { GraphConnection } from '../../store/graphClient/createGraphClient';
import type { SiteInspection } from '../../store/provisioning/provision';
import type { ModelSource } from '../../store/model/ModelSource';
import type { WaitingRowsRead } from '../../store/portfolio/waitingRows';

export interface AppServices {
  graph: GraphConnection;
  store: ChecklistStore;
  model: PhaseModel;
  /** The coordinators' published model and its versions (device first, then the coordination site). */
  modelSource: ModelSource;
  tokens: TokenSource;
  /** The signed-in person, from Graph's `/me` (the same id the store writes as author). */
  whoAmI(): Promise<Person>;
  /** The site's lists: from the device when known, else from Graph (one round trip). */
  locate(site: SiteAddress): Promise<ProjectLocation>;
  /** After a load found the lists gone: the next open asks Graph again. */
  forgetLocation(location: ProjectLocation): void;
  openSession(location: ProjectLocation, projectKey: string, actor: Actor): ProjectSession;
  inspect(site: SiteAddress): Promise<SiteInspection>;
  /** "Venter på meg": every project's row in the coordination site, as that page needs it (≤ 2 round trips). */
  readWaiting(): Promise<WaitingRowsRead>;
  /** The link to a project or an item in it, for the host the project lives in (domain/projectLinks.ts). */
  linkTo(target: ProjectLinkTarget): string;
  provision(site: SiteAddress): Promise<void>;
}
