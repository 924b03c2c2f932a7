// Sign-in failures as one typed error with a reason the UI can present (`messageKey`, translated by the UI).
// No MSAL import here: the UI renders these without loading MSAL (it is loaded only when a token is needed).

export type SignInFailureReason =
  | 'consentRequired'
  | 'popupBlocked'
  | 'interactionCancelled'
  | 'noAccount'
  | 'network'
  | 'unknown';

/** i18n keys for the UI, one per reason (the UI engineer owns the texts; suggested bokmål below). */
export const SIGN_IN_MESSAGE_KEYS: Readonly<Record<SignInFailureReason, `auth.signIn.${SignInFailureReason}`>> = {
  consentRequired: 'auth.signIn.consentRequired',
  popupBlocked: 'auth.signIn.popupBlocked',
  interactionCancelled: 'auth.signIn.interactionCancelled',
  noAccount: 'auth.signIn.noAccount',
  network: 'auth.signIn.network',
  unknown: 'auth.signIn.unknown',
};

/**
 * Suggested texts (bokmål) for the keys above, for the UI's message catalogue:
 * - consentRequired: «Appen mangler godkjenning i organisasjonen som eier teamet. Be IT-administratoren der om å gi
 *   administratorgodkjenning (admin consent) for Felles modell.»
 * - popupBlocked: «Påloggingsvinduet ble blokkert. Tillat popup-vinduer for denne siden og prøv igjen.»
 * - interactionCancelled: «Påloggingen ble avbrutt. Velg «Logg inn» for å prøve igjen.»
 * - noAccount: «Fant ingen pålogget bruker. Logg inn med jobbkontoen din.»
 * - network: «Får ikke kontakt med Microsoft-pålogging. Sjekk nettverket og prøv igjen.»
 * - unknown: «Pålogging mislyktes. Prøv igjen, eller kontakt IT-avdelingen hvis det gjentar seg.»
 */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  readonly reason: SignInFailureReason;
  /** i18n key for the message shown to the user. */
  readonly messageKey: `auth.signIn.${SignInFailureReason}`;
  /** True when trying again (a button) can help without anyone else doing anything. */
  readonly retryable: boolean;
  /** MSAL's error code when there was one (for logs and support, never shown as the main message). */
  readonly code: string | undefined;

  constructor(reason: SignInFailureReason, message: string, options: { cause?: unknown; code?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.messageKey = SIGN_IN_MESSAGE_KEYS[reason];
    this.retryable = reason !== 'consentRequired';
    this.code = options.code;
  }
}
