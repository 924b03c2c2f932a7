import { describe, expect, it } from 'vitest';
import { findNationalIdNumbers, isNationalIdNumber, locateNationalIdNumbers, NEW_CHECK_DIGITS_FROM } from '../../src/domain/nationalId';

// An independent generator: the published mod-11 rule, written out once more here. `remainder` 1–3 makes a number
// of the kind Skatteetaten issues from 2032 (the weighted sum with k1 may leave 0–3; k2 as before, from that k1).
function withCheckDigits(nine: string, remainder = 0): string | undefined {
  const d = [...nine].map(Number);
  const sum1 = 3 * d[0]! + 7 * d[1]! + 6 * d[2]! + 1 * d[3]! + 8 * d[4]! + 9 * d[5]! + 4 * d[6]! + 5 * d[7]! + 2 * d[8]!;
  let k1 = 11 + remainder - (sum1 % 11);
  if (k1 > 10) k1 -= 11;
  if (k1 === 10) return undefined;
  const sum2 = 5 * d[0]! + 4 * d[1]! + 3 * d[2]! + 2 * d[3]! + 7 * d[4]! + 6 * d[5]! + 5 * d[6]! + 4 * d[7]! + 3 * d[8]! + 2 * k1;
  let k2 = 11 - (sum2 % 11);
  if (k2 === 11) k2 = 0;
  if (k2 === 10) return undefined;
  return `${nine}${k1}${k2}`;
}

/** Valid numbers for a date (DDMMYY), trying individual numbers from `start` until `count` are found. */
function validNumbers(ddmmyy: string, count: number, start = 0, remainder = 0): string[] {
  const found: string[] = [];
  for (let individual = start; found.length < count && individual < 1000; individual += 1) {
    const number = withCheckDigits(`${ddmmyy}${String(individual).padStart(3, '0')}`, remainder);
    if (number) found.push(number);
  }
  return found;
}

/** Breaks the last check digit. */
function wrongCheckDigit(number: string): string {
  return `${number.slice(0, 10)}${(Number(number[10]) + 1) % 10}`;
}

const TODAY = Date.UTC(2026, 4, 1);
const IN_2032 = NEW_CHECK_DIGITS_FROM;
const today = { now: TODAY };

describe('isNationalIdNumber', () => {
  it('accepts fødselsnummer made by the independent generator, across dates', () => {
    const numbers = ['010190', '311299', '290200', '150875', '010101', '280254'].flatMap((date) => validNumbers(date, 5));
    expect(numbers.length).toBe(30);
    for (const number of numbers) expect(isNationalIdNumber(number, today), number).toBe(true);
  });

  it('accepts D-numbers (day + 40) and H-numbers (month + 40)', () => {
    for (const number of [...validNumbers('410190', 3), ...validNumbers('711299', 3), ...validNumbers('015290', 3)]) {
      expect(isNationalIdNumber(number, today), number).toBe(true);
    }
  });

  it('refuses a wrong first or second check digit', () => {
    for (const number of validNumbers('010190', 10)) {
      expect(isNationalIdNumber(wrongCheckDigit(number), today), number).toBe(false);
      const brokenFirst = `${number.slice(0, 9)}${(Number(number[9]) + 1) % 10}${number[10]}`;
      expect(isNationalIdNumber(brokenFirst, today), brokenFirst).toBe(false);
    }
  });

  it('refuses numbers whose check digits are right but whose date does not exist', () => {
    for (const date of ['320190', '000190', '011390', '310490', '300290', '720190', '015390']) {
      const numbers = validNumbers(date, 3);
      expect(numbers.length, date).toBe(3);
      for (const number of numbers) expect(isNationalIdNumber(number, today), number).toBe(false);
    }
  });

  it("applies Skatteetaten's 2032 rule for the first check digit from 1 January 2032, not before", () => {
    for (const remainder of [1, 2, 3]) {
      for (const number of validNumbers('150385', 3, 0, remainder)) {
        expect(isNationalIdNumber(number, { now: IN_2032 - 1 }), `${number} before`).toBe(false);
        expect(isNationalIdNumber(number, { now: IN_2032 }), `${number} from`).toBe(true);
        expect(isNationalIdNumber(wrongCheckDigit(number), { now: IN_2032 }), `${number} k2 still checked`).toBe(false);
      }
    }
    // Remainder 4 is no number in either rule.
    for (const number of validNumbers('150385', 3, 0, 4)) expect(isNationalIdNumber(number, { now: IN_2032 }), number).toBe(false);
    // Today's numbers stay valid after 2032.
    for (const number of validNumbers('150385', 3)) expect(isNationalIdNumber(number, { now: IN_2032 }), number).toBe(true);
  });

  it('refuses anything that is not 11 digits', () => {
    const valid = validNumbers('010190', 1)[0]!;
    expect(isNationalIdNumber(valid.slice(1), today)).toBe(false);
    expect(isNationalIdNumber(`${valid}0`, today)).toBe(false);
    expect(isNationalIdNumber(`${valid.slice(0, 6)} ${valid.slice(6)}`, today)).toBe(false);
    expect(isNationalIdNumber('', today)).toBe(false);
  });

  it('lets ordinary 11-digit numbers through: phone numbers with digits, account numbers, order numbers', () => {
    // +47 phone number followed by digits, a bank account number and a run of nines: none has a date and both check digits.
    for (const other of ['47912345678', '12345678903', '99999999999', '00000000000', '20250115123']) {
      expect(isNationalIdNumber(other, today), other).toBe(false);
    }
  });
});

