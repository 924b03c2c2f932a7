// The small "Gi tilbakemelding" action beside a requirement or toolbox entry; its name says which one.
import type { JSX } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PersonFeedbackRegular } from '@fluentui/react-icons';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { visuallyHidden } from '../base/visuallyHidden';
import { feedbackStrings } from './strings';

const useStyles = makeStyles({
  button: { marginLeft: tokens.spacingHorizontalS, verticalAlign: 'baseline' },
  hidden: visuallyHidden,
});

export function FeedbackButton({ itemLabel, language, onClick }: { itemLabel: string; language: Language; onClick(): void }): JSX.Element {
  const styles = useStyles();
  const t = translator(feedbackStrings, language);
  return (
    <Button className={styles.button} size="small" appearance="transparent" icon={<PersonFeedbackRegular />} onClick={onClick}>
      {t('feedbackButton')}
      <span className={styles.hidden}>{t('feedbackButtonOn', { item: itemLabel })}</span>
    </Button>
  );
}
