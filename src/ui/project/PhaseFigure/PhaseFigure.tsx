// The model as people know it: start block, two diamonds, end block, drawn from the model's phases and shapes.
import type { JSX } from 'react';
import type { PhaseFigureProps } from './PhaseFigure.types';
import { usePhaseFigure } from './usePhaseFigure';
import { usePhaseFigureStyles } from './usePhaseFigureStyles.styles';
import { renderPhaseFigure } from './renderPhaseFigure';

export function PhaseFigure(props: PhaseFigureProps): JSX.Element {
  const state = usePhaseFigure(props);
  const classes = usePhaseFigureStyles(state);
  return renderPhaseFigure(state, classes);
}
