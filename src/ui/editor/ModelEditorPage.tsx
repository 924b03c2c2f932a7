// The #/modell route, "Modell og verktøykasse": coordinators edit the model in nb, nn and en, save a draft, preview
// it as projects will see it and publish a new version with a change note. People without write access to the
// coordination site are told so when a save is refused (SharePoint decides, not the app). It sits inside the app's
// one <main>, so its root is no landmark of its own.
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, Checkbox, Field, Link, MessageBar, MessageBarActions, MessageBarBody, Select, Tab, TabList, Textarea, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { routeHash } from '../base/routes';
import { LANGUAGES } from '../../model/types';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { formatDateTime } from '../base/formatDate';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';
import type { Person } from '../../domain/types';
import type { ModelRepository } from '../../store/model/ModelRepository';
import type { TemplateUploader } from '../../store/model/templateFiles';
import { ModelPreview } from './ModelPreview';
import { PhaseEditor } from './PhaseEditor';
import { editorStrings } from './strings';
import { useModelEditor } from './useModelEditor';
import { EditorEvidence } from './EditorEvidence';
import { useEditorEvidence } from './useEditorEvidence';
import { feedbackKindLabel } from '../feedback';
import type { FeedbackTarget } from '../../domain/feedback';
import type { LoadedInsight } from '../../store/insight/loadInsight';
import type { StoredFeedback } from '../../store/feedback/FeedbackStore';
import type { EditorNotice } from './useModelEditor';

const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: '960px', minWidth: 0 },
  title: { ...typographyStyles.title2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

export function ModelEditorPage(): JSX.Element {
  const { language } = useShell();
  const services = useServices();
  // The composition root's repository: the model list is located once, not on every save, publish and reload.
  return (
    <ModelEditor repository={services.modelRepository} me={services.whoAmI} language={language} uploader={services.templateUploader}
      evidence={() => services.insight.load()} answerFeedback={(item, version) => services.feedback.answer(item, version, new Date().toISOString()).then(() => undefined)} />
  );
}

function NoticeBar({ notice, language, onReload }: { notice: EditorNotice; language: Language; onReload(): void }): JSX.Element {
  const t = translator(editorStrings, language);
  switch (notice.kind) {
    case 'saved':
      return <MessageBar intent="success" layout="multiline"><MessageBarBody>{t('saved')}</MessageBarBody></MessageBar>;
    case 'published':
      return <MessageBar intent="success" layout="multiline"><MessageBarBody>{t('published', { version: notice.version })}</MessageBarBody></MessageBar>;
    case 'conflict':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('conflict', { message: notice.message })}</MessageBarBody>
          <MessageBarActions><Button onClick={onReload}>{t('reload')}</Button></MessageBarActions>
        </MessageBar>
      );
    case 'invalid':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('invalid', { count: notice.problems.length })}
            <ul>{notice.problems.map((p, i) => <li key={i}>{`${p.path}: ${p.message}`}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      );
    case 'readOnly':
      return <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('readOnly')}</MessageBarBody></MessageBar>;
    case 'error':
      return <MessageBar intent="error" layout="multiline"><MessageBarBody>{t('loadFailed', { message: notice.message })}</MessageBarBody></MessageBar>;
  }
}

export interface ModelEditorProps {
  repository: () => Promise<ModelRepository>;
  me: () => Promise<Person>;
  language: Language;
  uploader?: TemplateUploader;
  /** The projects' use and feedback (Innsikt's read); without it the editor shows none. */
  evidence?: () => Promise<LoadedInsight>;
  /** Marks feedback answered by a published version. */
  answerFeedback?(item: StoredFeedback, version: string): Promise<void>;
}

