/** Raw counts of a text; every readability formula is a function of these, computed unrounded. */
export interface ReadabilityCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters and digits in words (Coleman-Liau). */
  letters: number;
  /** Words of three or more syllables (SMOG). */
  polysyllables: number;
  /** Gunning's "complex words": polysyllables less proper nouns, easy compounds and -es/-ed/-ing forms. */
  complexWords: number;
}

/** Average silent reading rate for English non-fiction, words per minute (Brysbaert 2019, J. Memory and Language). */
export const READING_WPM = 238;

export const fleschReadingEase = (c: ReadabilityCounts): number =>
  206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words);

export const fleschKincaidGrade = (c: ReadabilityCounts): number =>
  0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;

export const gunningFog = (c: ReadabilityCounts): number =>
  0.4 * (c.words / c.sentences + (100 * c.complexWords) / c.words);

/** McLaughlin (1969), scaled to 30 sentences; computed for short texts too (peers return 0 there). */
export const smog = (c: ReadabilityCounts): number => 1.043 * Math.sqrt((30 * c.polysyllables) / c.sentences) + 3.1291;

export const colemanLiau = (c: ReadabilityCounts): number =>
  0.0588 * ((100 * c.letters) / c.words) - 0.296 * ((100 * c.sentences) / c.words) - 15.8;

export const readingTimeMinutes = (c: ReadabilityCounts): number => c.words / READING_WPM;
