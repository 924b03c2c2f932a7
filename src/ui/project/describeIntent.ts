// What the user just did, in words, for the "… · Angre" message.
import type { Language, PhaseModel } from '../../model/types';
import type { IntentBody } from '../../domain/types';
import { findItem, findPhase } from '../../model/lookup';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import { sideName } from '../base/sideNames';

export function describeIntent(model: PhaseModel, body: IntentBody, language: Language): string {
  const t = translator(projectStrings, language);
  const itemLabel = (key: string) => findItem(model, key)?.label[language] ?? key;
  switch (body.kind) {
    case 'setStatus': {
      const item = itemLabel(body.itemKey);
      if (body.status === 'done') return t('actionDone', { item });
      if (body.status === 'notRelevant') return t('actionNotRelevant', { item });
      return t('actionOpen', { item });
    }
    case 'confirm':
      return t('actionConfirm', { item: itemLabel(body.itemKey), side: sideName(body.side, language) });
    case 'unconfirm':
      return t('actionUnconfirm', { item: itemLabel(body.itemKey) });
    case 'setComment':
      return t('actionComment', { item: itemLabel(body.itemKey) });
    case 'changePhase':
      return t('actionPhase', { phase: findPhase(model, body.to)?.label[language] ?? body.to });
    case 'updateProject':
      return t('actionProject');
    case 'setNotifications':
      return t(body.enabled ? 'actionNotificationsOn' : 'actionNotificationsOff');
  }
}
