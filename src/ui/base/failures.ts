// Telling failures apart for the screen: sign-in problems get their own page, store errors a localized message.
import { SignInError } from '../../auth';
import { StoreError } from '../../store/ChecklistStore';

/** The token source throws SignInError; the Graph client may wrap it as the cause of a StoreError. */
export function isSignInFailure(error: unknown): boolean {
  if (error instanceof SignInError) return true;
  if (error instanceof StoreError) return error.code === 'signInExpired' || error.cause instanceof SignInError;
  return false;
}

export function storeErrorOf(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError('unknown', error instanceof Error ? error.message : String(error), { cause: error });
}
