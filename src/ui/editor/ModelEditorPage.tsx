// The #/modell route, "Modell og verktøykasse": coordinators edit the model in nb, nn and en, save a draft, preview
// it as projects will see it and publish a new version with a change note. Unsaved work is kept on the device as it
// is typed (useModelEditor). People without write access to the coordination site are told so when a save is refused
// (SharePoint decides, not the app); people who cannot read it are told whose site it is and who can give access. It
// sits inside the app's one <main>, so its root is no landmark of its own.
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, Field, Link, Select, Tab, TabList, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { routeHash } from '../base/routes';
import { LANGUAGES } from '../../model/types';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { formatDateTime } from '../base/formatDate';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';
import { CoordinationNoAccess } from '../base/coordinationAccess/CoordinationNoAccess';
import type { Person } from '../../domain/types';
import type { ModelRepository } from '../../store/model/ModelRepository';
import type { ModelWorkCache } from '../../store/model/ModelWorkCache';
import type { TemplateUploader } from '../../store/model/templateFiles';
import { BrokenRows, NoticeBar, RestoredWorkBar } from './EditorNotices';
import { useLeaveGuard } from '../base/leaveGuard';
import { ModelPreview } from './ModelPreview';
import { PhaseEditor } from './PhaseEditor';
import { PublishBar } from './PublishBar';
import { editorStrings } from './strings';
import { useModelEditor } from './useModelEditor';
import { EditorEvidence } from './EditorEvidence';
import { FeedbackAnswers } from './FeedbackAnswers';
import { useEditorEvidence } from './useEditorEvidence';
import type { FeedbackTarget } from '../../domain/feedback';
import type { LoadedInsight } from '../../store/insight/loadInsight';
import type { StoredFeedback } from '../../store/feedback/FeedbackStore';

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
    <ModelEditor repository={services.modelRepository} me={services.whoAmI} language={language} uploader={services.templateUploader} work={services.modelWork}
      evidence={() => services.insight.load()} answerFeedback={(item, version) => services.feedback.answer(item, version, new Date().toISOString()).then(() => undefined)} />
  );
}

export interface ModelEditorProps {
  repository: () => Promise<ModelRepository>;
  me: () => Promise<Person>;
  language: Language;
  uploader?: TemplateUploader;
  /** Where unsaved work is kept on the device. */
  work?: ModelWorkCache;
  /** The projects' use and feedback (Innsikt's read); without it the editor shows none. */
  evidence?: () => Promise<LoadedInsight>;
  /** Marks feedback answered by a published version. */
  answerFeedback?(item: StoredFeedback, version: string): Promise<void>;
}

export function ModelEditor(props: ModelEditorProps): JSX.Element {
  const styles = useStyles();
  const t = translator(editorStrings, props.language);
  const editor = useModelEditor({ repository: props.repository, me: props.me, ...(props.work ? { work: props.work } : {}) });
  const evidence = useEditorEvidence(props.evidence);
  const [answers, setAnswers] = useState<string[]>([]);
  const openFeedback = evidence?.openFeedback ?? [];
  const { state } = editor;
  const [phaseKey, setPhaseKey] = useState<string>();
  const [editing, setEditing] = useState<Language>('nb');
  const [preview, setPreview] = useState(false);
  const [unadded, setUnadded] = useState(false);
  // Leaving asks only where it would lose something: typed text not added yet, or work the device could not keep.
  const losing = unadded ? 'leaveUnadded' : editor.kept ? undefined : 'leaveNotKept';
  useLeaveGuard(losing ? { title: t('leaveTitle'), body: t(losing), stay: t('stay'), leave: t('leave') } : undefined);
  if (state.notice?.kind === 'noAccess') return <CoordinationNoAccess what="model" language={props.language} />;
  const readOnly = state.notice?.kind === 'readOnly';
  const working = state.working;
  const selected = phaseKey ?? working?.phases[0]?.key ?? '';
  // The feedback the coordinator ticked is recorded with the version and marked answered once it is published.
  const publish = () => {
    const chosen = openFeedback.filter((f) => answers.includes(f.id));
    const refs = chosen.map((f) => ({ id: f.id, target: f.target, kind: f.kind }));
    const markAnswered = async (version: string) => { for (const f of chosen) await props.answerFeedback?.(f, version); };
    void editor.publish(refs, markAnswered).then((done) => { if (done) { setAnswers([]); evidence?.reload(); } });
  };
  return (
    <div className={styles.root}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p className={styles.text}>{t('intro')}</p>
      <Link href={routeHash('innsikt')}>{t('insightLink')}</Link>
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.notice && <NoticeBar notice={state.notice} language={props.language} onReload={() => void editor.reload()} />}
      {state.restored && <RestoredWorkBar restored={state.restored} language={props.language} onDiscard={editor.discard} />}
      {state.current && <BrokenRows current={state.current} language={props.language} />}
      {working && (
        <>
          <p className={styles.text}>
            {state.current?.newest && t('basedOn', { version: state.current.newest.version })}
            {state.draft?.publishedAt && ` · ${t('draftFrom', { at: formatDateTime(state.draft.publishedAt, props.language), by: state.draft.publishedBy ?? '' })}`}
          </p>
          {editor.unsaved && <p className={styles.text} role="status">{editor.kept ? t('unsavedNote') : t('notKept')}</p>}
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
              <PhaseEditor model={working} phaseKey={selected} editing={editing} language={props.language} readOnly={readOnly} usedKeys={state.usedKeys} {...(props.uploader ? { uploader: props.uploader } : {})} onChange={editor.edit} onUnaddedText={setUnadded}
                {...(evidence ? { evidence: (target: FeedbackTarget) => <EditorEvidence insight={evidence.insight} target={target} language={props.language} /> } : {})}
              />
            </>
          )}
          {!readOnly && (
            <PublishBar working={working} published={state.current?.newest?.model} changeNote={state.changeNote} busy={state.busy} language={props.language} onChangeNote={editor.setChangeNote} onSaveDraft={() => void editor.saveDraft()} onPublish={publish}>
              <FeedbackAnswers feedback={openFeedback} chosen={answers} language={props.language} onChoose={setAnswers} />
            </PublishBar>
          )}
        </>
      )}
    </div>
  );
}
