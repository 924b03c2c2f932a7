// The phase's verktøykasse: methods, tools, templates, courses and resources, in the decision's order, each with its
// description and an open action; upcoming courses first, by date. Retired entries are no longer offered.
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { TOOL_KINDS } from '../../model/types';
import type { Language, ToolKind, ToolboxEntry } from '../../model/types';
import type { FeedbackTarget } from '../../domain/feedback';
import { translator } from '../../i18n/defineMessages';
import { coursesFirstByDate, isoToday } from './courses';
import { ToolboxEntryView } from './ToolboxEntryView';
import { toolboxStrings } from './strings';
import type { ToolboxMessageKey } from './strings';

export interface ToolboxProps {
  entries: ToolboxEntry[];
  language: Language;
  headingLevel?: 2 | 3;
  /** ISO date deciding which courses are upcoming; today when absent. */
  today?: string;
  /** Offers "Gi tilbakemelding" on each entry. */
  onGiveFeedback?(target: FeedbackTarget): void;
}

export const KIND_LABEL: Record<ToolKind, ToolboxMessageKey> = {
  method: 'kindMethod',
  tool: 'kindTool',
  template: 'kindTemplate',
  course: 'kindCourse',
  resource: 'kindResource',
};

// Templates are what coordinators add first, so an empty group says so rather than vanish.
const SHOWN_WHEN_EMPTY: ReadonlySet<ToolKind> = new Set(['template']);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  kindHeading: { ...typographyStyles.body1Strong, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

export function Toolbox(props: ToolboxProps): JSX.Element {
  const styles = useStyles();
  const t = translator(toolboxStrings, props.language);
  const today = props.today ?? isoToday();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const KindHeading = props.headingLevel === 2 ? 'h3' : 'h4';
  const offered = props.entries.filter((entry) => entry.retired !== true);
  const groups = TOOL_KINDS.map((kind) => {
    const ofKind = offered.filter((entry) => entry.kind === kind);
    return { kind, entries: kind === 'course' ? coursesFirstByDate(ofKind, today) : ofKind };
  }).filter((group) => group.entries.length > 0 || SHOWN_WHEN_EMPTY.has(group.kind));
  return (
    <section className={styles.root}>
      <Heading className={styles.heading}>{t('toolboxHeading')}</Heading>
      {offered.length === 0 && <p className={styles.empty}>{t('toolboxEmpty')}</p>}
      {groups.map((group) => (
        <div key={group.kind}>
          <KindHeading className={styles.kindHeading}>{t(KIND_LABEL[group.kind])}</KindHeading>
          {group.entries.length === 0 ? (
            <p className={styles.empty}>{t('noTemplates')}</p>
          ) : (
            <ul className={styles.list}>
              {group.entries.map((entry) => (
                <ToolboxEntryView key={entry.key} entry={entry} language={props.language} today={today} {...(props.onGiveFeedback ? { onGiveFeedback: props.onGiveFeedback } : {})} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
