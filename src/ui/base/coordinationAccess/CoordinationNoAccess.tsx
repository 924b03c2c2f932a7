// A person the coordination site refuses (Oversikt, Innsikt, the model editor): which site, who can give access there (its
// owners, named where Graph will say: a team site's group owners need GroupMember.Read.All), and what to ask for.
// No "Prøv igjen": retrying cannot help until someone grants access.
import type { JSX } from 'react';
import { Body1 } from '@fluentui/react-components';
import type { Language } from '../../../model/types';
import { translator } from '../../../i18n/defineMessages';
import { languageTag } from '../../../i18n/language';
import { useServices } from '../ServicesContext';
import { MessageView } from '../StatusViews';
import { useAsync } from '../useAsync';
import { coordinationAccessStrings } from './strings';

const BODY = { overview: 'overviewBody', model: 'modelBody', insight: 'insightBody' } as const;
const ASK = { overview: 'overviewAsk', model: 'modelAsk', insight: 'insightAsk' } as const;

export function CoordinationNoAccess({ what, language }: { what: keyof typeof BODY; language: Language }): JSX.Element {
  const services = useServices();
  const site = services.coordinationSite;
  const t = translator(coordinationAccessStrings, language);
  const owners = useAsync(async () => (site ? ((await services.store.ownersOf(site).catch(() => undefined)) ?? []) : []), JSON.stringify(site ?? {}));
  const named = (owners.status === 'done' ? owners.value : []).map((owner) => (owner.email ? `${owner.name} (${owner.email})` : owner.name));
  const list = new Intl.ListFormat(languageTag(language), { type: 'disjunction' }).format(named);
  return (
    <MessageView title={t('title')}>
      <Body1 as="p">{t(BODY[what], { site: site?.siteUrl ?? t('unknownSite') })}</Body1>
      {owners.status !== 'pending' && <Body1 as="p">{named.length > 0 ? t('whoNamed', { owners: list }) : t('whoUnknown')}</Body1>}
      <Body1 as="p">{t(ASK[what])}</Body1>
    </MessageView>
  );
}