// The forms people write, valid and invalid, spaced and not, in sentences and beside other digits. Every number the
// table expects to be found is checked against the independent generator first (below), so the table cannot quietly
// hold a number the detector happens to agree with.
const FNR = '15038512363'; // 15.03.1985, the example
const DNR = '55038510184'; // D-nummer: day 15 + 40
const HNR = '15438510092'; // H-nummer: month 03 + 40
const LEAP = '29020010027'; // 29.02.2000: a leap day exists
const NEW_2032 = '15038510018'; // first check digit by the 2032 rule (remainder 1)
const SYNTHETIC = withCheckDigits('158385101')!; // Test-Norge: month 03 + 80, both check digits right
const BAD_DATE = withCheckDigits('320385101')!; // day 32: check digits right, no such date

interface Form {
  form: string;
  text: string;
  /** The number found, or undefined when the text must pass. */
  found?: string;
  why: string;
  now?: number;
}

const FORMS: Form[] = [
  { form: 'eleven digits in a sentence', text: `Pasient ${FNR} ringte.`, found: FNR, why: 'the plain form' },
  { form: '6 + 5 with a space', text: 'fnr 150385 12363', found: FNR, why: 'birth date, then personnummer' },
  { form: '6 + 5 with a hyphen', text: 'fnr 150385-12363', found: FNR, why: 'as on many forms' },
  { form: '6 + 3 + 2 with spaces', text: 'fnr 150385 123 63', found: FNR, why: 'individual digits and check digits apart (the issue)' },
  { form: 'pairs and triples', text: 'Gjelder 15 03 85 123 63 i dag', found: FNR, why: 'read aloud in pairs (the issue)' },
  { form: 'date with dots, then a space', text: 'født 15.03.85 12363', found: FNR, why: 'the date as Norwegians write it' },
  { form: 'dots, a hyphen and dots', text: 'født 15.03.85-123.63', found: FNR, why: 'separators may be mixed' },
  { form: 'no-break space', text: 'fnr 150385\u00a012363', found: FNR, why: 'what word processors put in' },
  { form: 'thin spaces', text: '15\u200903\u200985\u2009123\u200963', found: FNR, why: 'typographic spacing' },
  { form: 'en dash with spaces', text: 'fnr 150385 \u2013 12363', found: FNR, why: 'a gap of three separators' },
  { form: 'underscores in a file name', text: 'Notat_150385_12363.docx', found: FNR, why: 'file names have no spaces' },
  { form: 'zero-width space and soft hyphen', text: '150385\u200b123\u00ad63', found: FNR, why: 'invisible characters do not hide it' },
  { form: 'every digit apart', text: '1 5 0 3 8 5 1 2 3 6 3', found: FNR, why: 'whole groups adding up to 11 digits' },
  { form: 'full-width digits', text: '\uff11\uff15\uff10\uff13\uff18\uff15\uff11\uff12\uff13\uff16\uff13', found: FNR, why: 'typed with an East Asian input method' },
  { form: 'right after a colon', text: `fnr:${FNR}`, found: FNR, why: 'letters and punctuation before it do not matter' },
  { form: 'a lone digit after it', text: `${FNR} 7`, found: FNR, why: 'a separate number after a space does not hide it' },
  { form: 'D-nummer, spaced', text: 'D-nr 550385 101 84', found: DNR, why: 'day + 40' },
  { form: 'H-nummer', text: `H-nr ${HNR}`, found: HNR, why: 'month + 40' },
  { form: 'a leap day', text: `${LEAP.slice(0, 6)} ${LEAP.slice(6)}`, found: LEAP, why: '29 February 2000 existed' },
  { form: 'a 2032-style number from 2032', text: `fnr ${NEW_2032}`, found: NEW_2032, now: IN_2032, why: 'Skatteetaten issues them from 1 January 2032' },
  { form: 'a 2032-style number before 2032', text: `fnr ${NEW_2032}`, why: 'none exists yet: it can only be another kind of number' },
  { form: 'wrong second check digit, spaced', text: '15 03 85 123 64', why: 'an order or case number must pass' },
  { form: 'wrong first check digit', text: 'sak 15038512373', why: 'likewise' },
  { form: 'twelve digits in a row', text: `ref 9${FNR}`, why: 'a longer number is another kind of number' },
  { form: 'twelve digits, the extra one last', text: `ref ${FNR}7`, why: 'groups are never split' },
  { form: 'a twelve-digit group beside it', text: `150385 ${FNR.slice(6)}1`, why: '6 + 6 digits: no whole groups make 11' },
  { form: 'a line break between the parts', text: '150385\n12363', why: 'a line break ends a number' },
  { form: 'a wide gap', text: '150385    12363', why: 'more than three separators is layout, not one number' },
  { form: 'a slash between the parts', text: '150385/12363', why: 'a slash separates alternatives' },
  { form: 'a bank account number', text: 'konto 1503.85.12363', why: 'groups of 4, 2 and 5 are how accounts are written' },
  { form: 'phone numbers', text: 'Tlf 61 27 00 00 eller 900 12 345, sentralbord 62 55 30 00', why: 'eight digits each, and words between' },
  { form: 'a meeting time', text: 'Møte 12.03.2025 kl. 10.00, 24 deltakere', why: 'a date, a time and a count' },
  { form: 'a synthetic Test-Norge number', text: `test ${SYNTHETIC}`, why: 'month + 80 identifies nobody' },
  { form: 'check digits right, no such date', text: `sak ${BAD_DATE}`, why: 'day 32' },
];

