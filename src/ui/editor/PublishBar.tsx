// Saving the draft and publishing with a change note. Before a version goes out with texts that are new or rewritten
// in bokmål only, the coordinator sees which, and what nynorsk and English readers would get, and chooses.
import { useState } from 'react';
import type { JSX, ReactNode } from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Language, PhaseModel } from '../../model/types';
import { untranslatedTexts } from '../../model/untranslatedTexts';
import type { UntranslatedText } from '../../model/untranslatedTexts';
import { translator } from '../../i18n/defineMessages';
import { languageTag } from '../../i18n/language';
import { describePlace } from '../base/modelProblems/describeModelProblem';
import { modelProblemStrings } from '../base/modelProblems/strings';
import { editorStrings } from './strings';

export interface PublishBarProps {
  working: PhaseModel;
  /** The newest published version: what is new or rewritten is measured against it. */
  published: PhaseModel | undefined;
  changeNote: string;
  busy: boolean;
  language: Language;
  onChangeNote(text: string): void;
  onSaveDraft(): void;
  onPublish(): void;
  /** Below the row: what else goes with the version (the feedback it answers). */
  children?: ReactNode;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

export function PublishBar(props: PublishBarProps): JSX.Element {
  const styles = useStyles();
  const t = translator(editorStrings, props.language);
  const words = translator(modelProblemStrings, props.language);
  const [untranslated, setUntranslated] = useState<UntranslatedText[]>();
  const publish = () => {
    const lacking = untranslatedTexts(props.published, props.working);
    if (lacking.length > 0) setUntranslated(lacking);
    else props.onPublish();
  };
  const languages = (text: UntranslatedText) => new Intl.ListFormat(languageTag(props.language), { type: 'conjunction' }).format(text.languages.map((language) => words(language)));
  return (
    <>
      {untranslated && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('untranslatedTitle')}</MessageBarTitle>
            {t('untranslatedBody')}
            <ul>{untranslated.map((text, i) => <li key={i}>{t('untranslatedText', { place: describePlace(text.at, text, props.language), languages: languages(text) })}</li>)}</ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => { setUntranslated(undefined); props.onPublish(); }}>{t('publishAnyway')}</Button>
            <Button onClick={() => setUntranslated(undefined)}>{t('translateFirst')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button disabled={props.busy} onClick={props.onSaveDraft}>{t('saveDraft')}</Button>
        <Field label={t('changeNote')}><Textarea value={props.changeNote} onChange={(_, d) => props.onChangeNote(d.value)} /></Field>
        <Button appearance="primary" disabled={props.busy || props.changeNote.trim() === '' || untranslated !== undefined} onClick={publish}>{t('publish')}</Button>
      </div>
      {props.children}
    </>
  );
}
