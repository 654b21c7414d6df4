/**
 * Rule-based English syllable count for a lower-case word of letters a-z: vowel groups, corrected
 * for silent endings and for vowel hiatus (po-em, sci-ence, ru-in), which the widely used `syllable`
 * package undercounts. Words the rules still get wrong are looked up first (syllable-table.ts).
 */

const VOWEL = /[aeiouy]+/g;

// Two adjacent vowels pronounced as two syllables. Checked inside vowel groups, so each pattern is
// anchored by the letters around it to stay clear of the common digraphs (tion, qua, ear, shoe).
const HIATUS: readonly RegExp[] = [
  /[^cglnstx]ia/g, // media, trivia (not special, initial, Asia, California)
  /[^cglnstx]io/g, // radio, violent, period (not nation, vision, region, million)
  /[^cgq]ua[^y]/g, // actual, usual (not quality, language, guy)
  /[^gq]uo/g, // duo, fluorescent (not quote, ambiguous handled by table)
  /[^gq]ui[nt]/g, // ruin, fluid? (ruin, intuition; not quit, build, guitar)
  /iu/g, // stadium, premium
  /eo(?!u)/g, // video, neon, theory (not courageous; people is in the table)
  /oe[^s]/g, // poem, poet (not shoe, does)
  /[^c]ie[nrt]/g, // science, client, quiet, earlier (not friend via table, not ancient)
  /ao/g, // chaos
  /[aou]y(?:[aiou]|e(?!d$|s$))/g, // player, loyal, mayor, saying (y between vowels starts a syllable)
  /[aeo]i(?=ng)/g, // being, going (their "i" starts a new syllable)
  /[^aeiou]yi(?=ng)/g, // flying, trying
];

export function ruleSyllables(word: string): number {
  if (word.length === 0) return 0;
  let w = word;
  // Silent endings: -e (make), -es/-ed after most consonants (makes, jumped), but not -le (table),
  // -ted/-ded (wanted) or sibilant -es (boxes).
  let silent = 0;
  if (w.length > 2) {
    if (/[^aeiouy]e$/.test(w) && !/[^aeiouyl]le$/.test(w) && !/^[^aeiouy]+e$/.test(w)) silent = 1;
    else if (/[^aeiouytd]ed$/.test(w) && !/[^aeiouyl]led$/.test(w)) silent = 1;
    else if (/[^aeiouyszxhgc]es$/.test(w) && !/[^aeiouyl]les$/.test(w)) silent = 1;
  }
  // A silent -e inside a derived word: likely, statement, careful, lateness.
  if (/[^aeiouy]e(?:ly|ment|ments|ful|ness|less)$/.test(w)) silent++;
  let n = 0;
  VOWEL.lastIndex = 0;
  while (VOWEL.exec(w) !== null) n++;
  n -= silent;
  for (const re of HIATUS) {
    re.lastIndex = 0;
    while (re.exec(w) !== null) n++;
  }
  // Syllabic endings with no written vowel of their own: tourism, rhythm.
  if (/[^aeiouy]ism$/.test(w) || /[^aeiouy]isms$/.test(w)) n++;
  if (/[^aeiouy]thms?$/.test(w)) n++;
  return Math.max(1, n);
}
