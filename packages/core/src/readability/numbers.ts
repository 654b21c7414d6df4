/**
 * Syllables of a numeral read aloud, so numbers weigh in the formulas like the words a reader
 * hears (peers count them as zero-syllable words, which inflates reading ease on numeric copy).
 * Years are read in pairs ("1998" = nineteen ninety-eight, "2015" = twenty fifteen) except
 * 2000-2009 ("two thousand four"); decimals digit by digit after "point".
 */
const ONES = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // zero one two ... nine
const TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // ten eleven twelve thirteen ... nineteen
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // - - twenty thirty ... seventy eighty ninety
const SCALE = 2; // hundred, thousand, million, billion, trillion: two syllables each

/** 0-99 read as words. */
function belowHundred(n: number): number {
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 ? ONES[n % 10]! : 0);
}

/** 0-999 read as words ("three hundred twelve"); 0 inside a larger number is silent. */
function belowThousand(n: number): number {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return (h ? ONES[h]! + SCALE : 0) + (rest || !h ? belowHundred(rest) : 0);
}

function cardinal(digits: string): number {
  if (digits.length > 15) return [...digits].reduce((s, d) => s + ONES[Number(d)]!, 0); // read digit by digit
  let n = Number(digits);
  if (n === 0) return ONES[0]!;
  let syllables = 0;
  for (let group = 0; n > 0; group++, n = Math.floor(n / 1000)) {
    const g = n % 1000;
    if (g) syllables += belowThousand(g) + (group > 0 ? SCALE : 0);
  }
  return syllables;
}

export function numberSyllables(numeral: string): number {
  const [whole = '', fraction] = numeral.replace(/,/g, '').split('.');
  let n: number;
  const value = Number(whole);
  if (!numeral.includes(',') && whole.length === 4 && value >= 1100 && value <= 2099 && !(value >= 2000 && value <= 2009)) {
    const hi = Math.floor(value / 100);
    const lo = value % 100;
    // 1900 = nineteen hundred; 1905 = nineteen oh five; 1998 = nineteen ninety-eight
    n = belowHundred(hi) + (lo === 0 ? SCALE : lo < 10 ? 1 + ONES[lo]! : belowHundred(lo));
  } else n = cardinal(whole);
  if (fraction) n += 1 + [...fraction].reduce((s, d) => s + ONES[Number(d)]!, 0); // "point" + digits
  return n;
}
