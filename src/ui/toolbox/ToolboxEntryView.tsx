// One toolbox entry: its title as the open action (an https link, or a file in the coordination site's library
// opened through its webUrl), its description, and a course's dates, place, provider and registration. Links come
// from data someone typed, so they pass safeHref again here: a hand-edited model cannot make a javascript: link.
import type { JSX } from 'react';
import { Link, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { FeedbackTarget } from '../../domain/feedback';
import { FeedbackButton } from '../feedback';
import { safeHref } from '../../model/safeLink';
import type { Language, ToolboxEntry } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { languageTag } from '../../i18n/language';
import { commonStrings } from '../base/strings';
import { visuallyHidden } from '../base/visuallyHidden';
import { libraryFileHref } from '../base/libraryFileHref';
import { toolboxStrings } from './strings';

export interface ToolboxEntryViewProps {
  entry: ToolboxEntry;
  language: Language;
  /** ISO date: course days before it are shown as held. */
  today: string;
  onGiveFeedback?(target: FeedbackTarget): void;
}

const useStyles = makeStyles({
  entry: { ...typographyStyles.body1, overflowWrap: 'anywhere', minWidth: 0 },
  description: { ...typographyStyles.caption1, display: 'block', color: tokens.colorNeutralForeground2 },
  details: { ...typographyStyles.caption1, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  icon: { verticalAlign: 'middle', marginLeft: tokens.spacingHorizontalXXS },
  hidden: visuallyHidden,
});

function formatDay(iso: string, language: Language): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nn' ? ['nn-NO', 'nb-NO'] : [languageTag(language)], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function ToolboxEntryView({ entry, language, today, onGiveFeedback }: ToolboxEntryViewProps): JSX.Element {
  const styles = useStyles();
  const t = translator(toolboxStrings, language);
  const tp = translator(commonStrings, language);
  const href = entry.file ? libraryFileHref(entry.file) : safeHref(entry.url);
  const label = entry.label[language];
  const course = entry.course;
  const registration = safeHref(course?.registrationUrl);
  return (
    <li className={styles.entry}>
      {href ? (
        <Link href={href} target="_blank" rel="noopener noreferrer">
          {label}{' '}
          {entry.file && <span className={styles.hidden}>{t('fileHint')}</span>}
          {entry.file && ' '}
          <span className={styles.hidden}>{tp('opensInNewWindow')}</span>
          <OpenRegular className={styles.icon} aria-hidden="true" />
        </Link>
      ) : (
        label
      )}
      {onGiveFeedback && (
        <FeedbackButton itemLabel={label} language={language} onClick={() => onGiveFeedback({ kind: 'toolboxEntry', key: entry.key })} />
      )}
      {entry.description && <span className={styles.description}>{entry.description[language]}</span>}
      {/* The built-in model names its templates; the file itself is the coordination site's (local mode seeds them). */}
      {entry.kind === 'template' && !href && <span className={styles.description}>{t('templateNotUploaded')}</span>}
      {course && (
        <ul className={styles.details}>
          <li>
            {course.dates.length === 0
              ? t('courseNoDates')
              : t('courseDates', { dates: course.dates.map((day) => `${formatDay(day, language)}${day < today ? ` (${t('coursePast')})` : ''}`).join(', ') })}
          </li>
          <li>{course.digital ? t('courseDigital') : t('coursePlace', { place: course.place ?? '' })}</li>
          <li>{t('courseProvider', { provider: course.provider })}</li>
          {registration && (
            <li>
              <Link href={registration} target="_blank" rel="noopener noreferrer">
                {t('courseRegister')} <span className={styles.hidden}>{`${label} ${tp('opensInNewWindow')}`}</span>
              </Link>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
