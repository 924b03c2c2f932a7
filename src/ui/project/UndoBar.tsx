// "The last action can be undone" (Teams store rule): a message after each action, and an Angre button.
import type { JSX } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, ToolbarButton, makeStyles } from '@fluentui/react-components';
import { ArrowUndoRegular, DismissRegular } from '@fluentui/react-icons';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { projectStrings } from './strings';

const useStyles = makeStyles({
  touchTarget: { minHeight: '44px', minWidth: '44px' },
  live: { minWidth: 0, overflowWrap: 'anywhere' },
});

export interface UndoButtonProps {
  language: Language;
  canUndo: boolean;
  onUndo(): void;
  touch?: boolean;
}

/** The toolbar's Angre. */
export function UndoButton(props: UndoButtonProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  return (
    <ToolbarButton
      className={props.touch ? styles.touchTarget : undefined}
      icon={<ArrowUndoRegular />}
      disabled={!props.canUndo}
      title={t('undoLast')}
      onClick={props.onUndo}
    >
      {t('undo')}
    </ToolbarButton>
  );
}

export interface UndoBarProps extends UndoButtonProps {
  /** What was just done ("Avkrysset «…»"); nothing is shown without it. */
  lastAction?: string;
  onDismiss(): void;
}

/** The message after an action: "Avkrysset «…» · Angre". Lives in a polite live region. */
export function UndoBar(props: UndoBarProps): JSX.Element {
  const styles = useStyles();
  const t = translator(projectStrings, props.language);
  const target = props.touch ? styles.touchTarget : undefined;
  return (
    <div aria-live="polite" className={styles.live}>
      {props.lastAction && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{props.lastAction}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button className={target} appearance="transparent" aria-label={t('dismiss')} icon={<DismissRegular />} onClick={props.onDismiss} />}
          >
            {props.canUndo && (
              <Button className={target} icon={<ArrowUndoRegular />} onClick={props.onUndo}>
                {t('undo')}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
