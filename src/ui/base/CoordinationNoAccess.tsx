// A person the coordination site does not let in, on a page that reads it (Oversikt, Innsikt): which site, who can
// give access and what to ask for. Not an error, and no "Prøv igjen": retrying cannot help until someone grants access.
import type { JSX } from 'react';
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { commonStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem', overflowWrap: 'anywhere' },
});

/** `site`: the coordination site's address as configured (the tenant's COORDINATION_SITE). */
export function CoordinationNoAccess({ site, language }: { site: string; language: Language }): JSX.Element {
  const styles = useStyles();
  const t = translator(commonStrings, language);
  return (
    <section className={styles.root} aria-labelledby="coordination-no-access">
      <Subtitle2 as="h2" id="coordination-no-access">{t('coordinationNoAccessTitle')}</Subtitle2>
      <Body1 as="p">{t('coordinationNoAccessBody', { site })}</Body1>
      <Body1 as="p">{t('coordinationNoAccessWho')}</Body1>
    </section>
  );
}
