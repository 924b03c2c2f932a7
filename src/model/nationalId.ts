// Pure: no imports. Used by the model schema (a coordinator's text) and by the domain's text rules (a tick's comment).
// Norwegian national identity numbers in free text. No patient data may be stored, so text that holds one is refused.
//
// Recognised: fødselsnummer, D-nummer (day + 40) and H-nummer (month + 40, the help numbers hospitals give patients
// without a number). Each is 11 digits DDMMYY + 3 individual digits + 2 mod-11 check digits, and the date (with the
// offset removed) must exist in some century. FH-numbers (no date) are not recognised. From 2032 Skatteetaten may
// relax the first check digit; revisit then.

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? undefined : digit;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function hasPlausibleDate(digits: readonly number[]): boolean {
  const [d1 = 0, d2 = 0, m1 = 0, m2 = 0, y1 = 0, y2 = 0] = digits;
  let day = d1 * 10 + d2;
  let month = m1 * 10 + m2;
  const yy = y1 * 10 + y2;
  if (day > 40) day -= 40; // D-nummer
  if (month > 40) month -= 40; // H-nummer
  if (day < 1 || month < 1 || month > 12) return false;
  return [1800, 1900, 2000].some((century) => day <= daysInMonth(century + yy, month));
}

/** True for an 11-digit fødselsnummer, D-nummer or H-nummer with both check digits right and a real date. */
export function isNationalIdNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const numbers = [...digits].map(Number);
  const k1 = checkDigit(numbers, WEIGHTS_1);
  const k2 = checkDigit(numbers, WEIGHTS_2);
  return k1 === numbers[9] && k2 === numbers[10] && hasPlausibleDate(numbers);
}

// Eleven digits, or six and five with one space, no-break space, dot or hyphen between; never part of a longer number.
const CANDIDATE = /(?<!\d)(\d{6})[ \u00a0.-]?(\d{5})(?!\d)/g;

/** The national identity numbers in the text, as 11 plain digits, in the order they appear. */
export function findNationalIdNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const digits = `${match[1]}${match[2]}`;
    if (isNationalIdNumber(digits)) found.push(digits);
  }
  return found;
}
