// Whether what the screen shows has reached SharePoint: saved, waiting, offline or failed.
import type { JSX } from 'react';
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ClockRegular, CloudCheckmarkRegular, CloudOffRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { Language } from '../../model/types';
import type { SessionSnapshot } from '../../store/ChecklistStore';
import { translator } from '../../i18n/defineMessages';
import { formatDateTime } from '../base/formatDate';
import { projectStrings } from './strings';

export interface SyncStatusProps {
  snapshot: Pick<SessionSnapshot, 'pending' | 'online' | 'lastSyncedAt'>;
  language: Language;
}

const useStyles = makeStyles({
  root: { ...typographyStyles.caption1, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: 'anywhere' },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  icon: { flexShrink: 0, fontSize: '16px' },
});

export function SyncStatus(props: SyncStatusProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  const failed = props.snapshot.pending.filter((entry) => entry.state === 'failed').length;
  const waiting = props.snapshot.pending.length - failed;

  let icon = <CloudCheckmarkRegular className={styles.icon} aria-hidden="true" />;
  let text = props.snapshot.lastSyncedAt ? t('syncSavedAt', { time: formatDateTime(props.snapshot.lastSyncedAt, props.language) }) : t('syncSaved');
  if (failed > 0) {
    icon = <ErrorCircleRegular className={styles.icon} aria-hidden="true" />;
    text = failed === 1 ? t('syncFailedOne') : t('syncFailedMany', { count: failed });
  } else if (!props.snapshot.online) {
    icon = <CloudOffRegular className={styles.icon} aria-hidden="true" />;
    text = waiting === 0 ? t('syncOffline') : waiting === 1 ? t('syncOfflinePendingOne') : t('syncOfflinePending', { count: waiting });
  } else if (waiting > 0) {
    icon = <ClockRegular className={styles.icon} aria-hidden="true" />;
    text = waiting === 1 ? t('syncPendingOne') : t('syncPendingMany', { count: waiting });
  }
  return (
    <span role="status" className={mergeClasses(styles.root, failed > 0 && styles.failed)}>
      {icon}
      {text}
    </span>
  );
}
