// Who did what, for which side, when and why: the project's or one item's Events, newest first.
import { useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { SIDES } from '../../model/types';
import type { Language, PhaseModel } from '../../model/types';
import type { ProjectEvent, ProjectState } from '../../domain/types';
import { findItem } from '../../model/lookup';
import { translator } from '../../i18n/defineMessages';
import { FocusReturn } from '../base/FocusReturn';
import { formatDateTime } from '../base/formatDate';
import { projectStrings } from './strings';
import { sideTitle } from '../base/sideNames';
import { describeEvent } from '../base/history/describeEvent';
import { historyEntries } from './history/historyEntries';
import { historyStrings } from '../base/history/strings';
import { EmptyState } from './EmptyState';

export interface HistoryDrawerProps {
  open: boolean;
  /** One item's history; the whole project's when undefined. */
  itemKey?: string;
  model: PhaseModel;
  language: Language;
  loadHistory(itemKey?: string): Promise<ProjectEvent[]>;
  /**
   * The project as SharePoint last confirmed it. While the drawer is open a new value (someone's tick landed, one's
   * own included) reads the history again, keeping the entries on screen until the new ones arrive.
   */
  confirmed?: ProjectState | undefined;
  onClose(): void;
  /** Full width in the side panel. */
  size?: 'medium' | 'full';
}

type Loaded = { status: 'loading' } | { status: 'ready'; events: ProjectEvent[] } | { status: 'error' };

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  event: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere', minWidth: 0 },
  who: { ...typographyStyles.body1Strong },
  what: { ...typographyStyles.body1 },
  when: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  reason: { ...typographyStyles.caption1, fontStyle: 'italic' },
});

export function HistoryDrawer(props: HistoryDrawerProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  const h = translator(historyStrings, props.language);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const { open, itemKey, confirmed } = props;
  // The host may pass a new loadHistory on every render (each poll): read the latest without refetching.
  const loadHistory = useRef(props.loadHistory);
  useEffect(() => {
    loadHistory.current = props.loadHistory;
  });

  // What was read for this drawer (open, item): a later read for the same one keeps its entries instead of a spinner.
  const shownFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!open) {
      shownFor.current = undefined;
      return;
    }
    let current = true;
    const target = itemKey ?? '';
    if (shownFor.current !== target) setLoaded({ status: 'loading' });
    shownFor.current = target;
    loadHistory.current(itemKey).then(
      (events) => current && setLoaded({ status: 'ready', events: historyEntries(events) }),
      () => current && setLoaded({ status: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [open, itemKey, confirmed]);

  const itemLabel = itemKey ? (findItem(props.model, itemKey)?.label[props.language] ?? itemKey) : undefined;
  const title = itemLabel ? t('historyOf', { item: itemLabel }) : t('projectHistory');

  return (
    <>
      {open && <FocusReturn />}
      <OverlayDrawer open={open} position="end" size={props.size ?? 'medium'} onOpenChange={(_event, data) => (data.open ? undefined : props.onClose())}>
        <DrawerHeader>
          <DrawerHeaderTitle
            heading={{ as: 'h2' }}
            action={<Button appearance="subtle" aria-label={t('close')} icon={<DismissRegular />} onClick={props.onClose} />}
          >
            {title}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody>
          <div aria-live="polite">
            {loaded.status === 'loading' && <Spinner size="small" label={t('historyLoading')} />}
            {loaded.status === 'error' && <EmptyState title={t('historyFailed')} />}
            {loaded.status === 'ready' && loaded.events.length === 0 && <EmptyState title={t('historyEmpty')} />}
          </div>
          {loaded.status === 'ready' && loaded.events.length > 0 && (
            <ol className={styles.list}>
              {loaded.events.map((event, index) => (
                <li key={`${event.intentId}-${index}`} className={styles.event}>
                  <span>
                    <span className={styles.who}>
                      {event.actor.name}
                      {event.side && SIDES.includes(event.side) ? ` ${h('eventSide', { side: sideTitle(event.side, props.language) })}` : ''}
                    </span>{' '}
                    <span className={styles.what}>{describeEvent(props.model, event, props.language, { itemInTitle: itemKey !== undefined })}</span>
                  </span>
                  <time className={styles.when} dateTime={event.at}>
                    {formatDateTime(event.at, props.language)}
                  </time>
                  {event.reason && <span className={styles.reason}>{h('eventReason', { reason: event.reason })}</span>}
                </li>
              ))}
            </ol>
          )}
        </DrawerBody>
      </OverlayDrawer>
    </>
  );
}
