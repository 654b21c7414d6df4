// Two fixed constructions the tagger splits, read as the construction says. "According to X, Y." /
// "Y, according to X." and "Y, X said." / "Y, said X.": the clause the comma sets off is the content,
// whatever the tagger made of its tokens (it tags part of a long clause, or words of the source's
// phrase, as content). Both run once per cue over its own sentence, so they stay linear.
import { TAG_MIN, type TagInput, type TokenView } from './features.js';
import { hashString } from './hash.js';
import type { Run } from './tag.js';

/**
 * "According to X, Y." / "Y, according to X.": the cue's clause is the rest of its sentence up to
 * (or from) the comma that sets the source off, whatever the tagger made of its tokens. Runs in
 * that clause are replaced by one content run.
 */
export function accordingTo(runs: Run[], v: TokenView, input: TagInput, a: number, b: number): Run[] {
  const { text, tokens } = input;
  const isWord = (i: number, w: string) => i < b && tokens[i]!.end - tokens[i]!.start === w.length && text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase() === w;
  // Clauses to replace, in text order (one per cue, inside its sentence: they never overlap).
  const spans: Array<[number, number]> = [];
  for (const cue of runs) {
    if (cue.role !== 2 || !isWord(cue.a, 'according') || !isWord(cue.a + 1, 'to')) continue;
    const s = v.sent[cue.a]!;
    let lo = cue.a;
    while (lo > a && v.sent[lo - 1] === s && cue.a - lo < 200) lo--;
    let hi = cue.b;
    while (hi < b && v.sent[hi] === s && hi - cue.b < 200) hi++;
    if (v.sentPos[cue.a]! <= 1) {
      // opening the sentence: content from after the first comma to the sentence end
      let c = cue.b;
      while (c < hi && c < cue.b + 15 && v.shape[c] !== 1) c++;
      if (c < hi && c < cue.b + 15 && hi - c > 3) spans.push([c + 1, hi]);
    } else if (cue.a > lo && v.shape[cue.a - 1] === 1 && hi - cue.b <= 15 && cue.a - 1 - lo >= 3) {
      // closing it (a short source after): content from the sentence start to the comma before the cue
      spans.push([lo, cue.a - 1]);
    }
  }
  if (!spans.length) return runs;
  // Runs overlapping a clause give way to it; one merge pass keeps the runs in text order.
  const out: Run[] = [];
  let k = 0;
  for (const r of runs) {
    while (k < spans.length && spans[k]![1] <= r.a) out.push({ role: 1, a: spans[k]![0], b: spans[k++]![1] });
    if (k < spans.length && spans[k]![0] < r.b && r.a < spans[k]![1]) continue;
    out.push(r);
  }
  while (k < spans.length) out.push({ role: 1, a: spans[k]![0], b: spans[k++]![1] });
  return out;
}

const THAT = hashString('that');
const strongest = (v: TokenView, r: Run): number => {
  let m = 0;
  for (let i = r.a; i < r.b && i < r.a + 16; i++) m = Math.max(m, v.cue[i]!);
  return m;
};

/** Tokens a source phrase may hold between the comma and its cue ("the official news agency"). */
const SOURCE_MAX = 8;
/** Tokens after the cue to the sentence end: a short tail ("on Tuesday"), or the construction is another. */
const TAIL_MAX = 10;

/**
 * "Y, the agency said (on Tuesday)." / "Y, said X.": a cue in the sentence's last clause, after a
 * comma with at most a short source phrase between, reports the clause before the comma (from the
 * sentence start); the tagger's content runs inside that clause give way to it. (Dropping the content
 * runs it tags after such a cue, "at a regular briefing", lowered recall on the held-out slice.)
 * Left alone when the clause holds a cue of its own (nested reporting) or the cue is followed by
 * content ("said that …").
 */
export function reportingTail(runs: Run[], v: TokenView, a: number, b: number): Run[] {
  const spans: Array<[number, number]> = []; // the clause's content [from, to), in text order
  for (let k = 0; k < runs.length; k++) {
    const cue = runs[k]!;
    if (cue.role !== 2) continue;
    const s = v.sent[cue.a]!;
    // Every walk is bounded (clause 200 tokens, tail TAIL_MAX): linear in the paragraph.
    let lo = cue.a;
    while (lo > a && v.sent[lo - 1] === s && cue.a - lo < 200) lo--;
    let hi = cue.b;
    while (hi < b && v.sent[hi] === s && hi - cue.b <= TAIL_MAX) hi++;
    if (hi - cue.b > TAIL_MAX) continue;
    // "…, he said, adding that …": what follows another cue is that cue's.
    for (let j = k + 1; j < runs.length && runs[j]!.a < hi; j++) if (runs[j]!.role === 2) hi = runs[j]!.a;
    // The comma that sets the clause off: the last one before the cue, with only a short phrase between.
    let comma = cue.a - 1;
    while (comma > lo && cue.a - comma <= SOURCE_MAX + 1 && v.shape[comma] !== 1) comma--;
    if (comma <= lo + 3 || v.shape[comma] !== 1 || cue.a - comma > SOURCE_MAX + 1) continue;
    if (v.quote[lo]! >= 1) continue; // a quotation: the quote rules read it
    // The clause needs tagged content, and no strong cue of its own (nested reporting; a weak one is tagger noise).
    let content = false;
    let nested = false;
    for (let j = k - 1; j >= 0 && runs[j]!.b > lo; j--) {
      const r = runs[j]!;
      if (r.a >= comma) continue;
      if (r.role === 1) content = true;
      if (r.role === 2 && strongest(v, r) >= TAG_MIN) nested = true;
    }
    if (!content || nested) continue;
    // "said that …" / "said:" reports what follows instead.
    if (cue.b < hi && (v.shape[cue.b] === 3 || v.word[cue.b] === THAT)) continue;
    if (spans.length && spans[spans.length - 1]![1] > lo) continue; // one clause per sentence stretch
    spans.push([lo, comma]);
  }
  if (!spans.length) return runs;
  // Content runs in a clause give way to it; cue and source runs stay. One merge pass.
  const out: Run[] = [];
  let k = 0;
  for (const r of runs) {
    while (k < spans.length && spans[k]![1] <= r.a) out.push({ role: 1, a: spans[k]![0], b: spans[k++]![1] });
    if (r.role === 1 && k < spans.length && r.a < spans[k]![1] && r.b > spans[k]![0]) continue;
    out.push(r);
  }
  while (k < spans.length) out.push({ role: 1, a: spans[k]![0], b: spans[k++]![1] });
  out.sort((x, y) => x.a - y.a || x.b - y.b);
  return out;
}
