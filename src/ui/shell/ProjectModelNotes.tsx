// What the channel tab says about the project's model: that its recorded version could not be read (and, where
// the coordination site told us, why), and, when a newer version is published, what moving to it changes. The
// upgrade notice and the model diff load only when there is an upgrade to show, not with the first paint.
import { Suspense, lazy, useSyncExternalStore } from 'react';
import type { JSX } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import type { Language, PhaseModel } from '../../model/types';
import { compareVersions, upgradeAvailable } from '../../model/upgrade';
import type { IntentBody } from '../../domain/types';
import type { ProjectModel, SessionSnapshot } from '../../store/ChecklistStore';
import type { ModelSource } from '../../store/model/ModelSource';
import { projectStrings } from '../project';
import { loadModelUpgradeNotice } from '../toolbox';

const RejectedModelWhy = lazy(() => import('./RejectedModelWhy').then((module) => ({ default: module.RejectedModelWhy })));
const ModelUpgradeNotice = lazy(() => loadModelUpgradeNotice().then((module) => ({ default: module.ModelUpgradeNotice })));

/** Shown on a newer model than the one it records: item changes would be checked against the wrong version. */
export function showsNewerThanRecorded(projectModel: ProjectModel | undefined): boolean {
  return projectModel?.missing !== undefined && compareVersions(projectModel.model.version, projectModel.missing.version) > 0;
}

export interface ProjectModelNotesProps {
  snapshot: SessionSnapshot;
  /** The project's model (the built-in one until the store has said). */
  model: PhaseModel;
  source: ModelSource;
  language: Language;
  /** Only a writer may move the project; a reader sees the notice without the action. */
  canUpgrade: boolean;
  onDispatch(body: IntentBody): void;
}

export function ProjectModelNotes(props: ProjectModelNotesProps): JSX.Element | null {
  // The newest version as the project's load (or the Verktøykasse) last read it: no round trip of its own.
  const models = useSyncExternalStore(props.source.subscribe, props.source.snapshot);
  const project = props.snapshot.state?.project;
  if (!project) return null;
  const t = translator(projectStrings, props.language);
  const missing = props.snapshot.model?.missing;
  const rejected = missing && models.rejected.find((record) => record.version === missing.version);
  // A move already queued shows as the visible state's version: no notice for it while it is on its way.
  const newer = props.snapshot.confirmed?.project.modelVersion === project.modelVersion ? upgradeAvailable(project, models.newest) : undefined;
  return (
    <>
      {missing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('modelMissingTitle', { version: missing.version })}</MessageBarTitle>
            {t(showsNewerThanRecorded(props.snapshot.model) ? 'modelMissingNewer' : 'modelMissingOlder', { shown: props.model.version })}
            {rejected && (
              <Suspense fallback={null}>
                <RejectedModelWhy version={missing.version} problems={rejected.problems} language={props.language} />
              </Suspense>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {newer && (
        <Suspense fallback={null}>
          <ModelUpgradeNotice
            current={props.model}
            newest={newer}
            {...(models.newestInfo?.version === newer.version && models.newestInfo.changeNote ? { changeNote: models.newestInfo.changeNote } : {})}
            {...(models.newestInfo?.version === newer.version && models.newestInfo.answersFeedback ? { answersFeedback: models.newestInfo.answersFeedback } : {})}
            language={props.language}
            canUpgrade={props.canUpgrade}
            state={props.snapshot.state}
            onUpgrade={(version) => props.onDispatch({ kind: 'updateProject', changes: { modelVersion: version } })}
          />
        </Suspense>
      )}
    </>
  );
}
