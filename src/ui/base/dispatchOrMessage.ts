// Dispatching may be refused before anything is queued (StoreError 'invalidInput'): the caller shows the message
// next to the field instead of losing the user's text.
import type { Language } from '../../model/types';
import type { IntentBody } from '../../domain/types';
import { StoreError } from '../../store/ChecklistStore';
import { storeErrorMessage } from './storeErrorMessage';

/** Undefined when dispatched; otherwise the localized reason it was refused. */
export function dispatchOrMessage(onDispatch: (body: IntentBody) => void, body: IntentBody, language: Language): string | undefined {
  try {
    onDispatch(body);
    return undefined;
  } catch (error) {
    return storeErrorMessage(error instanceof StoreError ? error.code : 'unknown', language);
  }
}
