// A toolbox entry's file: the coordinator picks a Word, PowerPoint, Excel or PDF file, it is checked (type, size,
// name) before anything is sent, uploaded to the coordination site's Maler library, and the entry points at it. A name
// already taken is the coordinator's choice: keep both (SharePoint renames) or replace.
import { useId, useState } from 'react';
import type { ChangeEvent, JSX } from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Language, LibraryFile } from '../../model/types';
import { libraryFileHref } from '../base/libraryFileHref';
import { translator } from '../../i18n/defineMessages';
import { StoreError } from '../../store/ChecklistStore';
import { checkTemplateFile, TEMPLATE_MAX_BYTES, TEMPLATE_TYPES, TemplateFileError } from '../../store/model/templateFiles';
import type { ConflictChoice, TemplateProblem, TemplateUploader } from '../../store/model/templateFiles';
import type { StoreErrorCode } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { editorStrings } from './strings';

export interface TemplateFileFieldProps {
  file: LibraryFile | undefined;
  uploader: TemplateUploader;
  language: Language;
  onUploaded(file: LibraryFile): void;
  onRemoved(): void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string }
  | { kind: 'uploaded'; name: string }
  | { kind: 'refused'; problem: TemplateProblem }
  | { kind: 'nameTaken'; file: File }
  | { kind: 'failed'; name: string; code: StoreErrorCode };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { ...typographyStyles.body1Strong },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const ACCEPT = Object.keys(TEMPLATE_TYPES).map((ext) => `.${ext}`).join(',');
const formatMegabytes = (bytes: number, language: Language): string => `${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;

export function TemplateFileField(props: TemplateFileFieldProps): JSX.Element {
  const styles = useStyles();
  const t = translator(editorStrings, props.language);
  const inputId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const upload = async (file: File, conflict: ConflictChoice) => {
    setStatus({ kind: 'uploading', name: file.name });
    try {
      const uploaded = await props.uploader.upload(file.name, file, conflict);
      props.onUploaded(uploaded);
      setStatus({ kind: 'uploaded', name: uploaded.name });
    } catch (error) {
      if (error instanceof TemplateFileError && error.problem.kind === 'nameTaken') setStatus({ kind: 'nameTaken', file });
      else if (error instanceof TemplateFileError) setStatus({ kind: 'refused', problem: error.problem });
      else setStatus({ kind: 'failed', name: file.name, code: error instanceof StoreError ? error.code : 'unknown' });
    }
  };

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be picked again after a refusal
    if (!file) return;
    const problem = checkTemplateFile(file);
    if (problem) setStatus({ kind: 'refused', problem });
    else void upload(file, 'fail');
  };

  const refusal = (problem: TemplateProblem): string => {
    switch (problem.kind) {
      case 'wrongType': return t('wrongType', { name: problem.name });
      case 'tooLarge': return problem.maxBytes === undefined ? t('tooLargeForSharePoint', { name: problem.name }) : t('tooLarge', { name: problem.name, limit: formatMegabytes(problem.maxBytes, props.language) });
      case 'badName': return t('badName', { name: problem.name });
      case 'nationalId': return t('nationalIdName', { name: problem.name });
      case 'nameTaken': return t('nameTaken', { name: problem.name });
    }
  };

  return (
    <div className={styles.root}>
      {props.file && (
        <div className={styles.row}>
          <span className={styles.label}>{t('templateFile')}:</span>
          {libraryFileHref(props.file) ? <Link href={libraryFileHref(props.file)} target="_blank" rel="noopener noreferrer">{props.file.name}</Link> : <span>{props.file.name}</span>}
          <Button size="small" onClick={props.onRemoved}>{t('removeFile')}</Button>
        </div>
      )}
      <label className={styles.label} htmlFor={inputId}>{t('uploadFile', { limit: formatMegabytes(TEMPLATE_MAX_BYTES, props.language) })}</label>
      <input id={inputId} type="file" accept={ACCEPT} disabled={status.kind === 'uploading'} onChange={picked} />
      <div aria-live="polite">
        {status.kind === 'uploading' && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('uploading', { name: status.name })}</MessageBarBody></MessageBar>}
        {status.kind === 'uploaded' && <MessageBar intent="success" layout="multiline"><MessageBarBody>{t('uploaded', { name: status.name })}</MessageBarBody></MessageBar>}
        {status.kind === 'refused' && <MessageBar intent="error" layout="multiline"><MessageBarBody>{refusal(status.problem)}</MessageBarBody></MessageBar>}
        {status.kind === 'failed' && <MessageBar intent="error" layout="multiline"><MessageBarBody>{status.code === 'accessDenied' ? t('uploadRefused', { name: status.name }) : t('uploadFailed', { name: status.name, reason: storeErrorMessage(status.code, props.language) })}</MessageBarBody></MessageBar>}
        {status.kind === 'nameTaken' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('nameTaken', { name: status.file.name })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void upload(status.file, 'rename')}>{t('keepBoth')}</Button>
              <Button onClick={() => void upload(status.file, 'replace')}>{t('replaceFile')}</Button>
              <Button onClick={() => setStatus({ kind: 'idle' })}>{t('cancel')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
