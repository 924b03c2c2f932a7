// Tilbakemelding's public face for the rooms above (toolbox, project, meeting, insight, editor, shell). The dialog is
// offered as a loader: the strings and the button are on the project's first screen, the dialog (Fluent's Dialog and
// RadioGroup) only once someone gives feedback.
export const loadFeedbackFor = () => import('./FeedbackFor');
export { FeedbackButton } from './FeedbackButton';
export type { FeedbackForProps, GiveFeedback } from './FeedbackFor';
export { feedbackKindLabel, feedbackStrings } from './strings';
