// Our lists are not in the site yet. Anyone may try to create them (only an owner will succeed: SharePoint
// decides, we cannot ask cheaply in advance); the admin instruction is always there, and stressed after a refusal.
import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import { StoreError } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../common/storeErrorMessage';
import { appStrings } from './appStrings';
import { useShell } from './HostReactContext';
import { MessageView } from './StatusViews';

const useStyles = makeStyles({
  command: {
    display: 'block',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
});

export interface ListsMissingViewProps {
  siteUrl: string;
  missing: string[];
  /** Creates the lists; resolves when done. */
  onProvision: () => Promise<void>;
}

export function ListsMissingView({ siteUrl, missing, onProvision }: ListsMissingViewProps) {
  const { language } = useShell();
  const t = translator(appStrings, language);
  const styles = useStyles();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });
  const denied = state.kind === 'failed' && state.error instanceof StoreError && state.error.code === 'accessDenied';
  const provision = () => {
    setState({ kind: 'working' });
    onProvision().then(
      () => setState({ kind: 'idle' }),
      (error: unknown) => setState({ kind: 'failed', error }),
    );
  };
  return (
    <MessageView title={t('listsMissingTitle')}>
      <Body1 as="p">{t('listsMissingBody', { site: siteUrl, lists: missing.join(', ') })}</Body1>
      {denied ? null : <Body1 as="p">{t('provisionOffer')}</Body1>}
      {state.kind === 'working' ? (
        <Spinner size="small" label={t('provisioning')} />
      ) : denied ? null : (
        <div>
          <Button appearance="primary" onClick={provision}>
            {t('provisionButton')}
          </Button>
        </div>
      )}
      {state.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{denied ? t('provisionDenied') : state.error instanceof StoreError ? storeErrorMessage(state.error.code, language) : t('errorTitle')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Subtitle2 as="h2">{t('adminInstructionTitle')}</Subtitle2>
      <Body1 as="p">{t('adminInstruction')}</Body1>
      <code className={styles.command}>{`npm run provision -- --site ${siteUrl}`}</code>
    </MessageView>
  );
}
