// The settings beside the waiting strip, for people who may write: my own Teams notices and the project's waiting
// limit. Loaded after the first paint (Fluent's Switch and SpinButton); the count and the link come first.
import { Field, SpinButton, Switch, makeStyles } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import type { Language } from '../../model/types';
import { WAITING_LIMIT_DAYS } from '../../domain/textRules';
import type { ProjectSession } from '../../store/ChecklistStore';
import type { Person } from '../../domain/types';
import { waitingStrings } from './strings';

const useStyles = makeStyles({
  limit: { maxWidth: '22rem' },
});

export interface WaitingSettingsProps {
  session: ProjectSession;
  person: Person;
  /** My notices are on (I am not in the project's notificationsOff). */
  noticesOn: boolean;
  days: number;
  language: Language;
}

export function WaitingSettings({ session, person, noticesOn, days, language }: WaitingSettingsProps) {
  const t = translator(waitingStrings, language);
  return (
    <>
      <Switch
        checked={noticesOn}
        label={t('noticesSwitch')}
        onChange={(_event, data) => session.dispatch({ kind: 'setNotifications', personId: person.id, enabled: data.checked })}
      />
      <WaitingLimit session={session} days={days} language={language} />
    </>
  );
}

/** The project's waiting limit: a whole number of days in the allowed range, saved (an updateProject intent) when it changes. */
function WaitingLimit({ session, days, language }: { session: ProjectSession; days: number; language: Language }) {
  const t = translator(waitingStrings, language);
  const styles = useStyles();
  return (
    <Field className={styles.limit} label={t('limitLabel')} hint={t('limitHint', { ...WAITING_LIMIT_DAYS })} size="small">
      <SpinButton
        size="small"
        min={WAITING_LIMIT_DAYS.min}
        max={WAITING_LIMIT_DAYS.max}
        value={days}
        onChange={(_event, data) => {
          // The arrows give a value; a typed one comes as text when committed (Enter, leaving the field).
          const next = data.value ?? (data.displayValue !== undefined ? Number(data.displayValue.trim()) : undefined);
          if (next === undefined || next === null || !Number.isInteger(next) || next < WAITING_LIMIT_DAYS.min || next > WAITING_LIMIT_DAYS.max || next === days) return;
          session.dispatch({ kind: 'updateProject', changes: { waitingLimitDays: next } });
        }}
      />
    </Field>
  );
}
