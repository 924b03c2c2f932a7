// The editor's state: the working copy (the draft if there is one, else the newest published version), saving it as
// a draft and publishing it, with conflicts and refusals turned into messages. The working copy is never thrown away
// by a failed save: a coordinator can copy their text before reloading.
import { useCallback, useEffect, useState } from 'react';
import type { Person } from '../../domain/types';
import type { ModelProblem } from '../../model/schema';
import type { PhaseModel } from '../../model/types';
import type { FeedbackRef } from '../../domain/feedback';
import { StoreError } from '../../store/ChecklistStore';
import { ModelRejectedError } from '../../store/model/ModelRepository';
import type { CurrentModel, ModelRepository } from '../../store/model/ModelRepository';
import type { ModelVersionInfo } from '../../store/model/modelRow';

export type EditorNotice =
  | { kind: 'saved' }
  | { kind: 'published'; version: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'invalid'; problems: ModelProblem[] }
  | { kind: 'readOnly' }
  | { kind: 'error'; message: string };

export interface ModelEditorState {
  status: 'loading' | 'ready' | 'failed';
  current?: CurrentModel;
  draft?: ModelVersionInfo;
  working?: PhaseModel;
  /** Every key any version has had: new keys must not reuse them. */
  usedKeys: ReadonlySet<string>;
  notice?: EditorNotice;
  busy: boolean;
}

function noticeFor(error: unknown): EditorNotice {
  if (error instanceof ModelRejectedError) return { kind: 'invalid', problems: error.problems };
  if (error instanceof StoreError && error.code === 'conflict') return { kind: 'conflict', message: error.message };
  if (error instanceof StoreError && error.code === 'accessDenied') return { kind: 'readOnly' };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

export function useModelEditor(repository: () => Promise<ModelRepository>, me: () => Promise<Person>) {
  const [state, setState] = useState<ModelEditorState>({ status: 'loading', usedKeys: new Set(), busy: false });
  const load = useCallback(async () => {
    setState((s) => ({ ...s, status: 'loading' }));
    try {
      const repo = await repository();
      const [current, draft] = await Promise.all([repo.current(), repo.version('draft')]);
      const working = draft?.ok ? draft.model : current.newest?.model;
      const usedKeys = new Set([...(current.newest ? keysIn(current.newest.model) : []), ...(draft?.ok ? keysIn(draft.model) : [])]);
      setState({ status: 'ready', current, ...(draft ? { draft } : {}), ...(working ? { working } : {}), usedKeys, busy: false });
    } catch (error) {
      setState((s) => ({ ...s, status: 'failed', busy: false, notice: noticeFor(error) }));
    }
  }, [repository]);
  useEffect(() => void load(), [load]);

  /** True when the action went through; a refusal or conflict leaves the working copy (and the form) as it was. */
  const run = async (action: (repo: ModelRepository, by: Person, working: PhaseModel) => Promise<EditorNotice | { draft?: ModelVersionInfo; notice: EditorNotice; reload?: boolean }>) => {
    if (!state.working) return false;
    setState((s) => ({ ...s, busy: true }));
    try {
      const outcome = await action(await repository(), await me(), state.working);
      if ('notice' in outcome) {
        setState((s) => ({ ...s, busy: false, ...(outcome.draft ? { draft: outcome.draft } : {}), notice: outcome.notice }));
        if (outcome.reload) await load().then(() => setState((s) => ({ ...s, notice: outcome.notice })));
      } else setState((s) => ({ ...s, busy: false, notice: outcome }));
      return true;
    } catch (error) {
      setState((s) => ({ ...s, busy: false, notice: noticeFor(error) }));
      return false;
    }
  };
  const at = () => new Date().toISOString();
  return {
    state,
    reload: load,
    edit: (working: PhaseModel) => setState((s) => ({ ...s, working })),
    saveDraft: () =>
      run(async (repo, by, working) => {
        const basedOn = state.current?.newest;
        const draft = await repo.saveDraft(working, { by, at: at(), ...(state.draft ? { draft: state.draft } : {}), ...(basedOn ? { basedOn } : {}) });
        return { draft, notice: { kind: 'saved' } };
      }),
    /** Publishes; `answers`: the projects' feedback the change note names (recorded with the version for the upgrade notice). */
    publish: (changeNote: string, answers: readonly FeedbackRef[] = [], onPublished?: (version: string) => Promise<void>) =>
      run(async (repo, by, working) => {
        const basedOn = state.current?.newest;
        const result = await repo.publish(working, { changeNote, by, at: at(), ...(basedOn ? { basedOn } : {}), ...(state.draft ? { draft: state.draft } : {}), ...(answers.length ? { answersFeedback: answers } : {}) });
        await onPublished?.(result.published.version).catch(() => undefined);
        return { ...(result.draft ? { draft: result.draft } : {}), notice: { kind: 'published', version: result.published.version }, reload: true };
      }),
  };
}

function keysIn(model: PhaseModel): string[] {
  return model.phases.flatMap((phase) => [...phase.checklist.map((i) => i.key), ...phase.toolbox.map((e) => e.key)]);
}
