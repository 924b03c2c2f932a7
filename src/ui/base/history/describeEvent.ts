// One Events row in words: "bekreftet «…» for kommunen"; in one item's history, where the title names the item,
// only "bekreftet for kommunen". Phases by their names in the reader's language (stored as `phase:levere`).
// Unknown keys are shown as stored, never dropped.
import type { Language, PhaseModel } from '../../../model/types';
import { SIDES } from '../../../model/types';
import type { ProjectEvent } from '../../../domain/types';
import { phaseKeyFromValue } from '../../../domain/keys';
import { findItem, findPhase } from '../../../model/lookup';
import { translator } from '../../../i18n/defineMessages';
import { sideName } from '../sideNames';
import { historyStrings } from './strings';

export interface DescribeOptions {
  /** The item is named once, in the title (one item's history): the entry leaves it out. */
  itemInTitle?: boolean;
}

export function describeEvent(model: PhaseModel, event: ProjectEvent, language: Language, options: DescribeOptions = {}): string {
  const t = translator(historyStrings, language);
  const item = event.itemKey ? (findItem(model, event.itemKey)?.label[language] ?? event.itemKey) : '';
  const phase = (value: string | undefined) => {
    if (!value) return '–';
    const key = phaseKeyFromValue(value);
    return findPhase(model, key)?.label[language] ?? key;
  };
  const side = event.side && SIDES.includes(event.side) ? sideName(event.side, language) : undefined;
  const short = options.itemInTitle === true;
  switch (event.kind) {
    case 'status':
      if (event.to === 'done') return short ? t('itemDone') : t('eventDone', { item });
      if (event.to === 'open') return short ? t('itemOpen') : t('eventOpen', { item });
      if (event.to === 'notRelevant') return short ? t('itemNotRelevant') : t('eventNotRelevant', { item });
      return short ? t('itemStatus') : t('eventStatus', { item });
    case 'confirm':
      if (short) return side ? t('itemConfirm', { side }) : t('itemConfirmNoSide');
      return side ? t('eventConfirm', { item, side }) : t('eventConfirmNoSide', { item });
    case 'unconfirm':
      if (short) return side ? t('itemUnconfirm', { side }) : t('itemUnconfirmNoSide');
      return side ? t('eventUnconfirm', { item, side }) : t('eventUnconfirmNoSide', { item });
    case 'comment':
      return short ? t('itemComment') : t('eventComment', { item });
    case 'phaseChange':
      return t('eventPhaseChange', { from: phase(event.from), to: phase(event.to) });
    case 'gateOverride':
      return t('eventGateOverride', { from: phase(event.from), to: phase(event.to) });
    case 'projectUpdate': {
      const notifications = notificationsChange(event.to);
      return notifications === undefined ? t('eventProjectUpdate') : t(notifications ? 'eventNotificationsOn' : 'eventNotificationsOff');
    }
    default:
      return String(event.kind);
  }
}

/** A project update that turned someone's notices on (true) or off (false); undefined for other project updates. */
function notificationsChange(to: string | undefined): boolean | undefined {
  try {
    const enabled = (JSON.parse(to ?? '') as { notifications?: { enabled?: unknown } } | null)?.notifications?.enabled;
    return typeof enabled === 'boolean' ? enabled : undefined;
  } catch {
    return undefined;
  }
}
