// "Gå gjennom" on the meeting stage: the current phase's open requirements one at a time, large enough to read from
// the back of a meeting room. Each requirement's behaviour is the checklist item's own (useChecklistItem), so a
// tick here is the same intent through the same session as a tick in the list; only the markup differs.
import { useEffect, useRef, useState } from 'react';
import type { JSX, KeyboardEvent } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRightRegular, DismissRegular } from '@fluentui/react-icons';
import type { PhaseDef } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { useChecklistSession } from '../project';
import { openRequirements } from './walkThrough';
import { meetingStrings } from './strings';
import { WalkThroughRequirement } from './WalkThroughRequirement';

/** The rest (state, pending, me, language, actions) is the project view's ChecklistSession. */
export interface WalkThroughProps {
  phase: PhaseDef;
  onClose(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  title: { ...typographyStyles.title3, margin: 0 },
  position: { ...typographyStyles.subtitle1, margin: 0, color: tokens.colorNeutralForeground2 },
  nav: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
  navButton: { minHeight: '56px', minWidth: '160px', ...typographyStyles.subtitle1 },
  hint: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  others: { ...typographyStyles.subtitle2, margin: 0, minHeight: '1.5em' },
  nothing: { ...typographyStyles.title3, margin: 0 },
});

const isTextEntry = (target: EventTarget) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function WalkThrough(props: WalkThroughProps): JSX.Element {
  const styles = useStyles();
  const session = useChecklistSession();
  const t = translator(meetingStrings, session.language);
  // The list is fixed when the walk starts: a requirement met on the way stays where it was, so Forrige finds it.
  const [keys] = useState(() => openRequirements(props.phase, session.state));
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const phaseName = props.phase.label[session.language];
  const def = props.phase.checklist.find((candidate) => candidate.key === keys[index]);

  // Each step puts the focus on the requirement's title, so a screen reader reads it and Tab reaches its controls.
  useEffect(() => heading.current?.focus(), [index]);

  const go = (step: number) => setIndex((current) => Math.min(Math.max(current + step, 0), Math.max(keys.length - 1, 0)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (isTextEntry(event.target)) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
    else return;
    event.preventDefault();
  };

  const othersChanged = session.recentlyChangedByOthers
    .filter((key) => key !== def?.key && keys.includes(key))
    .map((key) => {
      const changed = props.phase.checklist.find((candidate) => candidate.key === key);
      const name = session.state.items[key]?.updatedBy?.name ?? t('someone');
      return t('othersChanged', { name, item: changed?.label[session.language] ?? key });
    });

  return (
    <section className={styles.root} aria-labelledby="walk-through-title" onKeyDown={onKeyDown}>
      <div className={styles.header}>
        <h2 id="walk-through-title" className={styles.title}>
          {t('walkThroughTitle', { phase: phaseName })}
        </h2>
        <Button size="large" icon={<DismissRegular />} onClick={props.onClose}>
          {t('backToChecklist')}
        </Button>
      </div>
      {!def ? (
        <p className={styles.nothing} ref={heading} tabIndex={-1}>
          {t('nothingOpen', { phase: phaseName })}
        </p>
      ) : (
        <>
          <p className={styles.position}>{t('position', { number: index + 1, total: keys.length })}</p>
          <WalkThroughRequirement
            key={def.key}
            headingRef={heading}
            def={def}
            item={session.state.items[def.key]}
            phaseKey={props.phase.key}
            me={session.me}
            language={session.language}
            readOnly={session.readOnly}
            pending={session.pending.filter((entry) => 'itemKey' in entry.intent && entry.intent.itemKey === def.key)}
            changedByOthers={session.recentlyChangedByOthers.includes(def.key)}
            onDispatch={session.dispatch}
            onRetry={session.retry}
            onDiscard={session.discard}
            {...(session.openFeedback ? { onGiveFeedback: session.openFeedback } : {})}
          />
          <div className={styles.nav}>
            <Button className={styles.navButton} size="large" icon={<ArrowLeftRegular />} disabled={index === 0} onClick={() => go(-1)}>
              {t('previous')}
            </Button>
            <Button
              className={styles.navButton}
              size="large"
              appearance="primary"
              icon={<ArrowRightRegular />}
              iconPosition="after"
              disabled={index >= keys.length - 1}
              onClick={() => go(1)}
            >
              {t('next')}
            </Button>
            <p className={styles.hint}>{t('keyboardHint')}</p>
          </div>
        </>
      )}
      <p className={styles.others} aria-live="polite">
        {othersChanged.join(' · ')}
      </p>
    </section>
  );
}
