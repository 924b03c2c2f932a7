// The leave question's dialog (Fluent's Dialog): loaded when a page first asks, not with the first paint. Its
// lifecycle is LeavePrompt's (see there for why it is mounted only while a question is asked or closing).
import type { JSX } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { LeaveQuestion } from '../base/leaveGuard';

export interface LeaveDialogProps {
  open: boolean;
  question: LeaveQuestion | undefined;
  onStay(): void;
  onLeave(): void;
  /** The closing motion has ended. */
  onClosed(): void;
}

export function LeaveDialog({ open, question, onStay, onLeave, onClosed }: LeaveDialogProps): JSX.Element {
  return (
    <Dialog
      open={open}
      inertTrapFocus
      onOpenChange={(_, data) => !data.open && onStay()}
      surfaceMotion={{
        onMotionFinish: (_, data) => {
          if (data.direction === 'exit') onClosed();
        },
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{question?.title}</DialogTitle>
          <DialogContent>{question?.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onStay}>{question?.stay}</Button>
            <Button onClick={onLeave}>{question?.leave}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
