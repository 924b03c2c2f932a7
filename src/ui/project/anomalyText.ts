// Something in a project's stored data the app could not understand, as a sentence in the reader's language: made
// from the anomaly's kind, column and value, never from its `detail` (English, for the log). The column is named as
// SharePoint shows it in the project's lists.
import type { Language } from '../../model/types';
import type { Anomaly } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import { columnOf } from '../../store/sharepoint/schema';
import { projectStrings } from './strings';

const columnName = (column: string | undefined): string =>
  column ? (columnOf('checklist', column)?.displayName ?? columnOf('projects', column)?.displayName ?? column) : '';

export function anomalyText(anomaly: Anomaly, language: Language): string {
  const t = translator(projectStrings, language);
  const value = anomaly.value ?? anomaly.itemKey ?? '';
  const column = columnName(anomaly.column);
  switch (anomaly.kind) {
    case 'unknownStatus':
      return t('anomalyUnknownStatus', { value, column });
    case 'unknownItem':
      return t('anomalyUnknownItem', { value });
    case 'unknownPhase':
      return t('anomalyUnknownPhase', { value, column });
    case 'duplicateRow':
      return t('anomalyDuplicateRow', { value });
    case 'missingColumn':
      return t('anomalyMissingColumn', { column });
    case 'invalidValue':
      if (!anomaly.column) return t('anomalyInvalidSide', { value });
      return anomaly.value ? t('anomalyInvalidValue', { value, column }) : t('anomalyInvalidColumn', { column });
  }
}
