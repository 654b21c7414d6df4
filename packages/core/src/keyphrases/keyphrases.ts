import type { Entity, Keyphrase, Token } from '../model/layers.js';
import { spanOf } from '../model/span.js';
import { add, candidates, keyOf, type Occurrence } from './candidates.js';
import { STOPWORDS } from './stopwords.js';
import { toUnits, type Unit } from './units.js';

export interface KeyphraseOptions {
  /** How many phrases to return (default 20). */
  max?: number;
}

export interface KeyphraseInput {
  text: string;
  tokens: readonly Token[];
  tokenSentence: Int32Array;
  entities?: readonly Entity[];
}

const NAMED_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT']);

/**
 * Ranked key phrases. A phrase's weight is how often the text uses it, counting every form of
 * its stem ("rise" the noun and "rises" the verb) and, for an entity, every mention ("Cameron"
 * for "James Cameron"); ties go to the phrase that comes first (the headline and lede).
 * We measured YAKE's term statistics (casing, relatedness, spread), TextRank centrality, TF-IDF
 * against a news background and a headline bonus on crowd-annotated news keys (500N-KPCrowd):
 * none ranked better than this plain frequency, which is also the easiest to explain to a reader.
 * Scores are in (0, 1], 1 for the top phrase.
 */
export function keyphrases(input: KeyphraseInput, options: KeyphraseOptions = {}): Keyphrase[] {
  const max = options.max ?? 20;
  const units = toUnits(input.text, input.tokens, input.tokenSentence);
  if (units.length === 0 || max === 0) return [];
  // Every occurrence of a term, whatever its part of speech ("rise" the noun, "rises" the verb).
  const occurrences = new Map<string, Occurrence[]>();
  units.forEach((u, i) => {
    if (u.punct) return;
    const list = occurrences.get(u.term);
    if (list) list.push({ from: i, to: i + 1 });
    else occurrences.set(u.term, [{ from: i, to: i + 1 }]);
  });

  const cands = candidates(units);
  const entities = addEntityMentions(cands, units, input.entities ?? []);

  // Words that only ever occur inside a longer name ("United" in "United States") add nothing.
  const inName = new Uint8Array(units.length);
  for (const occ of cands.values()) for (const o of occ) if (o.to - o.from > 1) inName.fill(1, o.from, o.to);

  const scored: Array<{ key: string; weight: number; occ: Occurrence[]; name?: Occurrence }> = [];
  for (const [key, found] of cands) {
    const single = found[0]!.to - found[0]!.from === 1;
    const entity = entities.get(key);
    const occ = entity?.mentions ?? (single ? occurrences.get(key) ?? found : found);
    if (single && !entity && occ.every((o) => inName[o.from] === 1)) continue;
    scored.push({ key, weight: occ.length, occ, ...(entity && { name: entity.name }) });
  }
  scored.sort((a, b) => b.weight - a.weight || a.occ[0]!.from - b.occ[0]!.from);

  const top = scored[0]?.weight ?? 1;
  return scored.slice(0, max).map((c) => ({
    text: c.name ? input.text.slice(units[c.name.from]!.start, units[c.name.to - 1]!.end).replace(/\s+/g, ' ') : display(input.text, units, c.occ),
    score: c.weight / top,
    spans: c.occ.map((o) => spanOf(input.text, units[o.from]!.start, units[o.to - 1]!.end)),
  }));
}

/**
 * Make each entity's longest mention a candidate ("the Federal Reserve" as one phrase, however
 * long), shown by that mention, whose occurrences are all the entity's mentions ("the Fed" too).
 */
function addEntityMentions(
  cands: Map<string, Occurrence[]>,
  units: readonly Unit[],
  entities: readonly Entity[],
): Map<string, { name: Occurrence; mentions: Occurrence[] }> {
  const out = new Map<string, { name: Occurrence; mentions: Occurrence[] }>();
  if (entities.length === 0) return out;
  const byStart = new Map<number, number>();
  units.forEach((u, i) => byStart.set(u.start, i));
  for (const e of entities) {
    if (!NAMED_TYPES.has(e.type)) continue;
    const mentions: Occurrence[] = [];
    let best: Occurrence | null = null;
    for (const m of e.mentions) {
      const o = mentionUnits(units, byStart, m.start, m.end);
      if (!o) continue;
      mentions.push(o);
      if (!best || o.to - o.from > best.to - best.from) best = o;
    }
    if (!best) continue;
    const key = keyOf(units, best.from, best.to);
    if (!cands.has(key)) add(cands, units, best.from, best.to);
    mentions.sort((a, b) => a.from - b.from);
    const known = out.get(key);
    out.set(key, { name: best, mentions: known ? mergeOccurrences(known.mentions, mentions) : mentions });
  }
  return out;
}

function mergeOccurrences(a: readonly Occurrence[], b: readonly Occurrence[]): Occurrence[] {
  const seen = new Set(a.map((o) => o.from));
  return [...a, ...b.filter((o) => !seen.has(o.from))].sort((x, y) => x.from - y.from);
}

/** The units a mention covers, less a leading "the"/title; null when it does not align with units. */
function mentionUnits(units: readonly Unit[], byStart: Map<number, number>, start: number, end: number): Occurrence | null {
  const from = byStart.get(start);
  if (from === undefined) return null;
  let to = from;
  while (to < units.length && units[to]!.end <= end) to++;
  if (to === from || units[to - 1]!.end !== end || units[to - 1]!.punct) return null;
  // The tagger may call a name part a verb ("the Fed"), so only function words are trimmed here.
  let f = from;
  while (f < to - 1 && (units[f]!.punct || STOPWORDS.has(units[f]!.lower.replace(/\.$/, '')))) f++;
  return { from: f, to };
}

/** The phrase as most often written; lower-cased unless it is a name or written capitalised. */
function display(text: string, units: readonly Unit[], occ: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of occ) {
    const s = text.slice(units[o.from]!.start, units[o.to - 1]!.end).replace(/\s+/g, ' ');
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const name = occ.every((o) => units[o.from]!.capitalised || units[o.from]!.acronym || units[o.from]!.pos === 'PROPN');
  return name ? best : best.toLowerCase();
}
