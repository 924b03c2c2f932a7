// Pure: no imports. Used by the model schema (a coordinator's text), by the domain's text rules (every free-text field
// a person types) and by the administrators' scan of what is already stored (scripts/scan-national-ids.ts).
// Norwegian national identity numbers in free text. No patient data may be stored, so text that holds one is refused.
//
// What counts as one: 11 digits DDMMYY + 3 individual digits + 2 mod-11 check digits, with a date that exists:
// - fødselsnummer; D-nummer (day + 40); H-nummer (month + 40, the help numbers hospitals give patients without a
//   number; NAV's synthetic Dolly numbers have the same shape and are caught with them).
// - From 1 January 2032 Skatteetaten issues numbers whose first check digit may take more values: the weighted sum
//   with k1 may leave remainder 0, 1, 2 or 3 (not only 0) after division by 11; k2 is computed as before, from the
//   digit actually written. "Ny kontrollberegning vil akseptere 0, 1, 2 og 3 som gyldige verdier"
//   (https://www.skatteetaten.no/deling/opplysninger/folkeregisteropplysninger/pid/, with reference code at
//   https://skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/). No such number
//   exists before that day, so before it a relaxed match can only be a false positive: the relaxed rule applies from
//   NEW_CHECK_DIGITS_FROM on, without a new release. (A published model is checked again when read, so a model text
//   that only the relaxed rule matches would be refused from that day; the models are prose, and the editor says
//   which field.)
// Not recognised, on purpose:
// - Skatteetaten's synthetic Test-Norge numbers (month + 80): they identify nobody, and accepting months 81–92 would
//   raise false positives by half for no protection. FH-numbers have no date and no structure to tell them apart.
// - 11 digits whose check digits are wrong: a phone number with its country code, an order, case or account number
//   must pass, and the two check digits and the date are what set a real number apart from those: about 1 random
//   11-digit string in 840 passes all three (1 in 200 under the 2032 rule). A run of 12 or more digits is another
//   kind of number altogether. Norwegian bank account numbers are 11 digits too, and their check digit uses k2's
//   weights, so about 1 in 75 of them looks like a national identity number: written the way accounts are
//   (`1234.56.78903`, `1234 56 78903`: groups of 4, 2 and 5), they are let through, since nobody writes a
//   fødselsnummer so; written as 11 plain digits they cannot be told apart.
//
// How it may be written: people space and punctuate the 11 digits as they read them aloud or copy them from a form:
// `15038512363`, `150385 12363`, `150385-12363`, `15.03.85 12363`, `150385 123 63`, `15 03 85 123 63`,
// `Notat_150385_12363.docx`, in ASCII or full-width digits. Between any two digit groups there may be up to three
// separator characters: spaces of every width (incl. no-break and thin spaces, and tab), dots, hyphens and dashes
// (en, em, minus), underscores, and invisible characters (zero-width space, soft hyphen). Digit groups are never
// split: a number is a sequence of whole groups with 11 digits in all. Line breaks, slashes, commas and colons end a number: a slash separates alternatives
// ("61 22 33 44/900 11 222") far more often than it splits a number, and Norwegian dates are written with dots.

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The first day numbers with the 2032 check-digit rule are issued (UTC). */
export const NEW_CHECK_DIGITS_FROM = Date.UTC(2032, 0, 1);

export interface NationalIdOptions {
  /** The day the text is checked (ms since the epoch); decides whether the 2032 check-digit rule applies. */
  now?: number;
}

const weightedSum = (digits: readonly number[], weights: readonly number[]): number =>
  weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);

/** Today's rule: k1 makes the weighted sum (k1 weighted 1) divisible by 11; from 2032 it may leave 0–3. */
function firstCheckDigitFits(digits: readonly number[], relaxed: boolean): boolean {
  const remainder = (weightedSum(digits, WEIGHTS_1) + (digits[9] ?? 0)) % 11;
  return remainder === 0 || (relaxed && remainder <= 3);
}

