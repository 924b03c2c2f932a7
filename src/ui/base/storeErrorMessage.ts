// StoreError.code → what the user reads. The store's own message is English and technical: never shown.
import type { Language } from '../../model/types';
import type { StoreErrorCode } from '../../store/ChecklistStore';
import { translator } from '../../i18n/defineMessages';
import { commonStrings } from './strings';

export function storeErrorMessage(code: StoreErrorCode, language: Language): string {
  return translator(commonStrings, language)(code);
}
