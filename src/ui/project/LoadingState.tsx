import type { JSX } from 'react';
import { Skeleton, SkeletonItem, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';

export interface LoadingStateProps {
  language: Language;
  /** Short placeholder rows under the spinner (not for the side panel). */
  skeleton?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalL },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function LoadingState(props: LoadingStateProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  return (
    <div className={styles.root} role="status">
      <Spinner label={t('loading')} />
      {props.skeleton && (
        <Skeleton aria-hidden="true" className={styles.rows}>
          <SkeletonItem size={48} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </Skeleton>
      )}
    </div>
  );
}
