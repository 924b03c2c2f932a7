// The "Deltakere" drawer: who is in the project's registry, with organisation and side, and — for the project lead —
// a way to correct someone's entry. Loaded on demand (onDemand.ts): only its button is in the first paint.
import { useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Participant } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import { SIDES } from '../../model/types';
import { sideTitle } from '../base/sideNames';
import { ParticipantInlineForm } from './ParticipantForm';
import type { ParticipantsPanelProps } from './ParticipantsPanel.types';
import type { Affiliation } from './registry';
import { participantRow, registryEntry } from './registry';
import { participantStrings } from './strings';

export interface ParticipantsDrawerProps extends ParticipantsPanelProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere', minWidth: 0 },
  name: { ...typographyStyles.body1Strong },
  detail: { ...typographyStyles.body1 },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  intro: { ...typographyStyles.body1, marginTop: 0 },
  entry: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

/** Kommune first, then sykehus; by name within each side. */
function inOrder(participants: readonly Participant[]): Participant[] {
  return participants
    .filter((participant) => participant.projectKey !== '')
    .sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side) || a.person.name.localeCompare(b.person.name, 'nb'));
}

export function ParticipantsDrawer(props: ParticipantsDrawerProps): JSX.Element {
  const styles = useStyles();
  const t = translator(participantStrings, props.language);
  const isLead = props.mayWrite && registryEntry(props.participants, props.person.id) !== undefined;
  const rows = inOrder(props.participants);

  return (
    <OverlayDrawer open={props.open} position="end" size={props.size ?? 'medium'} onOpenChange={(_event, data) => props.onOpenChange(data.open)}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label={t('panelClose')} icon={<DismissRegular />} onClick={() => props.onOpenChange(false)} />}
        >
          {t('panelTitle')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {props.mayWrite && <p className={styles.intro}>{isLead ? t('panelLeadNote') : t('panelReadOnlyNote')}</p>}
        {rows.length === 0 ? (
          <p>{t('panelEmpty')}</p>
        ) : (
          <ul className={styles.list} aria-label={t('panelTitle')}>
            {rows.map((participant) => (
              <ParticipantEntry key={participant.person.id} {...props} participant={participant} mayCorrect={isLead} />
            ))}
          </ul>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function ParticipantEntry(props: ParticipantsPanelProps & { participant: Participant; mayCorrect: boolean }): JSX.Element {
  const styles = useStyles();
  const t = translator(participantStrings, props.language);
  const { participant } = props;
  const [correcting, setCorrecting] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const wasCorrecting = useRef(false);

  // Into the form when it opens, back to "Endre" when it closes.
  useEffect(() => {
    if (correcting) field.current?.focus();
    else if (wasCorrecting.current) button.current?.focus();
    wasCorrecting.current = correcting;
  }, [correcting]);

  const save = (choice: Required<Affiliation>) => {
    // Correcting oneself is confirming; correcting someone else asks them to confirm again.
    const own = participant.person.id === props.person.id;
    const confirmedAt = own ? (props.now ?? (() => new Date()))().toISOString() : undefined;
    return props.onSave(participantRow(participant.projectKey, participant.person, choice, confirmedAt));
  };

  return (
    <li className={styles.entry}>
      <div className={styles.row}>
        <div className={styles.who}>
          <span className={styles.name}>
            {participant.person.name}
            {participant.person.id === props.person.id ? ` ${t('you')}` : ''}
          </span>
          <span className={styles.detail}>
            {participant.organisation} · {sideTitle(participant.side, props.language)}
          </span>
          {participant.confirmedAt === undefined && <span className={styles.note}>{t('notConfirmed')}</span>}
        </div>
        {props.mayCorrect && (
          <Button
            ref={button}
            aria-label={t('correctLabel', { name: participant.person.name })}
            aria-expanded={correcting}
            disabled={correcting}
            onClick={() => setCorrecting(true)}
          >
            {t('correct')}
          </Button>
        )}
      </div>
      {correcting && (
        <ParticipantInlineForm
          title={t('formTitleOther', { name: participant.person.name })}
          inputRef={field}
          initial={{ organisation: participant.organisation, side: participant.side }}
          language={props.language}
          onSave={save}
          onClose={() => setCorrecting(false)}
        />
      )}
    </li>
  );
}
