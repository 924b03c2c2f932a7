import { describe, expect, it } from 'vitest';
import { findNationalIdNumbers, isNationalIdNumber } from '../../src/domain/nationalId';

// An independent generator: the published mod-11 rule, written out once more here.
function withCheckDigits(nine: string): string | undefined {
  const d = [...nine].map(Number);
  const sum1 = 3 * d[0]! + 7 * d[1]! + 6 * d[2]! + 1 * d[3]! + 8 * d[4]! + 9 * d[5]! + 4 * d[6]! + 5 * d[7]! + 2 * d[8]!;
  let k1 = 11 - (sum1 % 11);
  if (k1 === 11) k1 = 0;
  if (k1 === 10) return undefined;
  const sum2 = 5 * d[0]! + 4 * d[1]! + 3 * d[2]! + 2 * d[3]! + 7 * d[4]! + 6 * d[5]! + 5 * d[6]! + 4 * d[7]! + 3 * d[8]! + 2 * k1;
  let k2 = 11 - (sum2 % 11);
  if (k2 === 11) k2 = 0;
  if (k2 === 10) return undefined;
  return `${nine}${k1}${k2}`;
}

/** Valid numbers for a date (DDMMYY), trying individual numbers from `start` until `count` are found. */
function validNumbers(ddmmyy: string, count: number, start = 0): string[] {
  const found: string[] = [];
  for (let individual = start; found.length < count && individual < 1000; individual += 1) {
    const number = withCheckDigits(`${ddmmyy}${String(individual).padStart(3, '0')}`);
    if (number) found.push(number);
  }
  return found;
}

/** Breaks the last check digit. */
function wrongCheckDigit(number: string): string {
  return `${number.slice(0, 10)}${(Number(number[10]) + 1) % 10}`;
}

describe('isNationalIdNumber', () => {
  it('accepts fødselsnummer made by the independent generator, across dates', () => {
    const numbers = ['010190', '311299', '290200', '150875', '010101', '280254'].flatMap((date) => validNumbers(date, 5));
    expect(numbers.length).toBe(30);
    for (const number of numbers) expect(isNationalIdNumber(number), number).toBe(true);
  });

  it('accepts D-numbers (day + 40) and H-numbers (month + 40)', () => {
    for (const number of [...validNumbers('410190', 3), ...validNumbers('711299', 3), ...validNumbers('015290', 3)]) {
      expect(isNationalIdNumber(number), number).toBe(true);
    }
  });

  it('refuses a wrong first or second check digit', () => {
    for (const number of validNumbers('010190', 10)) {
      expect(isNationalIdNumber(wrongCheckDigit(number)), number).toBe(false);
      const brokenFirst = `${number.slice(0, 9)}${(Number(number[9]) + 1) % 10}${number[10]}`;
      expect(isNationalIdNumber(brokenFirst), brokenFirst).toBe(false);
    }
  });

  it('refuses numbers whose check digits are right but whose date does not exist', () => {
    for (const date of ['320190', '000190', '011390', '310490', '300290', '720190', '015390']) {
      const numbers = validNumbers(date, 3);
      expect(numbers.length, date).toBe(3);
      for (const number of numbers) expect(isNationalIdNumber(number), number).toBe(false);
    }
  });

  it('refuses anything that is not 11 digits', () => {
    const valid = validNumbers('010190', 1)[0]!;
    expect(isNationalIdNumber(valid.slice(1))).toBe(false);
    expect(isNationalIdNumber(`${valid}0`)).toBe(false);
    expect(isNationalIdNumber(`${valid.slice(0, 6)} ${valid.slice(6)}`)).toBe(false);
    expect(isNationalIdNumber('')).toBe(false);
  });

  it('lets ordinary 11-digit numbers through: phone numbers with digits, account numbers, order numbers', () => {
    // +47 phone number followed by digits, a bank account number and a run of nines: none has a date and both check digits.
    for (const other of ['47912345678', '12345678903', '99999999999', '00000000000', '20250115123']) {
      expect(isNationalIdNumber(other), other).toBe(false);
    }
  });
});

describe('findNationalIdNumbers', () => {
  const [first, second] = validNumbers('150875', 2) as [string, string];

  it('finds a number in running text, and one written with a space, dot or hyphen after the sixth digit', () => {
    expect(findNationalIdNumbers(`Pasient ${first} ringte.`)).toEqual([first]);
    expect(findNationalIdNumbers(`fnr ${first.slice(0, 6)} ${first.slice(6)}`)).toEqual([first]);
    expect(findNationalIdNumbers(`fnr ${first.slice(0, 6)}.${first.slice(6)}`)).toEqual([first]);
    expect(findNationalIdNumbers(`fnr ${first.slice(0, 6)}-${first.slice(6)}`)).toEqual([first]);
    expect(findNationalIdNumbers(`fnr ${first.slice(0, 6)}\u00a0${first.slice(6)}`)).toEqual([first]);
  });

  it('finds every number, in order', () => {
    expect(findNationalIdNumbers(`${second}, og så ${first}`)).toEqual([second, first]);
  });

  it('does not find a number inside a longer run of digits', () => {
    expect(findNationalIdNumbers(`ref 9${first}`)).toEqual([]);
    expect(findNationalIdNumbers(`ref ${first}7`)).toEqual([]);
  });

  it('does not find numbers with wrong check digits or ordinary numbers', () => {
    expect(findNationalIdNumbers(`Ring 479 12 345 eller konto 1234.56.78903, sak ${wrongCheckDigit(first)}`)).toEqual([]);
    expect(findNationalIdNumbers('Møte 12.03.2025 kl. 10:00, 24 deltakere')).toEqual([]);
  });
});
