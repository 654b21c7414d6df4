import type { Mention } from '../../model/layers.js';
import { foldWord } from '../typography.js';

/**
 * Common nouns written in capitals or as a name that news uses as ordinary words, never as an
 * organisation or person of their own: technologies, products classes, diseases.
 */
const NOT_NAMES = new Set(['ai', 'ev', 'evs', 'covid', 'covid-19', 'sars-cov-2', 'gdp', 'ceo', 'ceos', 'cfo', 'ipo', 'ipos', 'tv', 'pc', 'pcs', 'dna', 'vpn', 'api', 'apis', 'app', 'apps', 'ok']);

/** A photo credit or caption line: "Photo: ...", "Picture: ...". */
const CREDIT_LINE = /^(?:photo|photograph|picture|pic|image|credit|illustration|graphic)s?\s*:/i;
/** CREDIT_LINE anywhere: a text without it has no credit line, and its lines need no scan. */
const CREDIT_ANYWHERE = /(?:photo|photograph|picture|pic|image|credit|illustration|graphic)s?\s*:/i;

/**
 * Drop mentions that are no entities: the words above alone, names inside a credit glued with a
 * slash ("Pic/Agency", "Jane Roe/Outlet"), and anything on a short credit line.
 */
export function dropNonNames(text: string, mentions: Mention[]): Mention[] {
  const creditLines: Array<[number, number]> = [];
  if (CREDIT_ANYWHERE.test(text)) for (const m of text.matchAll(/^[^\n]{0,120}$/gm)) {
    if (CREDIT_LINE.test(m[0].trimStart())) creditLines.push([m.index!, m.index! + m[0].length]);
  }
  return mentions.filter((m) => {
    if (NOT_NAMES.has(foldWord(m.text).toLowerCase())) return false;
    const before = text[m.start - 1] ?? ' ';
    const after = text[m.end] ?? ' ';
    if ((after === '/' && /\p{L}/u.test(text[m.end + 1] ?? '')) || (before === '/' && /\p{L}/u.test(text[m.start - 2] ?? ''))) return false;
    for (const [a, b] of creditLines) if (m.start >= a && m.end <= b) return false;
    return true;
  });
}
