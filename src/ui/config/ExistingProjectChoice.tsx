// A new tab on a site that already has a project: the configuration page offers that project first (an empty "Sett
// opp prosjektet" form made a second project beside it). Choosing it writes nothing: the tab is pointed at the
// existing project (Teams: the host's Save; elsewhere: our button). A new project stays one deliberate choice away.
import { useEffect, useId, useRef } from 'react';
import type { FormEvent } from 'react';
import { Body1, Button, Radio, RadioGroup, Field, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ProjectInfo } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import type { TabConfig } from '../../host/HostAdapter';
import { useShell } from '../base/HostReactContext';
import { useHostReady } from '../base/useHostReady';
import { configStrings } from './configStrings';
import { tabConfigFor } from './projectForm';

/** The choice's value for "a new project" (project keys are GUIDs). */
export const NEW_PROJECT = 'new';

const useStyles = makeStyles({
  page: { maxWidth: '40rem', margin: '0 auto', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export interface ExistingProjectChoiceProps {
  projects: readonly ProjectInfo[];
  /** A project key, or NEW_PROJECT (the page then shows the form for a new project below). */
  chosen: string;
  onChoose(choice: string): void;
  /** Outside Teams: show the chosen project. */
  onOpen(projectKey: string): void;
}

export function ExistingProjectChoice({ projects, chosen, onChoose, onOpen }: ExistingProjectChoiceProps) {
  const { host, language } = useShell();
  const t = translator(configStrings, language);
  const styles = useStyles();
  const headingId = useId();
  const inTeams = host.config !== undefined;
  useHostReady();

  // With a project chosen, the host's Save points the tab at it and nothing is written; with a new project chosen,
  // the form below answers the host instead.
  const save = useRef<() => Promise<TabConfig>>(async () => Promise.reject(new Error(t('chooseProject'))));
  save.current = async () => {
    const project = projects.find((p) => p.projectKey === chosen);
    if (!project) throw new Error(t('chooseProject'));
    return tabConfigFor(window.location.origin, project.projectKey, project.title);
  };
  useEffect(() => {
    if (chosen === NEW_PROJECT) return;
    host.config?.onSave(() => save.current());
    host.config?.setValidity(true);
  }, [host, chosen]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== NEW_PROJECT) onOpen(chosen);
  };
  return (
    <form className={styles.page} onSubmit={onSubmit} aria-labelledby={headingId}>
      <Subtitle1 as="h1" id={headingId}>{t('existingHeading')}</Subtitle1>
      <Body1 as="p">{t('existingIntro')}</Body1>
      <Field label={t('existingChoice')}>
        <RadioGroup value={chosen} onChange={(_, data) => onChoose(data.value)}>
          {projects.map((project) => <Radio key={project.projectKey} value={project.projectKey} label={project.title} />)}
          <Radio value={NEW_PROJECT} label={t('existingNew')} />
        </RadioGroup>
      </Field>
      {chosen !== NEW_PROJECT && (inTeams ? <Body1 as="p">{t('existingTeamsHint')}</Body1> : <div><Button appearance="primary" type="submit">{t('existingOpen')}</Button></div>)}
    </form>
  );
}
