// Our lists are not in the site yet. The page speaks to whoever opened it: the lists by the names SharePoint shows,
// "Opprett listene" only for someone who may create lists, what to do for someone who may not, and the admin's
// command apart, under "For administrator". A refusal (rights we could not know in advance) hides the button.
import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import { StoreError } from '../../store/ChecklistStore';
import { LIST_SCHEMA } from '../../store/sharepoint/schema';
import type { ListKey } from '../../store/sharepoint/schema';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { accessStrings } from './access/strings';
import { useShell } from '../base/HostReactContext';
import { MessageView } from '../base/StatusViews';

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
  admin: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ListsMissingViewProps {
  siteUrl: string;
  /** List keys (`projects`, `events`, …) as the store reports them. */
  missing: string[];
  /** May the signed-in person create lists in this site (site owner)? */
  canManageLists: boolean;
  /** Creates the lists; resolves when done. */
  onProvision: () => Promise<void>;
}

/** "Felles modell – hendelser": the name a person finds in SharePoint, not our internal key. */
const listName = (key: string): string => (key in LIST_SCHEMA ? LIST_SCHEMA[key as ListKey].displayName : key);

export function ListsMissingView({ siteUrl, missing, canManageLists, onProvision }: ListsMissingViewProps) {
  const { language } = useShell();
  const t = translator(accessStrings, language);
  const styles = useStyles();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });
  const denied = state.kind === 'failed' && state.error instanceof StoreError && state.error.code === 'accessDenied';
  const mayProvision = canManageLists && !denied;
  const provision = () => {
    setState({ kind: 'working' });
    onProvision().then(
      () => setState({ kind: 'idle' }),
      (error: unknown) => setState({ kind: 'failed', error }),
    );
  };
  return (
    <MessageView title={t('listsMissingTitle')}>
      <Body1 as="p">{t('listsMissingBody', { site: siteUrl, lists: missing.map(listName).join(t('listSeparator')) })}</Body1>
      <Body1 as="p">{mayProvision ? t('listsMissingOwnerOffer') : t('listsMissingNotOwner')}</Body1>
      {mayProvision &&
        (state.kind === 'working' ? (
          <Spinner size="small" label={t('provisioning')} />
        ) : (
          <div>
            <Button appearance="primary" onClick={provision}>
              {t('provisionButton')}
            </Button>
          </div>
        ))}
      {state.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{denied ? t('provisionDenied') : storeErrorMessage(state.error instanceof StoreError ? state.error.code : 'unknown', language)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={styles.admin} aria-labelledby="lists-missing-admin">
        <Subtitle2 as="h2" id="lists-missing-admin">
          {t('forAdministratorTitle')}
        </Subtitle2>
        <Body1 as="p">{t('forAdministratorBody')}</Body1>
        <code className={styles.command}>{`npm run provision -- --site ${siteUrl}`}</code>
      </section>
    </MessageView>
  );
}
