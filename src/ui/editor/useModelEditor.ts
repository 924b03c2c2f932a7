// The editor's state: the working copy (the draft if there is one, else the newest published version), saving it as
// a draft and publishing it, with conflicts and refusals turned into notices the page translates. Unsaved work is
// kept on the device as it is typed (ModelWorkCache): leaving the page, a reload or a second tab of the same account
// finds it again, and a failed save never throws it away. Two coordinators each keep their own unsaved work; the
// shared draft row is written only when one saves it (If-Match), and work restored after a colleague saved or
// published says so, so replacing their draft is a choice, never an accident.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Person } from '../../domain/types';
import type { ModelProblem } from '../../model/schema';
import type { PhaseModel } from '../../model/types';
import type { FeedbackRef } from '../../domain/feedback';
import { StoreError } from '../../store/ChecklistStore';
import type { StoreErrorCode } from '../../store/ChecklistStore';
import { ModelConflictError, ModelRejectedError } from '../../store/model/ModelRepository';
import type { CurrentModel, ModelConflictReason, ModelRepository } from '../../store/model/ModelRepository';
import type { ModelVersionInfo } from '../../store/model/modelRow';
import type { ModelWork, ModelWorkCache, WorkBase } from '../../store/model/ModelWorkCache';

export type EditorNotice =
  | { kind: 'saved' }
  | { kind: 'published'; version: string }
  | { kind: 'conflict'; reason: ModelConflictReason; version?: string }
  | { kind: 'invalid'; problems: ModelProblem[] }
  | { kind: 'readOnly' }
  /** The coordination site cannot be read at all with this account. */
  | { kind: 'noAccess' }
  | { kind: 'error'; code: StoreErrorCode; during: 'load' | 'save' };

/** Unsaved work found on the device when the editor opened. */
export interface RestoredWork {
  savedAt: string;
  /** Colleagues saved the draft or published a version after this work began: saving it replaces what they did. */
  overtaken?: { draft?: { by?: string; at?: string }; newestVersion?: string };
}

export interface ModelEditorState {
  status: 'loading' | 'ready' | 'failed';
  current?: CurrentModel;
  draft?: ModelVersionInfo;
  /** What SharePoint holds: the draft, else the newest published version. */
  saved?: PhaseModel;
  working?: PhaseModel;
  changeNote: string;
  /** What the working copy was built on (the draft's eTag, the newest version). */
  base: WorkBase;
  restored?: RestoredWork;
  /** Every key any version has had: new keys must not reuse them. */
  usedKeys: ReadonlySet<string>;
  notice?: EditorNotice;
  busy: boolean;
}

export interface ModelEditorOptions {
  repository: () => Promise<ModelRepository>;
  me: () => Promise<Person>;
  /** Where unsaved work is kept; without it (tests of other parts) work lives as long as the page. */
  work?: ModelWorkCache;
}

/** How long typing may pause before the work is written to the device (and at once when the page goes). */
const WRITE_AFTER_MS = 300;

function noticeFor(error: unknown, loading: boolean): EditorNotice {
  if (error instanceof ModelRejectedError) return { kind: 'invalid', problems: error.problems };
  if (error instanceof ModelConflictError) return { kind: 'conflict', reason: error.reason, ...(error.version ? { version: error.version } : {}) };
  if (error instanceof StoreError && error.code === 'accessDenied') return loading ? { kind: 'noAccess' } : { kind: 'readOnly' };
  return { kind: 'error', code: error instanceof StoreError ? error.code : 'unknown', during: loading ? 'load' : 'save' };
}

const baseOf = (current: CurrentModel, draft: ModelVersionInfo | undefined): WorkBase => ({
  ...(draft?.etag ? { draftEtag: draft.etag } : {}),
  ...(current.newest ? { newestVersion: current.newest.version } : {}),
});

const sameModel = (a: PhaseModel | undefined, b: PhaseModel | undefined): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What changed in SharePoint since the work began, if anything. */
function overtaken(work: ModelWork, now: WorkBase, draft: ModelVersionInfo | undefined): RestoredWork['overtaken'] {
  const draftChanged = work.base.draftEtag !== now.draftEtag && draft !== undefined;
  const published = work.base.newestVersion !== now.newestVersion ? now.newestVersion : undefined;
  if (!draftChanged && !published) return undefined;
  return {
    ...(draftChanged ? { draft: { ...(draft.publishedBy ? { by: draft.publishedBy } : {}), ...(draft.publishedAt ? { at: draft.publishedAt } : {}) } } : {}),
    ...(published ? { newestVersion: published } : {}),
  };
}

