// The project room's public face: what the meeting surfaces, the overview, the editor's preview and the shell use
// (the rule in .dependency-cruiser.mjs lets other rooms import only this file). Parts loaded on demand (the history
// drawer, the phase change dialog) stay behind components that load them, so this face never pulls them into the
// first paint.
export { ProjectView } from './ProjectView';
export type { ProjectViewProps, ProjectSurface } from './ProjectView.types';
export { useProjectViewState } from './useProjectViewState';
export { ChecklistSessionContext, readOnlySession, useChecklistSession } from './ChecklistSession';
export type { ChecklistSession } from './ChecklistSession';
export { PhaseFigure } from './PhaseFigure';
export type { PhaseFigureProps } from './PhaseFigure';
export { ChecklistItem, CommentThread, PRIMARY_ACTION_SELECTOR, useChecklistItem } from './ChecklistItem';
export type { ChecklistItemProps } from './ChecklistItem';
export { Checklist } from './Checklist';
export type { ChecklistProps } from './Checklist';
export { PhasePanel } from './PhasePanel';
export type { PhasePanelProps } from './PhasePanel';
export { UndoBar, UndoButton } from './UndoBar';
export type { UndoBarProps, UndoButtonProps } from './UndoBar';
export { SyncStatus } from './SyncStatus';
export type { SyncStatusProps } from './SyncStatus';
export { AnomalyList } from './AnomalyList';
export { ErrorState } from './ErrorState';
export { LoadingState } from './LoadingState';
export { EmptyState } from './EmptyState';
export { projectStrings } from './strings';
export { ProjectHistory } from './ProjectHistory';
export type { ProjectHistoryProps } from './ProjectHistory';
