// Maps what MSAL throws to the typed SignInError (SignInError.ts, which stays free of MSAL so the UI can use it
// without loading MSAL).
import { AuthError, BrowserAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { SignInError } from './SignInError';

// AADSTS65001: consent missing; AADSTS90094/AADSTS90099/AADSTS900941: admin consent required; AADSTS90008: the
// tenant requires consent for the app; AADSTS650052: the app needs access to a service the tenant has not enabled.
const CONSENT_PATTERN = /AADSTS(65001|90094|90099|900941|90008|650052)\b|consent_required|admin[_ ]?consent/i;
const NETWORK_CODES = new Set(['no_network_connectivity', 'network_error', 'endpoints_resolution_error', 'timed_out', 'monitor_window_timeout']);
const POPUP_CODES = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);
const CANCEL_CODES = new Set(['user_cancelled', 'interaction_in_progress_cancelled', 'access_denied']);
const NO_ACCOUNT_CODES = new Set(['no_account_error', 'no_account_found', 'no_tokens_found', 'login_required']);

/** Maps anything MSAL (or the NAA bridge) throws to a SignInError. */
export function toSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (error instanceof AuthError) {
    const code = error.errorCode;
    const text = `${code} ${error.subError} ${error.errorMessage}`;
    if (CONSENT_PATTERN.test(text) || (error instanceof InteractionRequiredAuthError && code === 'consent_required')) {
      return new SignInError('consentRequired', error.message, { cause: error, code });
    }
    if (POPUP_CODES.has(code)) return new SignInError('popupBlocked', error.message, { cause: error, code });
    if (CANCEL_CODES.has(code)) return new SignInError('interactionCancelled', error.message, { cause: error, code });
    if (NO_ACCOUNT_CODES.has(code)) return new SignInError('noAccount', error.message, { cause: error, code });
    if (NETWORK_CODES.has(code)) return new SignInError('network', error.message, { cause: error, code });
    if (error instanceof ServerError || error instanceof BrowserAuthError || error instanceof InteractionRequiredAuthError) {
      return new SignInError('unknown', error.message, { cause: error, code });
    }
    return new SignInError('unknown', error.message, { cause: error, code });
  }
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return new SignInError('network', error.message, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SignInError('unknown', message, { cause: error });
}

/**
 * Ends the Teams loading screen after a failed sign-in and returns the typed error for the UI to render.
 * Pass teams-js' `app` namespace: `notifyTeamsSignInFailure(error, app)` calls
 * `app.notifyFailure({ reason: app.FailedReason.AuthFailed, message })`.
 */
export function notifyTeamsSignInFailure<R>(
  error: unknown,
  teamsApp: { notifyFailure(request: { reason: R; message?: string }): void; FailedReason: { AuthFailed: R } },
): SignInError {
  const signInError = toSignInError(error);
  teamsApp.notifyFailure({ reason: teamsApp.FailedReason.AuthFailed, message: signInError.reason });
  return signInError;
}
