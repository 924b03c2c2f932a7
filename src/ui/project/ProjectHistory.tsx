// A project view's history drawer (channel tab and meeting surfaces alike): loaded on its first opening, not with the
// first paint, and mounted from then on, so it can animate closed and hand the focus back.
import { Suspense, lazy, useState } from 'react';
import type { JSX } from 'react';
import type { ProjectViewProps } from './ProjectView.types';
import type { useProjectViewState } from './useProjectViewState';

const HistoryDrawer = lazy(() => import('./HistoryDrawer').then((module) => ({ default: module.HistoryDrawer })));

export interface ProjectHistoryProps {
  view: Pick<ReturnType<typeof useProjectViewState>, 'history' | 'closeHistory'>;
  project: Pick<ProjectViewProps, 'model' | 'language' | 'loadHistory' | 'snapshot'>;
  /** Full width in the side panel. */
  size?: 'medium' | 'full';
}

export function ProjectHistory({ view, project, size }: ProjectHistoryProps): JSX.Element | null {
  const [used, setUsed] = useState(false);
  if (view.history.open && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <HistoryDrawer
        open={view.history.open}
        {...(view.history.itemKey ? { itemKey: view.history.itemKey } : {})}
        model={project.model}
        language={project.language}
        loadHistory={project.loadHistory}
        confirmed={project.snapshot.confirmed}
        onClose={view.closeHistory}
        {...(size ? { size } : {})}
      />
    </Suspense>
  );
}
