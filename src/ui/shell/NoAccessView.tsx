// No access is not an error: the person is told so, who can give access (the owners, where Graph told us), and what
// to ask for. No "Prøv igjen": retrying cannot help until someone grants access.
import { Body1 } from '@fluentui/react-components';
import type { Person } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import { languageTag } from '../../i18n/language';
import { accessStrings } from './access/strings';
import { useShell } from '../base/HostReactContext';
import { MessageView } from '../base/StatusViews';

export function NoAccessView({ site, owners }: { site: string; owners?: readonly Person[] }) {
  const { language } = useShell();
  const t = translator(accessStrings, language);
  const named = (owners ?? []).map((owner) => (owner.email ? `${owner.name} (${owner.email})` : owner.name));
  const list = new Intl.ListFormat(languageTag(language), { type: 'disjunction' }).format(named);
  return (
    <MessageView title={t('noAccessTitle')}>
      <Body1 as="p">{t('noAccessBody', { site })}</Body1>
      <Body1 as="p">{named.length > 0 ? t('noAccessWhoNamed', { owners: list }) : t('noAccessWhoUnknown')}</Body1>
      <Body1 as="p">{t('noAccessWhat')}</Body1>
    </MessageView>
  );
}
