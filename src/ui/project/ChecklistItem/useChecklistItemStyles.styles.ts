// The item's styles only: applied to its slots (root, label) in the state, and the inner parts' classes returned.
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { ChecklistItemState } from './ChecklistItem.types';

const forcedColors = '@media (forced-colors: active)';

export const checklistItemClassNames = { root: 'fm-ChecklistItem', label: 'fm-ChecklistItem__label' } as const;

const useRootStyles = makeStyles({
  base: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    overflowWrap: 'anywhere',
  },
  compact: { gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  // Someone else just changed it: a tint and a left bar, with "Endret av …" in words beside it.
  changed: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeftColor: tokens.colorBrandStroke1,
    [forcedColors]: { borderLeftColor: 'Highlight' },
  },
});

const useLabelStyles = makeStyles({
  base: { ...typographyStyles.body1, minWidth: 0, overflowWrap: 'anywhere', hyphens: 'auto' },
  touch: { ...typographyStyles.body2 },
  // Open items are the ones to act on: full-strength text (Fluent greys an unticked checkbox's label).
  open: { color: tokens.colorNeutralForeground1 },
  finished: { color: tokens.colorNeutralForeground2 },
});

const useStyles = makeStyles({
  main: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXXS, minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  checkbox: { minWidth: 0, alignItems: 'flex-start' },
  touchCheckbox: { minHeight: '44px', alignItems: 'center' },
  title: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, minWidth: 0, paddingTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalXS },
  touchTitle: { minHeight: '44px', paddingTop: tokens.spacingVerticalMNudge },
  statusIcon: { flexShrink: 0, fontSize: '20px', marginTop: '1px' },
  statusDone: { color: tokens.colorPaletteGreenForeground1, [forcedColors]: { color: 'CanvasText' } },
  trailing: { display: 'flex', flexShrink: 0, alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  indent: { paddingLeft: tokens.spacingHorizontalXXL },
  statusText: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  sides: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  side: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  sideText: { ...typographyStyles.caption1, minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  sideTitle: { ...typographyStyles.caption1Strong },
  confirm: { maxWidth: '100%' },
  comment: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  touchTarget: { minHeight: '44px', minWidth: '44px' },
  live: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  pending: { ...typographyStyles.caption1, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground2 },
  changedText: { ...typographyStyles.caption1Strong, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground1, [forcedColors]: { color: 'CanvasText' } },
  anomalyText: { display: 'block' },
  messageActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export type ChecklistItemClasses = ReturnType<typeof useStyles> & { target: string | undefined };

/** Sets the slots' classes on the state (the caller's className last, so it wins) and returns the inner parts'. */
export function useChecklistItemStyles(state: ChecklistItemState): ChecklistItemClasses {
  const root = useRootStyles();
  const label = useLabelStyles();
  const styles = useStyles();
  state.root.className = mergeClasses(
    checklistItemClassNames.root,
    root.base,
    state.compact && root.compact,
    state.changedByText !== undefined && root.changed,
    state.root.className,
  );
  state.label.className = mergeClasses(
    checklistItemClassNames.label,
    label.base,
    state.compact && label.touch,
    state.finished ? label.finished : label.open,
    state.label.className,
  );
  return { ...styles, target: state.compact ? styles.touchTarget : undefined };
}
