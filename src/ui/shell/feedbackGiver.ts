// How a project screen sends feedback: against the model version the project follows, naming the project and the
// side the person confirms for there. The identity is added by the store from the token.
import type { FeedbackKind, FeedbackTarget } from '../../domain/feedback';
import type { Actor, ProjectInfo } from '../../domain/types';
import type { PhaseModel } from '../../model/types';
import type { AppServices } from '../base/AppServices';
import type { GiveFeedback } from '../feedback';

export function feedbackGiver(services: Pick<AppServices, 'feedback'>, model: PhaseModel, project: ProjectInfo | undefined, me: Pick<Actor, 'side'>): GiveFeedback {
  return async (target: FeedbackTarget, kind: FeedbackKind, text: string) => {
    await services.feedback.give(model, {
      id: crypto.randomUUID(),
      target,
      kind,
      text,
      modelVersion: model.version,
      ...(project ? { projectKey: project.projectKey, projectTitle: project.title } : {}),
      ...(me.side ? { side: me.side } : {}),
      at: new Date().toISOString(),
    });
  };
}
