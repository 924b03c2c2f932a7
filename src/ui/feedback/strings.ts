// Tilbakemelding's words: the kinds, the dialog, and what a refusal means for the person giving it.
import { defineMessages, translator } from '../../i18n/defineMessages';
import type { FeedbackKind } from '../../domain/feedback';
import type { Language } from '../../model/types';

export const feedbackStrings = defineMessages({
  nb: {
    giveFeedback: 'Gi tilbakemelding …',
    feedbackButton: 'Gi tilbakemelding',
    feedbackButtonOn: ' på «{item}»',
    dialogTitle: 'Tilbakemelding til koordinatorene',
    dialogIntro: 'Om «{item}». Koordinatorene bruker tilbakemeldingene når de forbedrer modellen.',
    kindLabel: 'Hva gjelder det?',
    kindUnclear: 'Uklart',
    kindDoesNotFit: 'Passer ikke',
    kindUseful: 'Nyttig',
    kindSuggestion: 'Forslag',
    textLabel: 'Tilbakemelding',
    textHint: 'Ikke skriv pasientopplysninger. Navnet ditt vises for koordinatorene.',
    textOptional: 'Tilbakemelding (valgfritt)',
    send: 'Send',
    sending: 'Sender …',
    cancel: 'Avbryt',
    close: 'Lukk',
    thanks: 'Takk! Tilbakemeldingen er sendt til koordinatorene.',
    notAdmitted: 'Koordineringsnettstedet tar ikke imot tilbakemelding fra deg ennå. Be en koordinator gi deg tilgang til listen «Felles modell – tilbakemeldinger». Teksten din står her til du lukker.',
    // SharePoint lists only the lists a person may see: a list not shared with them looks like one never set up.
    noList: 'Koordineringsnettstedet viser deg ikke listen for tilbakemeldinger: du har ikke tilgang til den, eller den er ikke satt opp ennå. Be en koordinator gi deg tilgang til listen «Felles modell – tilbakemeldinger». Teksten din står her til du lukker.',
    noSite: 'Det er ikke satt opp noe koordineringsnettsted, så tilbakemeldingen har ingen mottaker.',
    failed: 'Tilbakemeldingen ble ikke sendt: {reason} Teksten din står her, prøv igjen.',
  },
  nn: {
    giveFeedback: 'Gi tilbakemelding …',
    feedbackButton: 'Gi tilbakemelding',
    feedbackButtonOn: ' på «{item}»',
    dialogTitle: 'Tilbakemelding til koordinatorane',
    dialogIntro: 'Om «{item}». Koordinatorane bruker tilbakemeldingane når dei forbetrar modellen.',
    kindLabel: 'Kva gjeld det?',
    kindUnclear: 'Uklart',
    kindDoesNotFit: 'Passar ikkje',
    kindUseful: 'Nyttig',
    kindSuggestion: 'Forslag',
    textLabel: 'Tilbakemelding',
    textHint: 'Ikkje skriv pasientopplysningar. Namnet ditt blir vist for koordinatorane.',
    textOptional: 'Tilbakemelding (valfritt)',
    send: 'Send',
    sending: 'Sender …',
    cancel: 'Avbryt',
    close: 'Lukk',
    thanks: 'Takk! Tilbakemeldinga er send til koordinatorane.',
    notAdmitted: 'Koordineringsnettstaden tek ikkje imot tilbakemelding frå deg enno. Be ein koordinator gi deg tilgang til lista «Felles modell – tilbakemeldinger». Teksten din står her til du lukkar.',
    noList: 'Koordineringsnettstaden viser deg ikkje lista for tilbakemeldingar: du har ikkje tilgang til henne, eller ho er ikkje sett opp enno. Be ein koordinator gi deg tilgang til lista «Felles modell – tilbakemeldinger». Teksten din står her til du lukkar.',
    noSite: 'Det er ikkje sett opp nokon koordineringsnettstad, så tilbakemeldinga har ingen mottakar.',
    failed: 'Tilbakemeldinga vart ikkje send: {reason} Teksten din står her, prøv igjen.',
  },
  en: {
    giveFeedback: 'Give feedback …',
    feedbackButton: 'Give feedback',
    feedbackButtonOn: ' on “{item}”',
    dialogTitle: 'Feedback to the coordinators',
    dialogIntro: 'About “{item}”. The coordinators use feedback when they improve the model.',
    kindLabel: 'What is it about?',
    kindUnclear: 'Unclear',
    kindDoesNotFit: 'Does not fit',
    kindUseful: 'Useful',
    kindSuggestion: 'Suggestion',
    textLabel: 'Feedback',
    textHint: 'Do not write patient data. The coordinators see your name.',
    textOptional: 'Feedback (optional)',
    send: 'Send',
    sending: 'Sending …',
    cancel: 'Cancel',
    close: 'Close',
    thanks: 'Thank you! Your feedback has been sent to the coordinators.',
    notAdmitted: 'The coordination site does not accept feedback from you yet. Ask a coordinator for access to the list “Felles modell – tilbakemeldinger”. Your text stays here until you close.',
    noList: 'The coordination site does not show you the feedback list: you have no access to it, or it is not set up yet. Ask a coordinator to give you access to the list “Felles modell – tilbakemeldinger”. Your text stays here until you close.',
    noSite: 'No coordination site is set up, so the feedback has nowhere to go.',
    failed: 'The feedback was not sent: {reason} Your text is still here; try again.',
  },
});

export type FeedbackMessageKey = keyof typeof feedbackStrings.nb;

const KIND_KEYS: Record<FeedbackKind, FeedbackMessageKey> = { unclear: 'kindUnclear', doesNotFit: 'kindDoesNotFit', useful: 'kindUseful', suggestion: 'kindSuggestion' };

/** A feedback kind in the user's language (stored values are keys). */
export const feedbackKindLabel = (kind: FeedbackKind, language: Language): string => translator(feedbackStrings, language)(KIND_KEYS[kind]);
