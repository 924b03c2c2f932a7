// One phase in the editor: its texts, its requirements (text, guidance, both sides, helpers, order, retire) and its
// toolbox entries (kind, title, description, link, order, retire), in the language being edited.
import { useEffect, useState } from 'react';
import type { JSX } from 'react';
import type { FeedbackTarget } from '../../domain/feedback';
import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { addEntry, addRequirement, moveEntry, moveRequirement, retireEntry, retireRequirement, setPhaseTexts, updateEntry, updateRequirement } from '../../model/editModel';
import { findPhase } from '../../model/lookup';
import { TOOL_KINDS } from '../../model/types';
import type { Language, LocalizedText, PhaseModel, ToolKind } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { KIND_LABEL, toolboxStrings } from '../toolbox';
import type { TemplateUploader } from '../../store/model/templateFiles';
import { editorStrings } from './strings';
import { TemplateFileField } from './TemplateFileField';
import { HelperPicker } from './HelperPicker';

export interface PhaseEditorProps {
  model: PhaseModel;
  phaseKey: string;
  /** The language of the texts being edited. */
  editing: Language;
  /** The language of the editor's own labels. */
  language: Language;
  readOnly: boolean;
  usedKeys: ReadonlySet<string>;
  /** Uploads template files to the coordination site; without it the editor links to web pages only. */
  uploader?: TemplateUploader;
  onChange(model: PhaseModel): void;
  /** Whether a new requirement or entry is typed but not added yet (leaving would lose it). */
  onUnaddedText?(typed: boolean): void;
  /** What the projects did and said about a requirement or entry, shown in its card. */
  evidence?(target: FeedbackTarget): JSX.Element | null;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  retired: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, margin: 0 },
});

const sameInAll = (nb: string): LocalizedText => ({ nb, nn: nb, en: nb });

