// Whether a one-word speaker "name" is really a common word written with a capital (sentence-initially).
import { hashString } from '../entities/hash.js';
import { defaultGazetteer } from '../entities/resources.js';

/**
 * A one-word "name" no entity backs that running text mostly writes in lower case ("Analysts",
 * "Officials" opening a sentence): a description, not a named speaker. The lower-case word list is
 * the entity tagger's, learned from the CoNLL-2003 and GMB training text.
 */
export function commonWord(name: string): boolean {
  return !/\s/.test(name) && defaultGazetteer().isCommon(hashString(name, true) | 0);
}
