// checkFreeText's verdict → the message shown next to the field.
import type { Language } from '../../model/types';
import type { TextProblem } from '../../domain/textRules';
import { translator } from '../../i18n/defineMessages';
import { commonStrings } from './strings';

export function textProblemMessage(problem: TextProblem, language: Language): string {
  const t = translator(commonStrings, language);
  switch (problem.kind) {
    case 'nationalId':
      return t('textNationalId');
    case 'tooLong':
      return t('textTooLong', { max: problem.max });
    case 'blank':
      return t('textBlank');
    case 'controlCharacters':
      return t('textControlCharacters');
    case 'listSeparator':
      return t('textListSeparator');
  }
}
