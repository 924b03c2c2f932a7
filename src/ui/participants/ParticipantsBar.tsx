// The strip above the project view: the first-use prompt (while it is needed) and the "Deltakere" button. Their
// dialog and drawer load on demand, fetched right after the first paint.
import { useEffect } from 'react';
import type { JSX } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Participant, Person } from '../../domain/types';
import type { Language } from '../../model/types';
import { preloadParticipantParts } from './onDemand';
import { ParticipantPrompt } from './ParticipantPrompt';
import { ParticipantsPanel } from './ParticipantsPanel';

export interface ParticipantsBarProps {
  person: Person;
  projectKey: string;
  participants: readonly Participant[];
  language: Language;
  /** False while a cached copy is shown: its registry may be stale, so nobody is asked yet. */
  askNow: boolean;
  /** The meeting side panel: narrow, so the panel opens full width. */
  compact: boolean;
  onSave(participant: Participant, replaced?: Participant): Promise<void>;
}

const useStyles = makeStyles({
  // The same inset and width as the project view below it.
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    maxWidth: '1200px',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  prompt: { flexGrow: 1, flexBasis: '280px', minWidth: 0 },
  panel: { marginInlineStart: 'auto' },
});

export function ParticipantsBar(props: ParticipantsBarProps): JSX.Element {
  const styles = useStyles();
  useEffect(preloadParticipantParts, []);
  return (
    <div className={styles.root}>
      <div className={styles.prompt}>
        {props.askNow && (
          <ParticipantPrompt person={props.person} projectKey={props.projectKey} participants={props.participants} language={props.language} onSave={props.onSave} />
        )}
      </div>
      <div className={styles.panel}>
        <ParticipantsPanel
          person={props.person}
          participants={props.participants}
          language={props.language}
          mayWrite
          onSave={props.onSave}
          size={props.compact ? 'full' : 'medium'}
        />
      </div>
    </div>
  );
}
