// What the signed-in app offers every page: the store port and every Graph-backed service around it. Built once by
// the composition root (src/ui/shell/services.ts); pages receive it through ServicesContext and never build their
// own. There is no raw Graph connection here: a page that needs Graph asks for a service, so each service is made
// (and its lists located) once per signed-in user, not once per page or per click.
import type { TokenSource } from '../../auth';
import type { ProjectLinkTarget } from '../../domain/projectLinks';
import type { Person, Actor } from '../../domain/types';
import type { PhaseModel } from '../../model/types';
import type { ChecklistStore, ProjectLocation, ProjectSession, SiteAddress } from '../../store/ChecklistStore';
import type { SiteInspection } from '../../store/provisioning/provision';
import type { ModelRepository } from '../../store/model/ModelRepository';
import type { ModelSource } from '../../store/model/ModelSource';
import type { WaitingRowsRead } from '../../store/portfolio/waitingRows';
import type { TemplateUploader } from '../../store/model/templateFiles';
import type { PortfolioReader } from '../../store/portfolio/PortfolioReader';
import type { FeedbackStore } from '../../store/feedback/FeedbackStore';
import type { LoadedInsight } from '../../store/insight/loadInsight';

/** Innsikt's data: every Portfolio row with its evidence, all feedback and the model's versions (coordination site only). */
export interface InsightService {
  load(): Promise<LoadedInsight>;
}

export interface AppServices {
  store: ChecklistStore;
  model: PhaseModel;
  /** The coordinators' published model and its versions (device first, then the coordination site). */
  modelSource: ModelSource;
  /**
   * The coordination site (model, versions, Portfolio, templates); undefined when none is configured. Local mode
   * takes the emulator's, so no page needs a constant of its own.
   */
  coordinationSite: SiteAddress | undefined;
  /**
   * The coordination site's model list, located once and shared with `modelSource`; a publish through it refreshes
   * `modelSource`, so the Verktøykasse, the upgrade notice and the next project see the new version at once.
   * Rejects with StoreError('siteNotFound') when no coordination site is configured.
   */
  modelRepository(): Promise<ModelRepository>;
  /** The Portfolio list of the coordination site (located on first use); rejects with 'siteNotFound' without one. */
  portfolio: PortfolioReader;
  /** Template files to the coordination site's Maler library (found on the first upload). */
  templateUploader: TemplateUploader;
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
  /** Tilbakemelding in the coordination site: any project member gives it, coordinators read and answer it. */
  feedback: FeedbackStore;
  insight: InsightService;
}
