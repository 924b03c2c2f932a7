import type { KeyboardEvent } from 'react';
import type { Language, PhaseDef, PhaseKey, PhaseModel, PhaseShape } from '../../../model/types';
import type { ProjectState } from '../../../domain/types';
import type { PhaseProgress } from '../../../domain/progress';

export interface PhaseFigureProps {
  model: PhaseModel;
  state: ProjectState;
  language: Language;
  /** The phase whose panel is shown; defaults to the project's current phase. */
  selectedPhase?: PhaseKey;
  /** Without it the figure only shows where the project stands (no focusable controls). */
  onSelectPhase?(phaseKey: PhaseKey): void;
  /** `compact`: a horizontal stepper for the 320 px meeting side panel. */
  variant?: 'full' | 'compact';
  /** Merged onto the root after the figure's own classes, as Fluent components do, so a host can place it. */
  className?: string;
}

/** One phase as the figure draws it. */
export interface PhaseFigureStep {
  phase: PhaseDef;
  shape: PhaseShape;
  /** 1-based position, shown in the compact stepper. */
  number: number;
  shortLabel: string;
  progress: PhaseProgress;
  /** "4 av 7 fullført". */
  progressText: string;
  gateMet: boolean;
  isCurrent: boolean;
  isSelected: boolean;
  /** Name, progress, gate and "nåværende fase", for screen readers. */
  ariaLabel: string;
}

export interface PhaseFigureState {
  variant: 'full' | 'compact';
  /** The caller's class for the root (last in the merge, so it wins). */
  className?: string;
  interactive: boolean;
  groupLabel: string;
  nowLabel: string;
  /** Compact only: "Fase 2 av 6: Utforske", since six names do not fit in 320 px. */
  caption?: string;
  steps: PhaseFigureStep[];
  /** The step that takes Tab focus (roving tabindex). */
  focusIndex: number;
  select(index: number): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>, index: number): void;
  setStepRef(index: number): (element: HTMLElement | null) => void;
}
