// A render error shows a calm page instead of a blank frame; the durable queue keeps the user's ticks.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import type { Language } from '../../model/types';
import { appStrings } from './appStrings';
import { MessageView } from '../base/StatusViews';

interface Props {
  language: Language;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Felles modell: render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = translator(appStrings, this.props.language);
    return (
      <MessageView title={t('errorTitle')} tone="error" actions={<Button appearance="primary" onClick={() => window.location.reload()}>{t('reload')}</Button>}>
        {t('crashBody')}
      </MessageView>
    );
  }
}
