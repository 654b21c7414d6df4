import { VADER_LEXICON_TSV } from './vader-lexicon-data.js';
import { NEWS_UNRATED, NEWS_VALENCE } from './news-lexicon.js';

let lexicon: Map<string, number> | undefined;

/**
 * Token (lowercase) -> valence in -4..+4: the VADER lexicon plus our news additions (news-lexicon.ts),
 * parsed once on first use so importing @lede/core stays cheap.
 */
export function valenceLexicon(): ReadonlyMap<string, number> {
  if (lexicon) return lexicon;
  const map = new Map<string, number>();
  for (const line of VADER_LEXICON_TSV.split('\n')) {
    const tab = line.indexOf('\t');
    map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  for (const [word, v] of Object.entries(NEWS_VALENCE)) if (!map.has(word)) map.set(word, v);
  for (const word of NEWS_UNRATED) map.delete(word);
  lexicon = map;
  return map;
}
