// The drill-down's look into a project's own lists: its current phase's checklist, read-only. A coordinator is
// often no member of the project: then the store says so and the portfolio row above is what is shown.
import { useEffect, useState } from 'react';
import type { JSX } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Language, PhaseModel } from '../../model/types';
import type { ProjectState } from '../../domain/types';
import type { ChecklistStore } from '../../store/ChecklistStore';
import { translator } from '../../i18n/defineMessages';
import { Checklist, ChecklistSessionContext, readOnlySession } from '../project';
import { overviewStrings } from './strings';

export interface ReadOnlyProjectProps {
  store: Pick<ChecklistStore, 'locate' | 'loadProject'>;
  siteUrl: string | undefined;
  projectKey: string;
  /** Used when the store does not say which model the project runs on. */
  model: PhaseModel;
  language: Language;
  /** The project's state once read, and the model it runs on, for figures that must agree with the checklist shown. */
  onLoaded?(state: ProjectState, model: PhaseModel): void;
}

export function ReadOnlyProject(props: ReadOnlyProjectProps): JSX.Element {
  const t = translator(overviewStrings, props.language);
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'unavailable'; project?: ProjectState; model?: PhaseModel }>({ status: 'loading' });
  const { store, siteUrl, projectKey, onLoaded } = props;

  useEffect(() => {
    let live = true;
    if (!siteUrl) {
      setState({ status: 'unavailable' });
      return;
    }
    setState({ status: 'loading' });
    store
      .locate({ siteUrl })
      .then((location) => store.loadProject(location, projectKey))
      .then(
        (loaded) => {
          if (!live) return;
          // The project's own model version (a project on an older version shows that version's checklist).
          setState({ status: 'ready', project: loaded.state, ...(loaded.model ? { model: loaded.model.model } : {}) });
          onLoaded?.(loaded.state, loaded.model?.model ?? props.model);
        },
        () => live && setState({ status: 'unavailable' }),
      );
    return () => {
      live = false;
    };
    // onLoaded is the parent's fresh closure each render; the project is read once per project.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, siteUrl, projectKey]);

  if (state.status === 'loading') return <Spinner size="small" label={t('loading')} />;
  const project = state.project;
  const phase = project && (state.model ?? props.model).phases.find((p) => p.key === project.project.currentPhase);
  if (!project || !phase) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('drillNoAccess')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>{t('drillReadOnly')}</MessageBarBody>
      </MessageBar>
      <ChecklistSessionContext.Provider value={readOnlySession(project, props.language)}>
        <Checklist phase={phase} headingLevel={3} />
      </ChecklistSessionContext.Provider>
    </>
  );
}
