import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { ChecklistItemState } from './ChecklistItem.types';

const forcedColors = '@media (forced-colors: active)';

export const checklistItemClassNames = { root: 'fm-ChecklistItem' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    overflowWrap: 'anywhere',
  },
  // Someone else just changed it: a tint and a left bar, with "Endret av …" in words beside it.
  changed: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeftColor: tokens.colorBrandStroke1,
    [forcedColors]: { borderLeftColor: 'Highlight' },
  },
  main: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  checkbox: { minWidth: 0, alignItems: 'flex-start' },
  touchCheckbox: { minHeight: '44px', alignItems: 'center' },
  title: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, minWidth: 0, paddingTop: tokens.spacingVerticalXS },
  label: { ...typographyStyles.body1, minWidth: 0, overflowWrap: 'anywhere', hyphens: 'auto' },
  touchLabel: { ...typographyStyles.body2 },
  statusIcon: { flexShrink: 0, fontSize: '20px', marginTop: '1px' },
  statusDone: { color: tokens.colorPaletteGreenForeground1, [forcedColors]: { color: 'CanvasText' } },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  indent: { paddingLeft: tokens.spacingHorizontalXXL },
  statusText: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  sides: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  side: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  sideText: { ...typographyStyles.caption1, minWidth: 0, overflowWrap: 'anywhere' },
  sideTitle: { ...typographyStyles.caption1Strong },
  comment: { ...typographyStyles.body1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 },
  commentLabel: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  touchTarget: { minHeight: '44px', minWidth: '44px' },
  live: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  pending: { ...typographyStyles.caption1, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground2 },
  changedText: { ...typographyStyles.caption1Strong, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground1, [forcedColors]: { color: 'CanvasText' } },
  anomalyText: { display: 'block' },
  messageActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export type ChecklistItemClasses = ReturnType<typeof useStyles> & { rootClass: string; target: string | undefined };

export function useChecklistItemStyles(state: ChecklistItemState): ChecklistItemClasses {
  const styles = useStyles();
  return {
    ...styles,
    rootClass: mergeClasses(checklistItemClassNames.root, styles.root, state.changedByText !== undefined && styles.changed),
    target: state.props.touch ? styles.touchTarget : undefined,
  };
}
