// What is wrong with a Portfolio row, in the reader's language: each anomaly the reader found (a code with its column
// and value, never its English detail) as a sentence naming the SharePoint column as a coordinator sees it there, and
// what to do about it.
import type { Language } from '../../model/types';
import type { Anomaly } from '../../domain/types';
import type { PortfolioRow } from '../../domain/portfolio/types';
import { translator } from '../../i18n/defineMessages';
import { LIST_SCHEMA, columnOf } from '../../store/sharepoint/schema';
import { overviewStrings } from './strings';

/** The column's display name in the Portfolio list (what SharePoint shows), else its internal name. */
const columnName = (column: string | undefined): string => (column ? (columnOf('portfolio', column)?.displayName ?? column) : '');

export function rowProblemText(anomaly: Anomaly, row: PortfolioRow, language: Language): string {
  const t = translator(overviewStrings, language);
  const value = anomaly.value ?? anomaly.itemKey ?? '';
  const version = row.modelMissing ?? row.model.version;
  switch (anomaly.kind) {
    case 'unknownItem':
      return t('problemUnknownItem', { value, version });
    case 'unknownPhase':
      return t('problemUnknownPhase', { value, version, column: columnName(anomaly.column) });
    default:
      return t('problemInvalidValue', { value, column: columnName(anomaly.column) });
  }
}

/** What a coordinator can do about a row that cannot be read. */
export function rowProblemAdvice(language: Language): string {
  return translator(overviewStrings, language)('problemWhatToDo', { list: LIST_SCHEMA.portfolio.displayName });
}
