// Rules that find organisations the tagger mistyped or missed: gazetteer organisations, acronyms in
// brackets, companies by legal form, plural team names, sides in fixtures.
import type { Mention, Token } from '../../model/layers.js';
import { GAZ, type Gazetteer } from '../gazetteer.js';
import { hashString } from '../hash.js';
import { tokenAt } from './tokens.js';
import type { PushMention } from './push.js';

/**
 * Organisations in the link table ("Chinese Communist Party", "DeepSeek") are relabelled ORG
 * where they occur capitalised: curated names beat the tagger's guess at the span.
 */
export function knownOrgs(marks: Int32Array, words: readonly string[], a: number, b: number, labels: Int32Array | Uint8Array): void {
  for (let i = 0; i < b - a; i++) {
    const m = marks[i]!;
    if ((m & 1) === 0 || ((m >> 2) & GAZ.org) === 0 || !/^[A-Z]/.test(words[a + i]!)) continue;
    let j = i + 1;
    while (j < b - a && (marks[j]! & 2) !== 0) j++;
    const b0 = a + i;
    if (j - i === 1 && labels[b0] !== 0) continue; // one word the tagger already typed: keep it
    labels[b0] = 3; // B-ORG
    for (let k = b0 + 1; k < a + j; k++) labels[k] = 4;
    if (a + j < b && (labels[a + j]! & 1) === 0 && labels[a + j] !== 0) labels[a + j] = labels[a + j]! - 1; // an I- left behind starts anew
    i = j - 1;
  }
}

/** Legal forms that end a company's name ("Acme SpA", "Bolt S.A.", "Corvo Motor Corp"). */
export const CORPORATE = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'Plc', 'PLC', 'plc', 'SpA', 'S.p.A.', 'S.A.', 'SA', 'AG',
  'NV', 'N.V.', 'Co', 'Co.', 'GmbH', 'Bhd', 'Berhad', 'AB', 'ASA', 'Oyj', 'LLC', 'LP', 'Cos', 'Cos.', 'BV', 'B.V.', 'KK', 'K.K.']);

/** The name of a company before its legal form, or undefined. */
export function companyStem(ws: readonly string[]): string[] | undefined {
  if (ws.length < 2 || !CORPORATE.has(ws[ws.length - 1]!)) return undefined;
  const stem = ws.slice(0, -1);
  if (stem[stem.length - 1] === ',' || stem[stem.length - 1] === '&') stem.pop();
  return stem.length > 0 && /^[A-Z]/.test(stem[0]!) ? stem : undefined;
}

/** "Pirelli SpA ... Pirelli said": the bare name of a company named with its legal form is the company. */
export function companyStems(mentions: Mention[]): void {
  const stems = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const stem = companyStem(m.text.split(/\s+/));
    if (stem) stems.add(stem.join(' '));
  }
  if (stems.size === 0) return;
  for (const m of mentions) if ((m.type === 'PERSON' || m.type === 'GPE' || m.type === 'LOC') && stems.has(m.text)) m.type = 'ORG';
}

const PLURAL_NAME = /^[A-Z][a-z]+(?:s|x)$/;
const GEO_PLURALS = new Set(['Islands', 'Mountains', 'Falls', 'Heights', 'Hills', 'Springs', 'Lakes', 'Keys', 'Plains', 'Highlands', 'Territories', 'Emirates', 'States', 'Isles', 'Rapids', 'Sands', 'Glades', 'Downs', 'Woods', 'Fields', 'Gardens', 'Rocks', 'Narrows', 'Alps', 'Andes', 'Americas', 'Balkans', 'Pyrenees', 'Rockies', 'Times', 'News', 'Affairs', 'Forces', 'Nations', 'Arms', 'Industries', 'Holdings', 'Communications', 'Airlines', 'Airways', 'Systems', 'Services', 'Motors', 'Sports', 'Games', 'Olympics', 'Championships', 'Awards', 'Studios', 'Records', 'Pictures']);

export const SPEECH_AFTER = /^ (?:said|says|told|added|asked)\b/;
export const SPEECH_BEFORE = /\bsaid $/;
const BEAT = new Set(['beat', 'beats', 'defeated', 'thrashed', 'routed', 'edged', 'overcame', 'downed', 'trounced', 'outplayed']);

