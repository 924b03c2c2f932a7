// "Deltakere": the button on the first screen, and the drawer it opens (who is in the project's registry, and — for
// the project lead — a way to correct someone's entry). There is no lead role in the data yet: anyone with a row of
// their own in the registry (and write access, which SharePoint checks when saving) counts as lead for now. The
// drawer is loaded on demand and preloaded right after the first paint (onDemand.ts).
import { Suspense, useState } from 'react';
import type { JSX } from 'react';
import { Button, useRestoreFocusTarget } from '@fluentui/react-components';
import { PeopleRegular } from '@fluentui/react-icons';
import { translator } from '../../i18n/defineMessages';
import { LazyParticipantsDrawer } from './onDemand';
import type { ParticipantsPanelProps } from './ParticipantsPanel.types';
import { participantStrings } from './strings';

export type { ParticipantsPanelProps } from './ParticipantsPanel.types';

export function ParticipantsPanel(props: ParticipantsPanelProps): JSX.Element {
  const t = translator(participantStrings, props.language);
  const restoreFocus = useRestoreFocusTarget();
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so closing plays the drawer's exit and focus goes back to the button.
  const [opened, setOpened] = useState(false);

  return (
    <>
      <Button
        {...restoreFocus}
        icon={<PeopleRegular />}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('panelButton')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <LazyParticipantsDrawer {...props} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