describe('the forms a number is written in', () => {
  it('the table holds at least 20 forms, and its numbers are what it says (by the independent generator)', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(20);
    for (const number of [FNR, DNR, HNR, LEAP]) expect(withCheckDigits(number.slice(0, 9)), number).toBe(number);
    expect(withCheckDigits(NEW_2032.slice(0, 9))).not.toBe(NEW_2032);
    expect(withCheckDigits(NEW_2032.slice(0, 9), 1)).toBe(NEW_2032);
    expect(withCheckDigits('150385123')).not.toBe('15038512364');
    expect(withCheckDigits('150385123')).not.toBe('15038512373');
  });

  for (const row of FORMS) {
    it(`${row.form}: ${row.found ? 'found' : 'passes'} (${row.why})`, () => {
      const options = { now: row.now ?? TODAY };
      expect(findNationalIdNumbers(row.text, options)).toEqual(row.found ? [row.found] : []);
      for (const match of locateNationalIdNumbers(row.text, options)) {
        // Where it is written: from its first digit to its last, nothing else.
        const written = row.text.slice(match.start, match.end);
        expect(written.normalize('NFKC').replace(/\D/g, '')).toBe(match.digits);
        expect(written.normalize('NFKC')).toMatch(/^\d.*\d$/s);
      }
    });
  }
});

describe('findNationalIdNumbers', () => {
  const [first, second] = validNumbers('150875', 2) as [string, string];

  it('finds every number, in order, however each is written', () => {
    expect(findNationalIdNumbers(`${second}, og så ${first.slice(0, 6)} ${first.slice(6, 9)} ${first.slice(9)}`, today)).toEqual([second, first]);
  });

  it('finds a number after another digit group it does not belong to', () => {
    expect(findNationalIdNumbers(`sak 2024 ${first}`, today)).toEqual([first]);
    expect(findNationalIdNumbers(`rom 12 ${first.slice(0, 6)} ${first.slice(6)}`, today)).toEqual([first]);
  });

  it('uses a found number’s digit groups once: the groups after it do not make a second number with its tail', () => {
    // 010185 02050 is a number, and so is 02050 000039 (both by the independent generator): one number is written here.
    expect(withCheckDigits('010185020')).toBe('01018502050');
    expect(withCheckDigits('020500000')).toBe('02050000039');
    expect(findNationalIdNumbers('010185 02050 000039', today)).toEqual(['01018502050']);
  });
});
