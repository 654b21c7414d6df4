import type { Token } from '../../model/layers.js';
import { GAZ, type Gazetteer } from '../gazetteer.js';
import { lookupKnown } from '../links.js';

/** Index of the token whose `key` offset is exactly `at` (tokens are in text order), or undefined. */
export function tokenAt(tokens: readonly Token[], at: number, key: 'start' | 'end'): number | undefined {
  // One loop per key: a property read by a fixed name stays monomorphic (this runs per mention and rule).
  let lo = 0;
  let hi = tokens.length - 1;
  if (key === 'start') {
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = tokens[mid]!.start;
      if (v === at) return mid;
      if (v < at) lo = mid + 1;
      else hi = mid - 1;
    }
  } else {
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = tokens[mid]!.end;
      if (v === at) return mid;
      if (v < at) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return undefined;
}

/** /^[A-Z][a-z]+$/.test(w) by character codes (rules run it on every token). */
export function isCapitalisedWord(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const c0 = w.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Home nations field national sides like countries do. */
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/** A country name or short code: national sides keep their place type by news convention. */
export function isCountry(surface: string, gaz: Gazetteer): boolean {
  if (lookupKnown(surface)?.type === 'GPE' && !/\s/.test(surface) && surface.length <= 3) return true; // US, UK
  if (HOME_NATIONS.has(surface.toLowerCase())) return true;
  return (gaz.classesOfText(surface) & GAZ.country) !== 0; // phrase lookup is case-blind
}
