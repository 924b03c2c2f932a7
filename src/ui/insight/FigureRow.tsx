// One row of figures that opens to what is behind them (the projects, the reasons): a native <details>, so it is
// reached and opened by keyboard (Tab, then Enter or Space) and announced as expandable, with a chevron that shows the
// eye it opens (a <summary> laid out as flex loses the browser's own marker).
import { useState } from 'react';
import type { JSX, ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} 0` },
  summary: {
    cursor: 'pointer',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    '::-webkit-details-marker': { display: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  chevron: { flexShrink: 0, fontSize: '16px', marginTop: '2px' },
  content: { flexGrow: 1, minWidth: 0 },
  details: { paddingLeft: tokens.spacingHorizontalXXL },
});

export interface FigureRowProps {
  /** The figures, always visible: the row's name for a screen reader too. */
  summary: ReactNode;
  /** Laid out by the caller (the figures' own columns). */
  summaryClassName?: string;
  children: ReactNode;
  /** `data-*` attributes that name the row for tests and links. */
  data?: Record<`data-${string}`, string>;
}

export function FigureRow({ summary, summaryClassName, children, data }: FigureRowProps): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const Chevron = open ? ChevronDownRegular : ChevronRightRegular;
  return (
    <details className={styles.row} onToggle={(event) => setOpen(event.currentTarget.open)} {...data}>
      <summary className={styles.summary}>
        <Chevron className={styles.chevron} aria-hidden="true" />
        <span className={mergeClasses(styles.content, summaryClassName)}>{summary}</span>
      </summary>
      {/* Rendered only when open: 40 requirements × their project lists would otherwise all be in the page. */}
      {open && <div className={styles.details}>{children}</div>}
    </details>
  );
}
