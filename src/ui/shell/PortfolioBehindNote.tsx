// The tick itself is saved; only the coordinators' copy (the Portfolio row in the coordination site) could not be
// written. Said quietly, so the project team knows the overview is behind and why, and nothing looks lost.
import { useSyncExternalStore } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import type { ChecklistStore } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { appStrings } from './appStrings';

export function PortfolioBehindNote({ store, language }: { store: Pick<ChecklistStore, 'portfolioStatus' | 'onPortfolioStatus'>; language: Language }) {
  const status = useSyncExternalStore(
    (listener) => store.onPortfolioStatus(listener),
    () => store.portfolioStatus(),
  );
  if (!status.behind) return null;
  const t = translator(appStrings, language);
  return (
    <MessageBar intent="info" role="status">
      <MessageBarBody>
        <MessageBarTitle>{t('portfolioBehindTitle')}</MessageBarTitle>
        {t('portfolioBehindBody')} {status.error ? storeErrorMessage(status.error.code, language) : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
