import type { JSX } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import type { StoreErrorCode } from '../../store/ChecklistStore';
import { translator } from '../../i18n/defineMessages';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { projectStrings } from './strings';

export interface ErrorStateProps {
  code: StoreErrorCode;
  language: Language;
  onRetry?(): void;
}

export function ErrorState(props: ErrorStateProps): JSX.Element {
  const t = translator(projectStrings, props.language);
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle> {storeErrorMessage(props.code, props.language)}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{t('tryAgain')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
