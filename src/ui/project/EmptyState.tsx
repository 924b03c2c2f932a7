import type { JSX, ReactNode } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export interface EmptyStateProps {
  title: string;
  body?: string;
  action?: ReactNode;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  body: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

export function EmptyState(props: EmptyStateProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <p className={styles.title}>{props.title}</p>
      {props.body && <p className={styles.body}>{props.body}</p>}
      {props.action}
    </div>
  );
}
