// The editor's preview: the working copy shown through the real views a project uses — the project view (phase
// figure, phase panel with guidance and toolbox), the meeting side panel — on a demo project, read-only, plus the
// Verktøykasse. Nothing is dispatched or written: every action is a no-op and the views are told they are read-only.
import { Suspense, lazy, useMemo, useState } from 'react';
import type { JSX } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Language, PhaseModel } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { ProjectView } from '../project';
import { MeetingPanelView } from '../meeting';
import type { ProjectViewProps } from '../project';
import { isoToday, loadToolboxPage } from '../toolbox';
import { previewSnapshot } from './previewProject';
import { editorStrings } from './strings';

type PreviewKind = 'project' | 'sidePanel' | 'toolbox';
const KINDS: PreviewKind[] = ['project', 'sidePanel', 'toolbox'];
const LABEL = { project: 'previewProject', sidePanel: 'previewSidePanel', toolbox: 'previewToolbox' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  frame: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  // Teams' meeting side panel is 320 px wide.
  sidePanel: { width: '320px', maxWidth: '100%' },
});

const nothing = (): void => undefined;
const ToolboxOverview = lazy(() => loadToolboxPage().then((module) => ({ default: module.ToolboxOverview })));

export function ModelPreview({ model, editing, language }: { model: PhaseModel; editing: Language; language: Language }): JSX.Element {
  const styles = useStyles();
  const t = translator(editorStrings, language);
  const [kind, setKind] = useState<PreviewKind>('project');
  const snapshot = useMemo(() => previewSnapshot(model), [model]);
  const props: ProjectViewProps = {
    model, snapshot, language: editing, surface: kind === 'sidePanel' ? 'sidePanel' : 'channelTab', readOnly: true,
    me: { id: 'preview', name: t('previewPerson') }, canUndo: false, loadHistory: async () => [],
    onDispatch: nothing, onRetry: nothing, onDiscard: nothing, onUndo: nothing,
  };
  return (
    <section className={styles.root} aria-label={t('preview')}>
      <Field label={t('previewAs')}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as PreviewKind)}>
          {KINDS.map((k) => <option key={k} value={k}>{t(LABEL[k])}</option>)}
        </Select>
      </Field>
      <p>{t('previewNote')}</p>
      <div className={kind === 'sidePanel' ? `${styles.frame} ${styles.sidePanel}` : styles.frame}>
        {kind === 'project' && <ProjectView {...props} />}
        {kind === 'sidePanel' && <MeetingPanelView {...props} />}
        {kind === 'toolbox' && (
          <Suspense fallback={null}>
            <ToolboxOverview model={model} language={editing} today={isoToday()} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
