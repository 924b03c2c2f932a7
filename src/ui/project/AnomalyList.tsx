// Stored values the app could not understand (a hand-edited list): shown, never overwritten, never a crash.
import type { JSX } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import type { Anomaly } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import { anomalyText } from './anomalyText';

export interface AnomalyListProps {
  anomalies: Anomaly[];
  language: Language;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export function AnomalyList(props: AnomalyListProps): JSX.Element | null {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  if (props.anomalies.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('anomaliesTitle')}</MessageBarTitle>
        <ul className={styles.list}>
          {props.anomalies.map((anomaly, index) => (
            <li key={`${anomaly.kind}-${anomaly.itemKey ?? ''}-${index}`}>
              {anomalyText(anomaly, props.language)}
            </li>
          ))}
        </ul>
        {t('anomalyHelp')}
      </MessageBarBody>
    </MessageBar>
  );
}
