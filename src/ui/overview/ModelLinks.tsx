// Oversikt's way to the model: the Verktøykasse for everyone, and the "Modell og verktøykasse" editor for people who
// may change the coordination site (SharePoint still decides when they save).
import type { JSX } from 'react';
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { routeHash } from '../base/routes';
import { overviewStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

export function ModelLinks({ canEditModel, language }: { canEditModel: boolean; language: Language }): JSX.Element {
  const styles = useStyles();
  const t = translator(overviewStrings, language);
  return (
    <nav className={styles.root} aria-label={t('modelLinks')}>
      {canEditModel && <Link href={routeHash('modell')}>{t('modelEditorLink')}</Link>}
      <Link href={routeHash('innsikt')}>{t('insightLink')}</Link>
      <Link href={routeHash('verktoykasse')}>{t('toolboxLink')}</Link>
    </nav>
  );
}
