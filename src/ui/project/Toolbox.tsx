// The phase's verktøykasse: methods, tools, templates, courses and resources, in the decision's order.
import type { JSX } from 'react';
import { Link, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { TOOL_KINDS } from '../../model/types';
import type { Language, ToolKind, ToolboxEntry } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';
import type { ProjectMessageKey } from './strings';
import { visuallyHidden } from './visuallyHidden';

export interface ToolboxProps {
  entries: ToolboxEntry[];
  language: Language;
  headingLevel?: 2 | 3;
}

const KIND_LABEL: Record<ToolKind, ProjectMessageKey> = {
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
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  entry: { ...typographyStyles.body1, overflowWrap: 'anywhere', minWidth: 0 },
  description: { ...typographyStyles.caption1, display: 'block', color: tokens.colorNeutralForeground2 },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  icon: { verticalAlign: 'middle', marginLeft: tokens.spacingHorizontalXXS },
  hidden: visuallyHidden,
});

export function Toolbox(props: ToolboxProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const KindHeading = props.headingLevel === 2 ? 'h3' : 'h4';
  const groups = TOOL_KINDS.map((kind) => ({ kind, entries: props.entries.filter((entry) => entry.kind === kind) })).filter(
    (group) => group.entries.length > 0 || SHOWN_WHEN_EMPTY.has(group.kind),
  );
  return (
    <section className={styles.root}>
      <Heading className={styles.heading}>{t('toolboxHeading')}</Heading>
      {props.entries.length === 0 && <p className={styles.empty}>{t('toolboxEmpty')}</p>}
      {groups.map((group) => (
        <div key={group.kind}>
          <KindHeading className={styles.kindHeading}>{t(KIND_LABEL[group.kind])}</KindHeading>
          {group.entries.length === 0 ? (
            <p className={styles.empty}>{t('noTemplates')}</p>
          ) : (
            <ul className={styles.list}>
              {group.entries.map((entry) => (
                <li key={entry.key} className={styles.entry}>
                  {entry.url ? (
                    <Link href={entry.url} target="_blank" rel="noopener noreferrer">
                      {entry.label[props.language]}{' '}
                      <span className={styles.hidden}>{t('opensInNewWindow')}</span>
                      <OpenRegular className={styles.icon} aria-hidden="true" />
                    </Link>
                  ) : (
                    entry.label[props.language]
                  )}
                  {entry.description && <span className={styles.description}>{entry.description[props.language]}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
