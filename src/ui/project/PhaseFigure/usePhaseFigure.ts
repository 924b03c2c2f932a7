import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { projectProgress } from '../../../domain/progress';
import { gateStatus } from '../../../domain/gate';
import { phasesInOrder } from '../../../model/lookup';
import { translator } from '../../../i18n/defineMessages';
import { projectStrings } from '../strings';
import type { PhaseFigureProps, PhaseFigureState, PhaseFigureStep } from './PhaseFigure.types';

export function usePhaseFigure(props: PhaseFigureProps): PhaseFigureState {
  const { model, state, language, onSelectPhase } = props;
  const t = translator(projectStrings, language);
  const selected = props.selectedPhase ?? state.project.currentPhase;
  const progressByKey = new Map(projectProgress(model, state).map((progress) => [progress.phaseKey, progress]));

  const steps: PhaseFigureStep[] = phasesInOrder(model).map((phase, index) => {
    const progress = progressByKey.get(phase.key) ?? { phaseKey: phase.key, total: 0, met: 0, done: 0, notRelevant: 0, awaitingOtherSide: 0, open: 0, ratio: 1 };
    const gateMet = gateStatus(model, state, phase.key).met;
    const isCurrent = phase.key === state.project.currentPhase;
    const progressText =
      progress.total === 0
        ? t('phaseNoItems')
        : [t('phaseProgress', { met: progress.met, total: progress.total }), ...(progress.notRelevant > 0 ? [t('summaryNotRelevant', { count: progress.notRelevant })] : [])].join(', ');
    const ariaLabel = [phase.label[language], progressText, gateMet ? t('gateMet') : t('gateNotMet'), ...(isCurrent ? [t('currentPhase')] : [])].join(', ');
    return {
      phase,
      shape: phase.shape,
      number: index + 1,
      shortLabel: phase.shortLabel[language],
      progress,
      progressText,
      gateMet,
      isCurrent,
      isSelected: phase.key === selected,
      ariaLabel,
    };
  });

  const selectedIndex = steps.findIndex((step) => step.isSelected);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;
  const refs = useRef<Array<HTMLElement | null>>([]);

  const select = (index: number) => {
    const step = steps[index];
    if (step && onSelectPhase) onSelectPhase(step.phase.key);
  };

  // Radio-group keys: arrows move and select (wrapping), Home/End jump to the ends.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const last = steps.length - 1;
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? index === last ? 0 : index + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? index === 0 ? last : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    refs.current[target]?.focus();
    select(target);
  };

  const setStepRef = (index: number) => (element: HTMLElement | null) => {
    refs.current[index] = element;
  };

  const current = steps.find((step) => step.isCurrent);
  const caption =
    props.variant === 'compact' && current
      ? t('compactCaption', { number: current.number, total: steps.length, phase: current.phase.label[language] })
      : undefined;

  return {
    variant: props.variant ?? 'full',
    ...(props.className ? { className: props.className } : {}),
    ...(caption ? { caption } : {}),
    interactive: onSelectPhase !== undefined,
    groupLabel: props.variant === 'compact' ? t('figureCompactLabel') : t('figureLabel'),
    nowLabel: t('nowBadge'),
    steps,
    focusIndex,
    select,
    onKeyDown,
    setStepRef,
  };
}
