// What each requirement of a phase means and how a project meets it, with the toolbox entries that help: shown
// beside the checklist, so a tick is never a guess. Requirements with neither guidance nor helpers are left out.
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { activeChecklist, entriesHelping } from '../../model/lookup';
import type { Language, PhaseDef, PhaseModel } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { isoToday } from './courses';
import { Highlighted } from './SearchHighlight';
import { toolboxStrings } from './strings';
import { ToolboxEntryView } from './ToolboxEntryView';

export interface RequirementGuidanceProps {
  phase: PhaseDef;
  /** The whole model, so an entry of another phase can help; the phase alone when absent. */
  model?: PhaseModel;
  language: Language;
  headingLevel?: 2 | 3;
  today?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxWidth: '72ch' },
  itemHeading: { ...typographyStyles.body1Strong, margin: 0 },
  guidance: { ...typographyStyles.body1, margin: 0 },
  helpedBy: { ...typographyStyles.caption1Strong, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function RequirementGuidance(props: RequirementGuidanceProps): JSX.Element | null {
  const styles = useStyles();
  const t = translator(toolboxStrings, props.language);
  const model: PhaseModel = props.model ?? ({ phases: [props.phase] } as PhaseModel);
  const today = props.today ?? isoToday();
  const items = activeChecklist(props.phase)
    .map((item) => ({ item, helpers: entriesHelping(model, item) }))
    .filter(({ item, helpers }) => item.guidance !== undefined || helpers.length > 0);
  if (items.length === 0) return null;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const ItemHeading = props.headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className={styles.root}>
      <Heading className={styles.heading}>{t('guidanceHeading')}</Heading>
      {items.map(({ item, helpers }) => (
        <div key={item.key} className={styles.item}>
          <ItemHeading className={styles.itemHeading}><Highlighted text={item.label[props.language]} /></ItemHeading>
          {item.guidance && <p className={styles.guidance}><Highlighted text={item.guidance[props.language]} /></p>}
          {helpers.length > 0 && (
            <>
              <p className={styles.helpedBy}>{t('helpedBy')}</p>
              <ul className={styles.list}>
                {helpers.map((entry) => (
                  <ToolboxEntryView key={entry.key} entry={entry} language={props.language} today={today} />
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
