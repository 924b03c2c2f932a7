import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PhaseFigureState } from './PhaseFigure.types';
import { visuallyHidden } from '../../base/visuallyHidden';

const forcedColors = '@media (forced-colors: active)';

/** Stable class names on the root and each step (Fluent's convention), for a host's styles and for tests. */
export const phaseFigureClassNames = {
  root: 'fm-PhaseFigure',
  step: 'fm-PhaseFigure__step',
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'stretch', width: '100%', margin: 0, padding: 0, listStyleType: 'none', minWidth: 0 },
  full: { gap: 0 },
  compact: { gap: tokens.spacingHorizontalXXS },
  step: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    textAlign: 'center',
  },
  block: { flexGrow: 1.2 },
  interactive: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    [forcedColors]: { ':focus-visible': { outlineColor: 'Highlight' } },
  },
  shape: { display: 'block', width: '100%', height: '88px', overflow: 'visible' },
  outline: {
    fill: tokens.colorNeutralBackground3,
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: '1.5px',
    [forcedColors]: { fill: 'Canvas', stroke: 'CanvasText' },
  },
  outlineCurrent: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: '4px', [forcedColors]: { fill: 'none', stroke: 'Highlight' } },
  fill: { fill: tokens.colorBrandBackground2Hover, [forcedColors]: { fill: 'Highlight' } },
  fillDone: { fill: tokens.colorBrandBackground, [forcedColors]: { fill: 'Highlight' } },
  nowBadge: {
    ...typographyStyles.caption1Strong,
    minHeight: '20px',
    color: tokens.colorBrandForeground1,
    [forcedColors]: { color: 'CanvasText' },
  },
  nowBadgeEmpty: { visibility: 'hidden' },
  // Narrow tabs (mobile) get smaller names so "Utforske" is not split mid-word.
  label: { ...typographyStyles.body1, overflowWrap: 'anywhere', hyphens: 'auto', maxWidth: '100%', '@media (max-width: 560px)': { ...typographyStyles.caption1 } },
  labelSelected: { ...typographyStyles.body1Strong, '@media (max-width: 560px)': { ...typographyStyles.caption1Strong } },
  progressText: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    overflowWrap: 'anywhere',
    [forcedColors]: { color: 'CanvasText' },
  },
  gateIcon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, [forcedColors]: { color: 'CanvasText' } },
  // The selected phase: a bar under it and a bold label, so selection is never shown by colour alone.
  selectedBar: { width: '80%', height: '4px', borderRadius: tokens.borderRadiusSmall, backgroundColor: 'transparent' },
  selectedBarOn: { backgroundColor: tokens.colorBrandStroke1, [forcedColors]: { backgroundColor: 'Highlight', forcedColorAdjust: 'none' } },
  // Compact stepper.
  ring: { display: 'block', width: '36px', height: '36px', flexShrink: 0 },
  ringTrack: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStroke2, strokeWidth: '4px', [forcedColors]: { fill: 'Canvas', stroke: 'GrayText' } },
  ringTrackCurrent: { fill: tokens.colorBrandBackground, [forcedColors]: { fill: 'Highlight' } },
  ringProgress: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: '4px', [forcedColors]: { stroke: 'CanvasText' } },
  ringNumber: { fill: tokens.colorNeutralForeground1, fontSize: '14px', fontWeight: 600, [forcedColors]: { fill: 'CanvasText' } },
  ringNumberCurrent: { fill: tokens.colorNeutralForegroundOnBrand, [forcedColors]: { fill: 'HighlightText' } },
  compactRoot: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  caption: { ...typographyStyles.body1Strong, margin: 0, textAlign: 'center', overflowWrap: 'anywhere' },
  visuallyHidden,
});

export type PhaseFigureClasses = ReturnType<typeof useStyles> & { rootClass: string; stepClass(index: number): string };

export function usePhaseFigureStyles(state: PhaseFigureState): PhaseFigureClasses {
  const styles = useStyles();
  return {
    ...styles,
    rootClass: mergeClasses(phaseFigureClassNames.root, styles.root, state.variant === 'compact' ? styles.compact : styles.full, state.className),
    stepClass: (index: number) => {
      const step = state.steps[index];
      return mergeClasses(
        phaseFigureClassNames.step,
        styles.step,
        state.variant === 'full' && step?.shape === 'block' && styles.block,
        state.interactive && styles.interactive,
      );
    },
  };
}
