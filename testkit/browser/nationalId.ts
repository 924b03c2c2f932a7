// A valid Norwegian national identity number (fødselsnummer) for a date, built with the public mod-11 rule, so the
// tests do not borrow the app's own detector to make their input.
export function validNationalId(ddmmyy: string): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let individual = 100; individual < 500; individual++) {
    const digits = `${ddmmyy}${individual}`.split('').map(Number);
    let k1 = 11 - (digits.reduce((sum, d, i) => sum + d * (w1[i] ?? 0), 0) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    let k2 = 11 - ([...digits, k1].reduce((sum, d, i) => sum + d * (w2[i] ?? 0), 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return `${ddmmyy}${individual}${k1}${k2}`;
  }
  throw new Error('no valid number');
}
