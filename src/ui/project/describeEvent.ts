// One Events row in words: "bekreftet «…» for kommunen". Unknown keys are shown as stored, never dropped.
import type { Language, PhaseModel } from '../../model/types';
import { SIDES } from '../../model/types';
import type { ProjectEvent } from '../../domain/types';
import { findItem, findPhase } from '../../model/lookup';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import { SIDE_NAME } from './sideNames';

export function describeEvent(model: PhaseModel, event: ProjectEvent, language: Language): string {
  const t = translator(projectStrings, language);
  const item = event.itemKey ? (findItem(model, event.itemKey)?.label[language] ?? event.itemKey) : '';
  const phase = (key: string | undefined) => (key ? (findPhase(model, key)?.label[language] ?? key) : '–');
  const side = event.side && SIDES.includes(event.side) ? t(SIDE_NAME[event.side]) : undefined;
  switch (event.kind) {
    case 'status':
      if (event.to === 'done') return t('eventDone', { item });
      if (event.to === 'open') return t('eventOpen', { item });
      if (event.to === 'notRelevant') return t('eventNotRelevant', { item });
      return t('eventStatus', { item });
    case 'confirm':
      return side ? t('eventConfirm', { item, side }) : t('eventConfirmNoSide', { item });
    case 'unconfirm':
      return side ? t('eventUnconfirm', { item, side }) : t('eventUnconfirmNoSide', { item });
    case 'comment':
      return t('eventComment', { item });
    case 'phaseChange':
      return t('eventPhaseChange', { from: phase(event.from), to: phase(event.to) });
    case 'gateOverride':
      return t('eventGateOverride', { from: phase(event.from), to: phase(event.to) });
    case 'projectUpdate':
      return t('eventProjectUpdate');
    default:
      return String(event.kind);
  }
}
