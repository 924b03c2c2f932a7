// The tab's configuration page: a project lead names the project and its partners. In Teams the host's own Save
// button saves (setValidityState / registerOnSaveHandler / setConfig); elsewhere our Save button does the same.
// The tab's entity id is the project key, so re-opening the settings edits the same project.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Body1, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ProjectInfo } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import type { TabConfig } from '../../host/HostAdapter';
import type { ProjectLocation } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { textProblemMessage } from '../base/textProblemMessage';
import { storeErrorOf } from '../base/failures';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';
import { LoadingView } from '../base/StatusViews';
import { useAsync } from '../base/useAsync';
import { useHostReady } from '../base/useHostReady';
import { configStrings } from './configStrings';
import { MunicipalityPicker } from './MunicipalityPicker';
import { ExistingProjectChoice, NEW_PROJECT } from './ExistingProjectChoice';
import { checkProjectForm, emptyProjectForm, formFromProject, isProjectFormValid, newProjectInfo, projectChanges, tabConfigFor } from './projectForm';
import type { ProjectForm } from './projectForm';

const useStyles = makeStyles({
  page: { maxWidth: '40rem', margin: '0 auto', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  groups: { display: 'flex', flexDirection: 'column' },
});

export interface ConfigPageProps {
  location: ProjectLocation;
  /** The project this tab already shows (Teams entityId, or `?project=`); absent for a new tab. */
  projectKey?: string;
  /** Outside Teams: where to go after saving. */
  onSaved: (projectKey: string) => void;
}

export function ConfigPage({ location, projectKey, onSaved }: ConfigPageProps) {
  const services = useServices();
  const { language } = useShell();
  const listed = useAsync(() => services.store.listProjects(location), `${location.siteId}|${projectKey ?? ''}`);
  if (listed.status === 'pending') return <LoadingView label={translator(configStrings, language)('loading')} />;
  const projects = listed.status === 'done' ? listed.value : [];
  const project = projectKey ? projects.find((p) => p.projectKey === projectKey) : undefined;
  // A new tab on a site that already has a project: that project first, a new one only by choice.
  if (!projectKey && projects.length > 0) return <ChooseOrCreate location={location} projects={projects} onSaved={onSaved} />;
  return <ConfigForm key={project?.projectKey ?? 'new'} location={location} project={project} projectKey={projectKey} onSaved={onSaved} />;
}

function ChooseOrCreate({ location, projects, onSaved }: { location: ProjectLocation; projects: ProjectInfo[]; onSaved: (projectKey: string) => void }) {
  const [chosen, setChosen] = useState(projects[0]?.projectKey ?? NEW_PROJECT);
  return (
    <>
      <ExistingProjectChoice projects={projects} chosen={chosen} onChoose={setChosen} onOpen={onSaved} />
      {chosen === NEW_PROJECT && <ConfigForm location={location} project={undefined} onSaved={onSaved} />}
    </>
  );
}

function ConfigForm({ location, project, projectKey, onSaved }: ConfigPageProps & { project: ProjectInfo | undefined }) {
  const services = useServices();
  const { host, language } = useShell();
  const t = translator(configStrings, language);
  const styles = useStyles();
  const ids = { title: useId(), municipalities: useId(), unit: useId() };
  // What is wrong with the municipality being typed (a semicolon): said at the field, before anything is saved.
  const [typedProblem, setTypedProblem] = useState<string>();
  const [form, setForm] = useState<ProjectForm>(() => (project ? formFromProject(project) : emptyProjectForm()));
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [failure, setFailure] = useState<string>();
  const problems = checkProjectForm(form);
  const valid = isProjectFormValid(form);
  const inTeams = host.config !== undefined;
  useHostReady();

  // The host's Save calls the latest form, not the one from the first render.
  // What the host is told on a refusal is the person's language too (Teams may show it).
  const save = useRef<() => Promise<TabConfig>>(async () => Promise.reject(new Error(t('formIncomplete'))));
  save.current = async () => {
    if (!isProjectFormValid(form)) throw new Error(t('formIncomplete'));
    setSaving('saving');
    setFailure(undefined);
    try {
      const me = await services.whoAmI();
      const now = new Date().toISOString();
      const key = project?.projectKey ?? projectKey ?? crypto.randomUUID();
      // Written straight through the store, not the session's durable queue, on purpose: the host's Save must know
      // at once whether the project was written (a rejection keeps Teams' dialog open with the message), and a
      // queued write that lands later would let the tab be saved pointing at a project that may never exist. The
      // intent carries its own id, so the store's replay-safe apply still writes it and its Events row once.
      if (project) {
        const changes = projectChanges(project, form);
        if (changes) await services.store.apply(location, { kind: 'updateProject', changes, id: crypto.randomUUID(), projectKey: key, actor: me, at: now });
      } else {
        // A new project starts on the newest published version (read now: one round trip, the site may be ahead of the device).
        const { newest } = await services.modelSource.refresh();
        await services.store.createProject(location, newProjectInfo(form, newest, key, now, host.context.team), crypto.randomUUID());
      }
      setSaving('saved');
      return tabConfigFor(window.location.origin, key, form.title);
    } catch (error) {
      setSaving('idle');
      const message = storeErrorMessage(storeErrorOf(error).code, language);
      setFailure(message);
      throw new Error(message, { cause: error });
    }
  };

  useEffect(() => {
    host.config?.onSave(() => save.current());
  }, [host]);
  useEffect(() => {
    host.config?.setValidity(valid);
  }, [host, valid]);

  const showProblems = touched || project !== undefined;
  const update = (change: Partial<ProjectForm>) => {
    setForm((before) => ({ ...before, ...change }));
    setSaving('idle');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!valid || inTeams) return;
    save.current().then((config) => onSaved(config.entityId), () => undefined);
  };

  return (
    <form className={styles.page} onSubmit={onSubmit} noValidate aria-labelledby="config-heading">
      <Subtitle1 as="h1" id="config-heading">
        {project ? t('editHeading') : t('heading')}
      </Subtitle1>
      <Body1 as="p">{t('intro')}</Body1>
      <Field
        label={t('title')}
        hint={t('titleHint')}
        required
        validationState={showProblems && problems.title ? 'error' : 'none'}
        validationMessage={showProblems && problems.title ? textProblemMessage(problems.title, language) : undefined}
      >
        <Input id={ids.title} value={form.title} onChange={(_e, data) => update({ title: data.value })} onBlur={() => setTouched(true)} />
      </Field>
      <Field
        label={{ children: t('municipalities'), htmlFor: ids.municipalities }}
        hint={t('municipalitiesHint')}
        required
        validationState={typedProblem || (showProblems && problems.municipalities) ? 'error' : 'none'}
        validationMessage={typedProblem ?? (showProblems && problems.municipalities ? t('municipalitiesRequired') : undefined)}
      >
        <MunicipalityPicker
          inputId={ids.municipalities}
          selected={form.municipalities}
          onChange={(municipalities) => update({ municipalities })}
          language={language}
          invalid={showProblems && problems.municipalities !== undefined}
          onTypedProblem={setTypedProblem}
        />
      </Field>
      <Field
        label={t('hospitalUnit')}
        hint={t('hospitalUnitHint')}
        required
        validationState={showProblems && problems.hospitalUnit ? 'error' : 'none'}
        validationMessage={showProblems && problems.hospitalUnit ? textProblemMessage(problems.hospitalUnit, language) : undefined}
      >
        <Input id={ids.unit} value={form.hospitalUnit} onChange={(_e, data) => update({ hospitalUnit: data.value })} />
      </Field>
      <fieldset className={styles.groups} style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t('targetGroups')}</Text>
        </legend>
        {services.model.priorityGroups.map((group) => (
          <Checkbox
            key={group.key}
            label={group.label[language]}
            checked={form.targetGroups.includes(group.key)}
            onChange={(_e, data) =>
              update({ targetGroups: data.checked ? [...form.targetGroups, group.key] : form.targetGroups.filter((key) => key !== group.key) })
            }
          />
        ))}
      </fieldset>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {saving === 'saved' ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {inTeams ? (
        <Body1 as="p">{t('teamsSaveHint')}</Body1>
      ) : (
        <div>
          <Button appearance="primary" type="submit" disabled={saving === 'saving'}>
            {saving === 'saving' ? t('saving') : t('save')}
          </Button>
        </div>
      )}
    </form>
  );
}