/** k2 is unchanged in 2032: computed from the first ten digits as written; 10 (no number has these digits) matches no digit. */
function secondCheckDigitFits(digits: readonly number[]): boolean {
  return (11 - (weightedSum(digits, WEIGHTS_2) % 11)) % 11 === digits[10];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function hasRealDate(digits: readonly number[]): boolean {
  const [d1 = 0, d2 = 0, m1 = 0, m2 = 0, y1 = 0, y2 = 0] = digits;
  let day = d1 * 10 + d2;
  let month = m1 * 10 + m2;
  const yy = y1 * 10 + y2;
  if (day > 40) day -= 40; // D-nummer
  if (month > 40) month -= 40; // H-nummer
  if (day < 1 || month < 1 || month > 12) return false;
  return [1800, 1900, 2000].some((century) => day <= daysInMonth(century + yy, month));
}

/** True for 11 plain digits that are a fødselsnummer, D-nummer or H-nummer: both check digits right, a real date. */
export function isNationalIdNumber(digits: string, options: NationalIdOptions = {}): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const numbers = [...digits].map(Number);
  const relaxed = (options.now ?? Date.now()) >= NEW_CHECK_DIGITS_FROM;
  return firstCheckDigitFits(numbers, relaxed) && secondCheckDigitFits(numbers) && hasRealDate(numbers);
}

/** One number found in a text: its 11 digits, and where it is written (UTF-16 offsets, `end` exclusive). */
export interface NationalIdMatch {
  digits: string;
  start: number;
  end: number;
}

const NUMBER_LENGTH = 11;
const MAX_GAP = 3;

/** Characters that may stand between the digits of one number (see the header). */
const SEPARATORS = new Set([
  ' ', '\t', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000',
  '.', '\u2024', '\uff0e',
  '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe63', '\uff0d',
  '_',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
]);

/** The digit's value for ASCII and full-width digits (what a Japanese or Chinese input method types), else -1. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
  /** Joined to the group before it by at most MAX_GAP separators. */
  joined: boolean;
}

/** Maximal runs of digits, each marked joined when only a short gap of separators lies between it and the one before. */
function digitGroups(text: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let index = 0;
  while (index < text.length) {
    if (digitValue(text.charCodeAt(index)) < 0) {
      index += 1;
      continue;
    }
    const start = index;
    let digits = '';
    for (let value = digitValue(text.charCodeAt(index)); value >= 0; value = digitValue(text.charCodeAt(index))) {
      digits += String(value);
      index += 1;
    }
    const previous = groups[groups.length - 1];
    const gap = previous ? text.slice(previous.end, start) : '';
    const joined = previous !== undefined && gap.length <= MAX_GAP && [...gap].every((char) => SEPARATORS.has(char));
    groups.push({ digits, start, end: index, joined });
  }
  return groups;
}

/** Groups of 4, 2 and 5 digits: how a bank account number is written (see the header). */
const isAccountNumberLayout = (groups: readonly DigitGroup[]): boolean =>
  groups.length === 3 && groups[0]?.digits.length === 4 && groups[1]?.digits.length === 2 && groups[2]?.digits.length === 5;

/**
 * Every national identity number in the text, where it is written, in order. Within a run of joined digit groups each
 * sequence of whole groups with 11 digits in all is a candidate; a found number's groups are not used again.
 */
export function locateNationalIdNumbers(text: string, options: NationalIdOptions = {}): NationalIdMatch[] {
  const groups = digitGroups(text);
  const found: NationalIdMatch[] = [];
  for (let first = 0; first < groups.length; first += 1) {
    let digits = '';
    for (let last = first; last < groups.length && digits.length < NUMBER_LENGTH; last += 1) {
      const group = groups[last] as DigitGroup;
      if (last > first && !group.joined) break;
      digits += group.digits;
      if (digits.length === NUMBER_LENGTH && !isAccountNumberLayout(groups.slice(first, last + 1)) && isNationalIdNumber(digits, options)) {
        found.push({ digits, start: (groups[first] as DigitGroup).start, end: group.end });
        first = last;
      }
    }
  }
  return found;
}

/** The national identity numbers in the text, as 11 plain digits, in the order they appear. */
export function findNationalIdNumbers(text: string, options: NationalIdOptions = {}): string[] {
  return locateNationalIdNumbers(text, options).map((match) => match.digits);
}
