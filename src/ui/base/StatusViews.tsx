// The shell's loading, empty and error states: each says what happened and what to do next.
import type { ReactNode } from 'react';
import { Body1, Button, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import { commonStrings } from './strings';
import { useShell } from './HostReactContext';
import { useHostReady } from './useHostReady';

const useStyles = makeStyles({
  centre: { display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '40vh', padding: tokens.spacingHorizontalL },
  panel: {
    maxWidth: '40rem',
    margin: `${tokens.spacingVerticalXXL} auto`,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function LoadingView({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.centre} role="status" aria-live="polite">
      <Spinner label={label} />
    </div>
  );
}

export interface MessageViewProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** Errors are announced at once; empty states are not. */
  tone?: 'info' | 'error';
}

export function MessageView({ title, children, actions, tone = 'info' }: MessageViewProps) {
  const styles = useStyles();
  useHostReady();
  return (
    <section className={styles.panel} role={tone === 'error' ? 'alert' : undefined} aria-labelledby="message-view-title">
      <Subtitle1 as="h1" id="message-view-title">
        {title}
      </Subtitle1>
      {typeof children === 'string' ? <Body1 as="p">{children}</Body1> : children}
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </section>
  );
}

export function ErrorView({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { language } = useShell();
  const t = translator(commonStrings, language);
  return (
    <MessageView title={t('errorTitle')} tone="error" actions={onRetry ? <Button appearance="primary" onClick={onRetry}>{t('tryAgain')}</Button> : undefined}>
      {message}
    </MessageView>
  );
}
