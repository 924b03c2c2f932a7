// Tilbakemelding's public face for the rooms above (toolbox, project, meeting, insight, editor, shell).
export { FeedbackDialog } from './FeedbackDialog';
export type { FeedbackDialogProps } from './FeedbackDialog';
export { FeedbackFor } from './FeedbackFor';
export { FeedbackButton } from './FeedbackButton';
export type { FeedbackForProps, GiveFeedback } from './FeedbackFor';
export { feedbackKindLabel, feedbackStrings } from './strings';