export function useModelEditor({ repository, me, work }: ModelEditorOptions) {
  const [state, setState] = useState<ModelEditorState>({ status: 'loading', changeNote: '', base: {}, usedKeys: new Set(), busy: false });
  const [modelId, setModelId] = useState<string>();
  /** False when the device refused the last write: leaving would then lose the work. */
  const [kept, setKept] = useState(true);

  /** Reads the model and the draft; unsaved work on the device comes back unless it was just published. */
  const load = useCallback(async (options: { restoreWork?: boolean } = {}) => {
    setState((s) => ({ ...s, status: 'loading' }));
    try {
      const repo = await repository();
      const [current, draft] = await Promise.all([repo.current(), repo.version('draft')]);
      const saved = draft?.ok ? draft.model : current.newest?.model;
      const usedKeys = new Set([...(current.newest ? keysIn(current.newest.model) : []), ...(draft?.ok ? keysIn(draft.model) : [])]);
      const remote = baseOf(current, draft);
      const found = options.restoreWork === false ? undefined : work?.read(repo.modelId);
      const restore = found && (!sameModel(found.model, saved) || found.changeNote.trim() !== '') ? found : undefined;
      if (!restore) work?.clear(repo.modelId);
      const since = restore ? overtaken(restore, remote, draft) : undefined;
      setModelId(repo.modelId);
      setState({
        status: 'ready',
        current,
        ...(draft ? { draft } : {}),
        ...(saved ? { saved } : {}),
        ...(restore ? { working: restore.model, changeNote: restore.changeNote, base: restore.base, restored: { savedAt: restore.savedAt, ...(since ? { overtaken: since } : {}) } } : { ...(saved ? { working: saved } : {}), changeNote: '', base: remote }),
        usedKeys,
        busy: false,
      });
    } catch (error) {
      setState((s) => ({ ...s, status: 'failed', busy: false, notice: noticeFor(error, true) }));
    }
  }, [repository, work]);
  useEffect(() => void load(), [load]);

  const unsaved = useMemo(() => state.working !== undefined && !sameModel(state.working, state.saved), [state.working, state.saved]);
  const hasWork = unsaved || state.changeNote.trim() !== '';

  // The work goes to the device a moment after typing stops, and at once when the page is left or hidden.
  const pendingWrite = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (state.status !== 'ready' || !work || !modelId || !state.working) return;
    const entry: ModelWork = { model: state.working, changeNote: state.changeNote, base: state.base, savedAt: new Date().toISOString() };
    const write = () => {
      pendingWrite.current = undefined;
      if (hasWork) setKept(work.write(modelId, entry));
      else {
        work.clear(modelId);
        setKept(true);
      }
    };
    pendingWrite.current = write;
    const timer = setTimeout(write, WRITE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state.status, state.working, state.changeNote, state.base, hasWork, work, modelId]);
  useEffect(() => {
    const flush = () => pendingWrite.current?.();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, []);

  // Another tab of this account: its work is this tab's work; when it saved or threw its work away, read again.
  useEffect(() => {
    if (!work || !modelId) return;
    return work.onOtherTab(modelId, (theirs) => {
      if (!theirs) return void load();
      setState((s) => (sameModel(s.working, theirs.model) && s.changeNote === theirs.changeNote ? s : { ...s, working: theirs.model, changeNote: theirs.changeNote, base: theirs.base }));
    });
  }, [work, modelId, load]);

  /** True when the action went through; a refusal or conflict leaves the working copy (and the form) as it was. */
  const run = async (action: (repo: ModelRepository, by: Person, working: PhaseModel) => Promise<(s: ModelEditorState) => ModelEditorState>) => {
    if (!state.working) return false;
    setState((s) => ({ ...s, busy: true }));
    try {
      const after = await action(await repository(), await me(), state.working);
      setState((s) => ({ ...after(s), busy: false }));
      return true;
    } catch (error) {
      setState((s) => ({ ...s, busy: false, notice: noticeFor(error, false) }));
      return false;
    }
  };
  const at = () => new Date().toISOString();
  return {
    state,
    /** The working copy differs from what SharePoint holds. */
    unsaved,
    /** The device keeps the unsaved work (false: storage full or blocked, so leaving would lose it). */
    kept: kept || !hasWork,
    reload: () => load(),
    edit: (working: PhaseModel) => setState((s) => ({ ...s, working })),
    setChangeNote: (changeNote: string) => setState((s) => ({ ...s, changeNote })),
    /** Throws the unsaved work away: back to what SharePoint holds. */
    discard: () => {
      if (modelId) work?.clear(modelId);
      setState((s) => {
        const { restored: _restored, notice: _notice, ...rest } = s;
        return { ...rest, ...(s.saved ? { working: s.saved } : {}), changeNote: '', base: s.current ? baseOf(s.current, s.draft) : {} };
      });
    },
    saveDraft: () =>
      run(async (repo, by, working) => {
        const basedOn = state.current?.newest;
        const draft = await repo.saveDraft(working, { by, at: at(), ...(state.draft ? { draft: state.draft } : {}), ...(basedOn ? { basedOn } : {}) });
        return (s) => {
          const { restored: _restored, ...rest } = s;
          return { ...rest, draft, saved: working, base: { ...(draft.etag ? { draftEtag: draft.etag } : {}), ...(basedOn ? { newestVersion: basedOn.version } : {}) }, notice: { kind: 'saved' } };
        };
      }),
    /** Publishes; `answers`: the projects' feedback the change note names (recorded with the version for the upgrade notice). */
    publish: (answers: readonly FeedbackRef[] = [], onPublished?: (version: string) => Promise<void>) =>
      run(async (repo, by, working) => {
        const basedOn = state.current?.newest;
        const result = await repo.publish(working, { changeNote: state.changeNote, by, at: at(), ...(basedOn ? { basedOn } : {}), ...(state.draft ? { draft: state.draft } : {}), ...(answers.length ? { answersFeedback: answers } : {}) });
        // Published: the work is in SharePoint now, and the editor goes on from the new version and draft.
        if (modelId) work?.clear(modelId);
        await onPublished?.(result.published.version).catch(() => undefined);
        await load({ restoreWork: false });
        return (s) => ({ ...s, notice: { kind: 'published', version: result.published.version } });
      }),
  };
}

function keysIn(model: PhaseModel): string[] {
  return model.phases.flatMap((phase) => [...phase.checklist.map((i) => i.key), ...phase.toolbox.map((e) => e.key)]);
}
