import type { EntityType } from '../model/layers.js';
import { GAZ, type Gazetteer } from './gazetteer.js';
import { EVENT_HEADS, NOT_NORP } from './lexicon.js';
import { lookupKnown } from './links.js';
import type { NerClass } from './model.js';
import { CORPORATE } from './rules/orgs.js';

/**
 * Finer types on top of the tagger's four CoNLL classes: LOC becomes GPE for countries, cities
 * and states; MISC becomes NORP (nationalities, religious and political groups), EVENT or
 * PRODUCT. A known entity in the link table keeps its table type.
 */
export function fineType(cls: NerClass, words: readonly string[], surface: string, gaz: Gazetteer): EntityType {
  const known = lookupKnown(surface);
  const bits = gaz.classesOf(words);
  // "Sikh", "Basque", "Tutsi" read as a place or a body: a listed nationality or group that is
  // not also a place or a party ("Labour") is NORP whatever the tagger's class.
  if ((cls === 'LOC' || cls === 'ORG') && !known && (bits & (GAZ.demonym | GAZ.group)) !== 0 && (bits & PLACE) === 0 && !NOT_NORP.has(surface.toLowerCase())) {
    return 'NORP';
  }
  // "Harrow Chemical Co", "Tanaka Yamamoto Corp", "Smith Bros": a name ending in a company's legal form
  // is a company, however person- or place-like the words before it are.
  if ((cls === 'PER' || cls === 'LOC') && words.length > 1 && !known && LEGAL_FORM.has(words[words.length - 1]!) && /^[A-Z]/.test(words[0]!)) return 'ORG';
  switch (cls) {
    case 'PER':
      return 'PERSON';
    case 'ORG': {
      // "Paris Open", "Acme World Series": a competition named like a body is an event.
      const last = words[words.length - 1]!.toLowerCase();
      if (words.length > 1 && COMPETITION_HEADS.has(last) && known?.type !== 'ORG') return 'EVENT';
      // "Wall Street", "Silicon Valley": a listed region, not a body, unless the link table says so.
      if (known?.type !== 'ORG' && (bits & (GAZ.region | GAZ.org)) === GAZ.region) return 'LOC';
      return 'ORG';
    }
    case 'LOC':
      // "Lisbon Open", "Oslo Games": a place named competition.
      if (words.length > 1 && COMPETITION_HEADS.has(words[words.length - 1]!.toLowerCase()) && !known) return 'EVENT';
      if (known?.type === 'GPE' || bits & (GAZ.country | GAZ.city | GAZ.state)) return 'GPE';
      return 'LOC';
    case 'MISC': {
      if (bits & (GAZ.demonym | GAZ.group)) return 'NORP';
      if (bits & GAZ.event) return 'EVENT';
      const last = words[words.length - 1]!.toLowerCase();
      if (EVENT_HEADS.has(last) || /^(19|20)\d\d$/.test(words[0]!)) return 'EVENT';
      if (words.length === 1 && /(?:an|ese|ish|ic|i|ch|s)$/i.test(surface)) return 'NORP';
      return 'PRODUCT';
    }
  }
}

const LEGAL_FORM: ReadonlySet<string> = new Set([...CORPORATE, 'Bros', 'Bros.']);

const PLACE = GAZ.country | GAZ.city | GAZ.state | GAZ.region;

/** Last words that make a multi-word name a competition rather than an organisation. */
const COMPETITION_HEADS: ReadonlySet<string> = new Set([
  'open', 'championship', 'championships', 'cup', 'games', 'olympics', 'tournament', 'prix', 'series', 'marathon', 'trophy', 'classic',
]);