export function ModelEditor(props: ModelEditorProps): JSX.Element {
  const styles = useStyles();
  const t = translator(editorStrings, props.language);
  const editor = useModelEditor(props.repository, props.me);
  const evidence = useEditorEvidence(props.evidence);
  const [answers, setAnswers] = useState<string[]>([]);
  const openFeedback = evidence?.openFeedback ?? [];
  const { state } = editor;
  const [phaseKey, setPhaseKey] = useState<string>();
  const [editing, setEditing] = useState<Language>('nb');
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState(false);
  const readOnly = state.notice?.kind === 'readOnly';
  const working = state.working;
  const selected = phaseKey ?? working?.phases[0]?.key ?? '';
  return (
    <div className={styles.root}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p className={styles.text}>{t('intro')}</p>
      <Link href={routeHash('innsikt')}>{t('insightLink')}</Link>
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.notice && <NoticeBar notice={state.notice} language={props.language} onReload={() => void editor.reload()} />}
      {state.current && state.current.rejected.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('brokenRows', { version: state.current.newest?.version ?? '–', broken: state.current.rejected.map((r) => r.version).join(', ') })}
            <ul>{state.current.rejected.flatMap((r) => r.problems.map((p, i) => <li key={`${r.version}-${i}`}>{`${r.version} ${p.path}: ${p.message}`}</li>))}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {working && (
        <>
          <p className={styles.text}>
            {state.current?.newest && t('basedOn', { version: state.current.newest.version })}
            {state.draft?.publishedAt && ` · ${t('draftFrom', { at: formatDateTime(state.draft.publishedAt, props.language), by: state.draft.publishedBy ?? '' })}`}
          </p>
          <div className={styles.row}>
            <Field label={t('editLanguage')}>
              <Select value={editing} onChange={(_, d) => setEditing(d.value as Language)}>
                {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
              </Select>
            </Field>
            <Button onClick={() => setPreview(!preview)}>{preview ? t('closePreview') : t('preview')}</Button>
          </div>
          {preview ? (
            <ModelPreview model={working} editing={editing} language={props.language} />
          ) : (
            <>
              <TabList aria-label={t('phase')} selectedValue={selected} onTabSelect={(_, d) => setPhaseKey(String(d.value))}>
                {working.phases.map((p) => <Tab key={p.key} value={p.key}>{p.shortLabel[props.language]}</Tab>)}
              </TabList>
              <PhaseEditor model={working} phaseKey={selected} editing={editing} language={props.language} readOnly={readOnly} usedKeys={state.usedKeys} {...(props.uploader ? { uploader: props.uploader } : {})} onChange={editor.edit}
                {...(evidence ? { evidence: (target: FeedbackTarget) => <EditorEvidence insight={evidence.insight} target={target} language={props.language} /> } : {})}
              />
            </>
          )}
          {!readOnly && (
            <>
            <div className={styles.row}>
              <Button disabled={state.busy} onClick={() => void editor.saveDraft()}>{t('saveDraft')}</Button>
              <Field label={t('changeNote')}><Textarea value={note} onChange={(_, d) => setNote(d.value)} /></Field>
              <Button appearance="primary" disabled={state.busy || note.trim() === ''} onClick={() => {
                const chosen = openFeedback.filter((f) => answers.includes(f.id));
                const refs = chosen.map((f) => ({ id: f.id, target: f.target, kind: f.kind }));
                const markAnswered = async (version: string) => { for (const f of chosen) await props.answerFeedback?.(f, version); };
                void editor.publish(note, refs, markAnswered).then((done) => { if (done) { setNote(''); setAnswers([]); evidence?.reload(); } });
              }}>{t('publish')}</Button>
            </div>
            {openFeedback.length > 0 && (
              <Field label={t('answersHeading')}>
                <div>
                  {openFeedback.map((f) => (
                    <Checkbox key={f.id} checked={answers.includes(f.id)} label={`${feedbackKindLabel(f.kind, props.language)}: ${f.text || '–'} (${f.author.name})`}
                      onChange={(_, d) => setAnswers((now) => (d.checked ? [...now, f.id] : now.filter((id) => id !== f.id)))} />
                  ))}
                </div>
              </Field>
            )}
            </>
          )}
        </>
      )}
    </div>
  );
}
