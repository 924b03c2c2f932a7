// The project's own "Venter på bekreftelse fra den andre parten", all phases: the same figure, scope and words as the
// project's Portfolio row, Oversikt and the exports (domain/awaiting.ts). Shown only when something waits.
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Language, PhaseModel } from '../../model/types';
import type { ProjectState } from '../../domain/types';
import { itemsAwaitingOtherSide } from '../../domain/awaiting';
import { translator } from '../../i18n/defineMessages';
import { pluralOf } from '../base/formatDate';
import { projectStrings } from './strings';

const useStyles = makeStyles({
  note: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

export function AwaitingOtherSideNote({ model, state, language }: { model: PhaseModel; state: ProjectState; language: Language }): JSX.Element | null {
  const styles = useStyles();
  const count = itemsAwaitingOtherSide(model, state).length;
  if (count === 0) return null;
  const t = translator(projectStrings, language);
  return <p className={styles.note}>{pluralOf(count, language) === 'one' ? t('projectAwaitingOne') : t('projectAwaiting', { count })}</p>;
}
