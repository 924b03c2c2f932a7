// "Ikke relevant" always carries a reason (begrunnelse).
import type { JSX } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { FreeTextField } from '../../base/FreeTextField';
import type { ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

export function NotRelevantDialog({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  const { t, notRelevantDialog: dialog, props } = state;
  return (
    <Dialog open={dialog.open} onOpenChange={(_event, data) => (data.open ? undefined : dialog.cancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('notRelevantTitle')}</DialogTitle>
          <DialogContent className={classes.editor}>
            <p>{t('notRelevantIntro', { item: state.labelText })}</p>
            <FreeTextField
              label={t('reasonLabel')}
              value={dialog.reason}
              onChange={dialog.setReason}
              field="reason"
              language={props.language}
              hint={t('noPatientData')}
              required
              large={props.touch}
              {...(dialog.error ? { error: dialog.error } : {})}
            />
          </DialogContent>
          <DialogActions>
            <Button className={classes.target} appearance="primary" onClick={dialog.save}>
              {t('save')}
            </Button>
            <Button className={classes.target} onClick={dialog.cancel}>
              {t('cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