export function PhaseEditor(props: PhaseEditorProps): JSX.Element | null {
  const styles = useStyles();
  const t = translator(editorStrings, props.language);
  const tp = translator(toolboxStrings, props.language);
  const [newRequirement, setNewRequirement] = useState('');
  const [newEntry, setNewEntry] = useState('');
  const unadded = newRequirement.trim() !== '' || newEntry.trim() !== '';
  const onUnaddedText = props.onUnaddedText;
  useEffect(() => onUnaddedText?.(unadded), [unadded, onUnaddedText]);
  const phase = findPhase(props.model, props.phaseKey);
  if (!phase) return null;
  const lang = props.editing;
  const ro = props.readOnly;
  const localized = (value: LocalizedText | undefined, text: string): LocalizedText => ({ ...(value ?? sameInAll(text)), [lang]: text });
  const change = props.onChange;
  return (
    <div className={styles.root}>
      <Field label={t('phaseName')}><Input readOnly={ro} value={phase.label[lang]} onChange={(_, d) => change(setPhaseTexts(props.model, phase.key, { label: localized(phase.label, d.value) }))} /></Field>
      <Field label={t('phaseShortName')}><Input readOnly={ro} value={phase.shortLabel[lang]} onChange={(_, d) => change(setPhaseTexts(props.model, phase.key, { shortLabel: localized(phase.shortLabel, d.value) }))} /></Field>
      <Field label={t('phasePurpose')}><Textarea readOnly={ro} value={phase.purpose[lang]} onChange={(_, d) => change(setPhaseTexts(props.model, phase.key, { purpose: localized(phase.purpose, d.value) }))} /></Field>

      <h2 className={styles.heading}>{t('requirements')}</h2>
      {phase.checklist.map((item, index) => (
        <div key={item.key} className={styles.card} role="group" aria-label={t('requirementGroup', { number: index + 1, text: item.label[lang].trim() || t('noText') })}>
          {item.retired && <p className={styles.retired}>{t('retired')}</p>}
          <Field label={t('requirementText')}><Textarea readOnly={ro} value={item.label[lang]} onChange={(_, d) => change(updateRequirement(props.model, item.key, { label: localized(item.label, d.value) }))} /></Field>
          <Field label={t('guidance')}>
            <Textarea readOnly={ro} value={item.guidance?.[lang] ?? ''} onChange={(_, d) => change(updateRequirement(props.model, item.key, { guidance: d.value.trim() === '' && lang === 'nb' ? undefined : localized(item.guidance, d.value) }))} />
          </Field>
          <HelperPicker model={props.model} phase={phase} selected={item.helpedBy ?? []} editing={lang} language={props.language} readOnly={ro} onChange={(keys) => change(updateRequirement(props.model, item.key, { helpedBy: keys.length ? keys : undefined }))} />
          <Checkbox disabled={ro} label={t('bothSides')} checked={item.requiresBothSides} onChange={(_, d) => change(updateRequirement(props.model, item.key, { requiresBothSides: d.checked === true }))} />
          {props.evidence?.({ kind: 'requirement', key: item.key })}
          {!ro && (
            <div className={styles.row}>
              <Button size="small" onClick={() => change(moveRequirement(props.model, item.key, -1))}>{t('moveUp')}</Button>
              <Button size="small" onClick={() => change(moveRequirement(props.model, item.key, 1))}>{t('moveDown')}</Button>
              <Button size="small" onClick={() => change(retireRequirement(props.model, item.key, !item.retired))}>{item.retired ? t('restore') : t('retire')}</Button>
            </div>
          )}
        </div>
      ))}
      {!ro && (
        <div className={styles.row}>
          <Field label={t('newRequirement')}><Input value={newRequirement} onChange={(_, d) => setNewRequirement(d.value)} /></Field>
          <Button disabled={newRequirement.trim() === ''} onClick={() => { change(addRequirement(props.model, phase.key, sameInAll(newRequirement.trim()), false, props.usedKeys).model); setNewRequirement(''); }}>{t('addRequirement')}</Button>
        </div>
      )}

      <h2 className={styles.heading}>{t('entries')}</h2>
      {phase.toolbox.map((entry, index) => (
        <div key={entry.key} className={styles.card} role="group" aria-label={t('entryGroup', { number: index + 1, title: entry.label[lang].trim() || t('noText') })}>
          {entry.retired && <p className={styles.retired}>{t('retired')}</p>}
          {props.evidence?.({ kind: 'toolboxEntry', key: entry.key })}
          <Field label={t('entryKind')}>
            <Select disabled={ro} value={entry.kind} onChange={(_, d) => change(updateEntry(props.model, entry.key, { kind: d.value as ToolKind }))}>
              {TOOL_KINDS.map((kind) => <option key={kind} value={kind}>{tp(KIND_LABEL[kind])}</option>)}
            </Select>
          </Field>
          <Field label={t('entryTitle')}><Input readOnly={ro} value={entry.label[lang]} onChange={(_, d) => change(updateEntry(props.model, entry.key, { label: localized(entry.label, d.value) }))} /></Field>
          <Field label={t('entryDescription')}>
            <Textarea readOnly={ro} value={entry.description?.[lang] ?? ''} onChange={(_, d) => change(updateEntry(props.model, entry.key, { description: d.value.trim() === '' && lang === 'nb' ? undefined : localized(entry.description, d.value) }))} />
          </Field>
          {!entry.file && <Field label={t('entryUrl')}><Input readOnly={ro} type="url" value={entry.url ?? ''} onChange={(_, d) => change(updateEntry(props.model, entry.key, { url: d.value.trim() || undefined }))} /></Field>}
          {entry.file && (ro || !props.uploader) && <p>{entry.file.name}</p>}
          {!ro && props.uploader && (
            <TemplateFileField file={entry.file} uploader={props.uploader} language={props.language}
              onUploaded={(file) => change(updateEntry(props.model, entry.key, { file, url: undefined }))}
              onRemoved={() => change(updateEntry(props.model, entry.key, { file: undefined }))} />
          )}
          {!ro && (
            <div className={styles.row}>
              <Button size="small" onClick={() => change(moveEntry(props.model, entry.key, -1))}>{t('moveUp')}</Button>
              <Button size="small" onClick={() => change(moveEntry(props.model, entry.key, 1))}>{t('moveDown')}</Button>
              <Button size="small" onClick={() => change(retireEntry(props.model, entry.key, !entry.retired))}>{entry.retired ? t('restore') : t('retire')}</Button>
            </div>
          )}
        </div>
      ))}
      {!ro && (
        <div className={styles.row}>
          <Field label={t('newEntry')}><Input value={newEntry} onChange={(_, d) => setNewEntry(d.value)} /></Field>
          <Button disabled={newEntry.trim() === ''} onClick={() => { change(addEntry(props.model, phase.key, { kind: 'tool', label: sameInAll(newEntry.trim()) }, props.usedKeys).model); setNewEntry(''); }}>{t('addEntry')}</Button>
        </div>
      )}
    </div>
  );
}
