// The item's comments, oldest first: who wrote each, when and for which side, whether it has reached SharePoint, and
// "Fjern" on one's own. Shared by the checklist item and the walk-through on the stage (large).
import type { JSX } from 'react';
import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ClockRegular, CommentRegular } from '@fluentui/react-icons';
import type { Language } from '../../../model/types';
import { translator } from '../../../i18n/defineMessages';
import { projectStrings } from '../strings';
import type { CommentView } from './ChecklistItem.types';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // "Fjern" beside the words, not on a row of its own: a thread stays short in a 320 px side panel.
  comment: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'start',
    overflowWrap: 'anywhere',
  },
  words: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  // A block, the icon inline: a byline that wraps keeps its icon beside the first words.
  byline: { ...typographyStyles.caption1Strong, display: 'block', color: tokens.colorNeutralForeground2 },
  icon: { verticalAlign: 'middle', marginRight: tokens.spacingHorizontalXS },
  text: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-wrap' },
  largeByline: { ...typographyStyles.subtitle2 },
  largeText: { ...typographyStyles.body2, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  pending: { ...typographyStyles.caption1, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

export interface CommentThreadProps {
  comments: CommentView[];
  /** The requirement's text: names the list for a screen reader. */
  itemLabel: string;
  language: Language;
  /** The stage's size. */
  large?: boolean;
  className?: string;
  /** Classes for the remove buttons (touch targets on meeting surfaces). */
  buttonClassName?: string;
}

export function CommentThread({ comments, itemLabel, language, large = false, className, buttonClassName }: CommentThreadProps): JSX.Element | null {
  const styles = useStyles();
  const t = translator(projectStrings, language);
  if (comments.length === 0) return null;
  return (
    <ul className={mergeClasses(styles.list, className)} aria-label={t('commentsFor', { item: itemLabel })}>
      {comments.map((comment) => (
        <li key={comment.id} className={styles.comment} data-comment-id={comment.id}>
          <span className={styles.words}>
            <span className={mergeClasses(styles.byline, large && styles.largeByline)}>
              <CommentRegular className={styles.icon} aria-hidden="true" />
              {comment.byline}
            </span>
            <p className={mergeClasses(styles.text, large && styles.largeText)}>{comment.text}</p>
            {comment.pending && (
              <span className={styles.pending}>
                <ClockRegular aria-hidden="true" />
                {t('pending')}
              </span>
            )}
          </span>
          {comment.remove && (
            <Button className={buttonClassName} size={large ? 'large' : 'small'} appearance="subtle" aria-label={comment.remove.label} onClick={comment.remove.run}>
              {t('removeComment')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
