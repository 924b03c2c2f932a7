import { useEffect } from 'react';
import { Button } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';
import { MessageView } from '../base/StatusViews';

/** Sign-in failed: tell the host (Teams ends its loading screen with a failure) and the user what to do. */
export function SignInFailedView({ onRetry }: { onRetry: () => void }) {
  const { host, language } = useShell();
  const t = translator(appStrings, language);
  useEffect(() => host.notifyFailure('authFailed'), [host]);
  return (
    <MessageView title={t('signInFailedTitle')} tone="error" actions={<Button appearance="primary" onClick={onRetry}>{t('signInRetry')}</Button>}>
      {t('signInFailedBody')}
    </MessageView>
  );
}
