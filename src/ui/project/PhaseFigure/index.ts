export { PhaseFigure } from './PhaseFigure';
export type { PhaseFigureProps, PhaseFigureState, PhaseFigureStep } from './PhaseFigure.types';
export { phaseFigureClassNames } from './usePhaseFigureStyles.styles';
