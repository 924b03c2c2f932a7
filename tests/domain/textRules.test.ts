import { describe, expect, it } from 'vitest';
import { checkFreeText, checkIntent, TEXT_LIMITS } from '../../src/domain/textRules';
import { isNationalIdNumber } from '../../src/domain/nationalId';
import { model } from '../../testkit/domainFixtures';

// A fødselsnummer found by search with the library's own predicate is fine here: nationalId.test.ts proves the
// predicate against an independent generator.
const FNR = (() => {
  for (let n = 0; n < 1000; n += 1) {
    const candidate = `010190${String(n).padStart(3, '0')}`;
    for (let k = 0; k < 100; k += 1) {
      const number = `${candidate}${String(k).padStart(2, '0')}`;
      if (isNationalIdNumber(number)) return number;
    }
  }
  throw new Error('none');
})();

describe('checkFreeText', () => {
  it('accepts ordinary text, with line breaks in comments and reasons', () => {
    expect(checkFreeText('Møtet 12.03 avklarte ansvar.\nNeste steg: pilot.', 'comment')).toBeUndefined();
    expect(checkFreeText('Begrunnelse\r\n\tmed innrykk', 'reason')).toBeUndefined();
    expect(checkFreeText('Sykehuset Innlandet HF', 'organisation')).toBeUndefined();
  });

  it('treats blank text as a problem only when it is required', () => {
    expect(checkFreeText('   ', 'comment')).toBeUndefined();
    expect(checkFreeText('', 'reason', { required: true })).toEqual({ kind: 'blank' });
    expect(checkFreeText(' \n ', 'title', { required: true })).toEqual({ kind: 'blank' });
  });

  it('refuses a national identity number, also written with a space', () => {
    expect(checkFreeText(`Gjelder ${FNR}`, 'comment')).toEqual({ kind: 'nationalId' });
    expect(checkFreeText(`Gjelder ${FNR.slice(0, 6)} ${FNR.slice(6)}`, 'reason')).toEqual({ kind: 'nationalId' });
    expect(checkFreeText(FNR, 'title')).toEqual({ kind: 'nationalId' });
  });

  it('refuses text longer than the field allows, at exactly one past the limit', () => {
    for (const field of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
      const max = TEXT_LIMITS[field];
      expect(checkFreeText('a'.repeat(max), field), field).toBeUndefined();
      expect(checkFreeText('a'.repeat(max + 1), field), field).toEqual({ kind: 'tooLong', max });
    }
  });

  it('refuses control characters, and line breaks in single-line fields', () => {
    expect(checkFreeText('a\u0000b', 'comment')).toEqual({ kind: 'controlCharacters' });
    expect(checkFreeText('a\u001bb', 'reason')).toEqual({ kind: 'controlCharacters' });
    expect(checkFreeText('a\u0085b', 'comment')).toEqual({ kind: 'controlCharacters' });
    expect(checkFreeText('Tittel\nmed linjeskift', 'title')).toEqual({ kind: 'controlCharacters' });
    expect(checkFreeText('Navn\tkommune', 'organisation')).toEqual({ kind: 'controlCharacters' });
  });

  it('reports a national identity number before the length', () => {
    expect(checkFreeText(`${FNR} ${'x'.repeat(2000)}`, 'comment')).toEqual({ kind: 'nationalId' });
  });
});

describe('checkIntent', () => {
  it('accepts good intents', () => {
    expect(checkIntent(model, { kind: 'setStatus', itemKey: 'definere.avgrensning', status: 'done' })).toBeUndefined();
    expect(checkIntent(model, { kind: 'confirm', itemKey: 'definere.gevinstkart', side: 'sykehus' })).toBeUndefined();
    expect(checkIntent(model, { kind: 'setComment', itemKey: 'definere.gevinstkart', comment: '' })).toBeUndefined();
    expect(checkIntent(model, { kind: 'changePhase', to: 'levere' })).toBeUndefined();
    expect(checkIntent(model, { kind: 'updateProject', changes: { title: 'Nytt navn', hospitalUnit: '', municipalities: ['Hamar kommune'] } })).toBeUndefined();
  });

  it('refuses unknown item and phase keys', () => {
    expect(checkIntent(model, { kind: 'setStatus', itemKey: 'definere.ukjent', status: 'done' })).toEqual({ kind: 'unknownItem' });
    expect(checkIntent(model, { kind: 'unconfirm', itemKey: 'definere', side: 'kommune' })).toEqual({ kind: 'unknownItem' });
    expect(checkIntent(model, { kind: 'setComment', itemKey: 'x', comment: 'hei' })).toEqual({ kind: 'unknownItem' });
    expect(checkIntent(model, { kind: 'changePhase', to: 'Utforske' })).toEqual({ kind: 'unknownPhase' });
  });

  it('requires a reason for not relevant, and checks it as text', () => {
    expect(checkIntent(model, { kind: 'setStatus', itemKey: 'definere.avgrensning', status: 'notRelevant' })).toEqual({ kind: 'reasonRequired' });
    expect(checkIntent(model, { kind: 'setStatus', itemKey: 'definere.avgrensning', status: 'notRelevant', reason: ' ' })).toEqual({ kind: 'reasonRequired' });
    expect(checkIntent(model, { kind: 'setStatus', itemKey: 'definere.avgrensning', status: 'notRelevant', reason: `pasient ${FNR}` })).toEqual({ kind: 'nationalId' });
    expect(checkIntent(model, { kind: 'setStatus', itemKey: 'definere.avgrensning', status: 'notRelevant', reason: 'Avklart i mandatet' })).toBeUndefined();
  });

  it('checks comments, phase-change reasons and project texts', () => {
    expect(checkIntent(model, { kind: 'setComment', itemKey: 'definere.avgrensning', comment: 'x'.repeat(1001) })).toEqual({ kind: 'tooLong', max: 1000 });
    expect(checkIntent(model, { kind: 'changePhase', to: 'levere', reason: FNR })).toEqual({ kind: 'nationalId' });
    expect(checkIntent(model, { kind: 'updateProject', changes: { title: '' } })).toEqual({ kind: 'blank' });
    expect(checkIntent(model, { kind: 'updateProject', changes: { municipalities: ['Hamar kommune', ' '] } })).toEqual({ kind: 'blank' });
    expect(checkIntent(model, { kind: 'updateProject', changes: { hospitalUnit: 'x'.repeat(256) } })).toEqual({ kind: 'tooLong', max: 255 });
    expect(checkIntent(model, { kind: 'updateProject', changes: { municipalities: ['Øyer; Gausdal'] } })).toEqual({ kind: 'listSeparator' });
  });

  it('takes a waiting limit of whole days from 1 to 365', () => {
    for (const days of [1, 14, 365]) expect(checkIntent(model, { kind: 'updateProject', changes: { waitingLimitDays: days } })).toBeUndefined();
    for (const days of [0, 366, 2.5, Number.NaN]) expect(checkIntent(model, { kind: 'updateProject', changes: { waitingLimitDays: days } })).toEqual({ kind: 'waitingLimit', min: 1, max: 365 });
  });
});
