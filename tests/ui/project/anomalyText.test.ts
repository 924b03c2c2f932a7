// A stored value the app cannot understand is told in the reader's language, from the anomaly's kind, column and value:
// never its English `detail` (for the log), never a placeholder left unfilled, the column as SharePoint names it.
import { describe, expect, it } from 'vitest';
import { anomalyText } from '../../../src/ui/project/anomalyText';
import type { Anomaly } from '../../../src/domain/types';
import { LANGUAGES } from '../../../src/model/types';

const DETAIL = 'ENGLISH DETAIL FOR THE LOG';
const every: Anomaly[] = [
  { kind: 'unknownStatus', itemKey: 'a', detail: DETAIL, column: 'Status', value: 'Ferdig?' },
  { kind: 'unknownItem', itemKey: 'gammelt-punkt', detail: DETAIL, value: 'gammelt-punkt' },
  { kind: 'unknownPhase', detail: DETAIL, column: 'CurrentPhase', value: 'fase-9' },
  { kind: 'duplicateRow', itemKey: 'b', detail: DETAIL, value: 'b' },
  { kind: 'missingColumn', detail: DETAIL, column: 'NotRelevantReason' },
  { kind: 'invalidValue', itemKey: 'c', detail: DETAIL, column: 'LifecycleStatus', value: 'kanskje' },
  { kind: 'invalidValue', itemKey: 'c', detail: DETAIL, column: 'CommentThread' },
  { kind: 'invalidValue', itemKey: 'c', detail: DETAIL, value: 'region' },
];

describe('anomalyText', () => {
  it('says every kind in every language, with its value, without the English detail or an unfilled placeholder', () => {
    for (const language of LANGUAGES) {
      const texts = every.map((anomaly) => anomalyText(anomaly, language));
      for (const [index, text] of texts.entries()) {
        expect(text, `${language} ${every[index]!.kind}`).not.toContain(DETAIL);
        expect(text).not.toMatch(/[{}]/);
        if (every[index]!.value) expect(text).toContain(every[index]!.value);
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('names a column as SharePoint shows it in the project lists', () => {
    expect(anomalyText(every[4]!, 'nb')).toBe('Kolonnen «Begrunnelse ikke relevant» mangler i listen.');
    expect(anomalyText(every[2]!, 'nb')).toContain('«Gjeldende fase»');
    expect(anomalyText(every[6]!, 'en')).toBe('The column “Kommentartråd (JSON)” is empty or holds a value the app cannot read.');
  });
});
