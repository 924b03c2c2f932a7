// What the editor tells the coordinator: the outcome of a save or publish, a conflict with a colleague's write and
// what to do about it, the problems that keep a model from being saved (named in words, in their language), rows
// broken by hand in SharePoint, and unsaved work found on the device.
import type { JSX } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import type { ModelProblem } from '../../model/schema';
import { translator } from '../../i18n/defineMessages';
import { formatDateTime } from '../base/formatDate';
import { describeModelProblem } from '../base/modelProblems/describeModelProblem';
import { storeErrorMessage } from '../base/storeErrorMessage';
import type { CurrentModel } from '../../store/model/ModelRepository';
import { editorStrings } from './strings';
import type { EditorNotice, RestoredWork } from './useModelEditor';

const CONFLICT = { draftChanged: 'conflictDraftChanged', newerPublished: 'conflictNewerPublished', versionTaken: 'conflictVersionTaken' } as const;

function ModelProblemList({ problems, language, prefix }: { problems: readonly ModelProblem[]; language: Language; prefix?: string }): JSX.Element {
  return <ul>{problems.map((problem, i) => <li key={i}>{`${prefix ? `${prefix} ` : ''}${describeModelProblem(problem, language)}`}</li>)}</ul>;
}

export function NoticeBar({ notice, language, onReload }: { notice: EditorNotice; language: Language; onReload(): void }): JSX.Element | null {
  const t = translator(editorStrings, language);
  switch (notice.kind) {
    case 'saved':
      return <MessageBar intent="success" layout="multiline"><MessageBarBody>{t('saved')}</MessageBarBody></MessageBar>;
    case 'published':
      return <MessageBar intent="success" layout="multiline"><MessageBarBody>{t('published', { version: notice.version })}</MessageBarBody></MessageBar>;
    case 'conflict':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(CONFLICT[notice.reason], { version: notice.version ?? '' })}</MessageBarBody>
          <MessageBarActions><Button onClick={onReload}>{t('reload')}</Button></MessageBarActions>
        </MessageBar>
      );
    case 'invalid':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('invalid', { count: notice.problems.length })}
            <ModelProblemList problems={notice.problems} language={language} />
          </MessageBarBody>
        </MessageBar>
      );
    case 'readOnly':
      return <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('readOnly')}</MessageBarBody></MessageBar>;
    case 'error':
      return <MessageBar intent="error" layout="multiline"><MessageBarBody>{t(notice.during === 'load' ? 'loadFailed' : 'saveFailed', { reason: storeErrorMessage(notice.code, language) })}</MessageBarBody></MessageBar>;
    case 'noAccess':
      return null; // the page shows CoordinationNoAccess instead of the editor
  }
}

/** Published rows a coordinator broke by hand in SharePoint: projects stay on the newest valid version. */
export function BrokenRows({ current, language }: { current: CurrentModel; language: Language }): JSX.Element | null {
  const t = translator(editorStrings, language);
  if (current.rejected.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {t('brokenRows', { version: current.newest?.version ?? '–', broken: current.rejected.map((r) => r.version).join(', ') })}
        {current.rejected.map((r) => <ModelProblemList key={r.version} problems={r.problems} language={language} prefix={r.version} />)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Unsaved work found on the device; where colleagues saved or published since it began, saving it replaces that. */
export function RestoredWorkBar({ restored, language, onDiscard }: { restored: RestoredWork; language: Language; onDiscard(): void }): JSX.Element {
  const t = translator(editorStrings, language);
  const since = restored.overtaken;
  return (
    <MessageBar intent={since ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('restoredTitle')}</MessageBarTitle>
        {t('restored', { at: formatDateTime(restored.savedAt, language) })}
        {since?.draft && <> {t('restoredOvertakenDraft', { by: since.draft.by ?? t('someoneElse'), at: since.draft.at ? formatDateTime(since.draft.at, language) : '' })}</>}
        {since?.newestVersion && <> {t('restoredOvertakenVersion', { version: since.newestVersion })}</>}
      </MessageBarBody>
      <MessageBarActions><Button onClick={onDiscard}>{t('discardWork')}</Button></MessageBarActions>
    </MessageBar>
  );
}
