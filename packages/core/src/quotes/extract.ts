import type { Entity, Quote, QuoteForm, Sentence, Speaker, Token } from '../model/layers.js';
import { spanOf, type Span } from '../model/span.js';
import { attribute, clauseSubject, introducedBy, transcriptSpeaker, type Attribution } from './attribution.js';
import { findStatements, type Statement } from './statements.js';
import { isQuotation } from './judge.js';
import { scanQuotedSpans, type QuotedSpan } from './marks.js';
import { speakerStartingAt, type SpeakerMention } from './names.js';
import { personMentions } from './people.js';
import { posLookup, wordsIn, type PosLookup } from './words.js';
import { PronounResolver, sentenceStarts } from './coref.js';
import { organisationMentions, resolveSpeaker } from './resolve.js';
import { assignStatements, confidenceOf, entityTypes, evidenceClass, speakerKind } from './confidence.js';

export interface QuoteInput {
  text: string;
  paragraphs: readonly Span[];
  /** Sentences, for `quote.sentence` and indirect speech; optional. */
  sentences?: readonly Sentence[];
  /** The entities layer, when it ran: speakers link to its people. */
  entities?: readonly Entity[];
  /** The segmenter's tokens, when it ran: POS tags tell a reporting verb from a noun ("took note"). */
  tokens?: ReadonlyArray<{ start: number; end?: number; pos: string }>;
}

export interface QuoteOptions {
  /** Report reported speech ("X said that …") as `indirect` quotes (default true). */
  indirect?: boolean;
  /** Called with each quote's evidence class (what its confidence is read from); for calibration. */
  onEvidence?: (quoteStart: number, evidence: string) => void;
}

interface Found {
  q: QuotedSpan;
  attribution: Attribution;
  mention: SpeakerMention | null;
}

/**
 * Every quotation in an article with its cue and speaker: pair the marks, read the attribution
 * beside each quoted span, drop scare quotes and titles, carry speakers across a quote's
 * paragraphs and to unattributed follow-on quotes, then resolve pronouns and short names to
 * the article's people. Linear in the text apart from the small windows around each quote.
 */
export function extractQuotes(input: QuoteInput, options: QuoteOptions = {}): Quote[] {
  const { text, paragraphs } = input;
  const spans = scanQuotedSpans(text, paragraphs);
  const pos = input.tokens ? posLookup(input.tokens) : undefined;
  const found: Found[] = [];
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    const prev = spans[i - 1];
    const next = spans[i + 1];
    const prevClose = prev && prev.blockStart === q.blockStart ? prev.close : q.blockStart;
    const nextOpen = next && next.blockStart === q.blockStart ? next.open : q.blockEnd;
    const transcript = transcriptSpeaker(text, q);
    const attribution = attribute(text, q, q.blockStart, q.blockEnd, prevClose, nextOpen, pos);
    if (!isQuotation(text, q, attribution, transcript !== null)) continue;
    found.push({ q, attribution, mention: transcript ?? attribution.speaker });
  }
  // A pull quote left open at its line end and credited on the next line, which closes it:
  // "“I’d have a beer with him. …⏎Mo Elleithee, director of Georgetown’s Institute of Politics.”"
  for (const f of found) {
    if (!f.q.unclosed || f.attribution.strength === 'adjacent') continue;
    const credit = creditLine(text, f.q.blockEnd, pos);
    if (credit) f.mention = credit;
  }
  // A quote opening its line with nobody credited: the line before may introduce the speaker.
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.mention || f.q.open !== f.q.blockStart) continue;
    const [ls, le] = previousLine(text, f.q.blockStart);
    if (le <= ls || insideAny(found, le - 1)) continue;
    const a = introducedBy(text, ls, le, pos);
    if (!a) continue;
    f.mention = a.speaker;
    // Later lines of the same quotation, and follow-on quotes, share it.
    for (let j = i + 1; j < found.length && !found[j]!.mention && (found[j]!.q.chain === f.q.chain || found[j]!.q.blockStart === f.q.blockStart); j++) found[j]!.mention = a.speaker;
  }
  // A quote inside a new sentence of its line ("…the FBI confirmed that it was “…”. The agency
  // declined to detail the investigation's “…”") belongs to that sentence's subject, when it has
  // one, rather than to the previous quote's speaker.
  const chains = new Map<number, number>();
  for (const f of found) chains.set(f.q.chain, (chains.get(f.q.chain) ?? 0) + 1);
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    const prev = found[i - 1]!;
    if (f.mention || chains.get(f.q.chain)! > 1 || prev.q.blockStart !== f.q.blockStart || !NEW_SENTENCE.test(text.slice(Math.max(prev.q.start, prev.q.end - 1), f.q.open))) continue;
    f.mention = clauseSubject(text, f.q, prev.q.close, pos);
  }
  // Then follow-on quotes, including the paragraphs after an introduced quotation.
  carrySpeakers(found);

  // A quote inside a sentence that reports nobody: the sentence's subject said or wrote it.
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.mention) continue;
    const prev = found[i - 1];
    f.mention = clauseSubject(text, f.q, prev && prev.q.blockStart === f.q.blockStart ? prev.q.close : f.q.blockStart, pos);
  }

  const statements = options.indirect !== false && input.sentences && input.tokens && (input.tokens.length === 0 || input.tokens[0]!.end !== undefined) ? findStatements(text, input.tokens as readonly Token[], input.sentences, input.entities ?? [], paragraphs) : [];
  // A quotation the rules credit to nobody takes the source the tagger found for the statement
  // holding it.
  if (statements.length) fillFromStatements(found, statements);

  const quoted = found.map((f) => [f.q.start, f.q.end] as const);
  // Quotes are in text order and do not overlap: binary search.
  const outside = (pos: number): boolean => {
    let lo = 0;
    let hi = quoted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = quoted[mid]!;
      if (pos < s) hi = mid - 1;
      else if (pos >= e) lo = mid + 1;
      else return false;
    }
    return true;
  };
  const extra = found.flatMap((f) => (f.mention?.kind === 'name' ? [{ start: f.mention.start, end: f.mention.end, name: f.mention.name, titles: f.mention.role ? f.mention.role.toLowerCase().split(/[\s,]+/) : [] }] : []));
  const people = personMentions(text, input.entities ?? [], extra);

  const indirect = reportedOnly(statements, quoted);
  const speakers = [...found.flatMap((f) => (f.mention ? [f.mention] : [])), ...indirect.flatMap((r) => (r.speaker ? [r.speaker] : []))];
  const pronouns = new PronounResolver(text, people, speakers, sentenceStarts(text, input.sentences ?? []), outside, pronounSearchFrom(text, found));

  const orgs = organisationMentions(input.entities ?? []);
  const quotes: Quote[] = [];
  const groupOf = new Map<Quote, number>();
  const types = entityTypes(input.entities ?? []);
  const sentenceOf = sentenceIndex(input.sentences ?? []);
  for (const f of found) {
    const speaker: Speaker | null = f.mention ? resolveSpeaker(f.mention, people, outside, pronouns, orgs, text) : null;
    if (speaker && f.mention) speaker.kind = speakerKind(f.mention, speaker, types);
    const cue = f.attribution.cue ? spanOf(text, f.attribution.cue[0], f.attribution.cue[1]) : null;
    const form = formOf(text, f);
    quotes.push({
      id: '',
      ...spanOf(text, f.q.start, f.q.end),
      form,
      cue,
      speaker,
      ...withSentence(sentenceOf(f.q.start)),
      confidence: confidenceOf(evidenceClass(form, speaker?.kind ?? null, f.attribution.strength === 'adjacent', f.q.end - f.q.start < 25), options.onEvidence, f.q.start),
    });
  }
  {
    for (let k = 0; k < indirect.length; k++) {
      const r = indirect[k]!;
      const speaker = r.speaker ? resolveSpeaker(r.speaker, people, outside, pronouns, orgs, text) : null;
      // Reported speech is only worth reporting with someone who said it.
      if (!speaker) continue;
      // A canonical name run across a line break is an entity-layer slip: keep the text's mention.
      if (speaker.name.includes('\n')) {
        speaker.name = r.speaker!.name;
        delete speaker.entityId;
      }
      speaker.kind = speakerKind(r.speaker!, speaker, types);
      const cls = evidenceClass('indirect', speaker.kind, r.tagged.near, r.tagged.tokens < 6);
      const confidence = confidenceOf(cls);
      for (const [s, e] of r.fragments) {
        const [a, b] = trimEdges(text, s, e);
        if (b <= a) continue;
        options.onEvidence?.(a, cls);
        quotes.push({
          id: '',
          ...spanOf(text, a, b),
          form: 'indirect',
          cue: r.cue ? spanOf(text, r.cue[0], r.cue[1]) : null,
          speaker,
          ...withSentence(sentenceOf(a)),
          confidence,
        });
        groupOf.set(quotes[quotes.length - 1]!, k);
      }
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  assignStatements(quotes, text, quotes.map((q) => groupOf.get(q) ?? -1));
  return quotes;
}

/**
 * "“Nobody thinks…” -- that the plan is … -- “will hold for long,” he says": a pronoun after its
 * quote never stands for someone named inside or between the quotes of its line, so its search
 * starts at the opening of the first quote of that run.
 */
function pronounSearchFrom(text: string, found: readonly Found[]): Map<number, number> {
  const out = new Map<number, number>();
  // runStart[i]: the first quote of the run of same-sentence quotes ending at i (same line, a short
  // gap without a sentence end), built left to right so a long chain of quotes stays linear.
  const runStart = new Int32Array(found.length);
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1]!.q;
    const b = found[i]!.q;
    runStart[i] = a.blockStart === b.blockStart && b.open - a.close < 120 && !/[.!?]\s/.test(text.slice(a.close, b.open)) ? runStart[i - 1]! : i;
  }
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!.mention;
    if (!m || m.kind !== 'pronoun' || m.start < found[i]!.q.close) continue;
    out.set(m.start, found[runStart[i]!]!.q.open);
  }
  return out;
}

/**
 * Tagged statements the quote marks did not already give: a statement whose content lies mostly
 * inside quoted spans is that quotation, reported once.
 */
function reportedOnly(statements: readonly Statement[], quoted: ReadonlyArray<readonly [number, number]>): Statement[] {
  const out: Statement[] = [];
  let qi = 0;
  for (const st of statements) {
    let len = 0;
    let inQuote = 0;
    for (const [s, e] of st.fragments) {
      len += e - s;
      while (qi > 0 && quoted[qi - 1]![1] > s) qi--;
      while (qi < quoted.length && quoted[qi]![1] <= s) qi++;
      for (let k = qi; k < quoted.length && quoted[k]![0] < e; k++) inQuote += Math.max(0, Math.min(e, quoted[k]![1]) - Math.max(s, quoted[k]![0]));
    }
    if (inQuote * 2 < len) out.push(st);
  }
  return out;
}

/** Content without its edge spaces, quotation marks and trailing , . ; : */
function trimEdges(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s"“”„«»‘’'`]/.test(text[s]!)) s++;
  while (e > s && /[\s"“”„«»‘’'`,.;:]/.test(text[e - 1]!)) e--;
  return [s, e];
}

function fillFromStatements(found: Found[], statements: readonly Statement[]): void {
  let si = 0;
  for (const f of found) {
    while (si < statements.length && lastEnd(statements[si]!) <= f.q.start) si++;
    if (f.mention) continue;
    for (let k = si; k < statements.length && statements[k]!.fragments[0]![0] < f.q.end; k++) {
      const st = statements[k]!;
      if (st.speaker && st.fragments.some(([a, b]) => a < f.q.end && f.q.start < b)) {
        f.mention = st.speaker;
        break;
      }
    }
  }
}

const lastEnd = (st: Statement): number => st.fragments[st.fragments.length - 1]![1];

const withSentence = (s: number): { sentence?: number } => (s >= 0 ? { sentence: s } : {});

/**
 * Quotes without their own attribution take the speaker of their multi-paragraph quotation, of a
 * neighbouring quote in the same line, or of the previous paragraph's last quote when the line is
 * nothing but the quote (the news convention for a speaker who keeps talking).
 */
function carrySpeakers(found: Found[]): void {
  const byChain = new Map<number, Found>();
  for (const f of found) if (f.mention && !byChain.has(f.q.chain)) byChain.set(f.q.chain, f);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.mention) continue;
    const chained = byChain.get(f.q.chain);
    if (chained) {
      f.mention = chained.mention;
      continue;
    }
    const prev = found[i - 1];
    const next = found[i + 1];
    if (prev?.mention && prev.q.blockStart === f.q.blockStart) f.mention = prev.mention;
    else if (next?.mention && next.q.blockStart === f.q.blockStart && next.attribution.strength !== 'none') f.mention = next.mention;
    else if (prev?.mention && f.q.open === f.q.blockStart && prev.q.paragraph >= f.q.paragraph - 1) f.mention = prev.mention;
  }
}

function formOf(text: string, f: Found): QuoteForm {
  const { q, attribution } = f;
  const dash = attribution.cue !== null && attribution.cue[1] - attribution.cue[0] === 1 && /[–—―‒-]/.test(text[attribution.cue[0]]!);
  if (dash) return 'block';
  for (let i = q.start; i < q.end; i++) {
    const c = text[i]!;
    if (/\p{Ll}/u.test(c)) return 'partial';
    if (/[\p{Lu}\p{N}]/u.test(c)) return 'direct';
  }
  return 'direct';
}

/** Map an offset to the index of the sentence holding it (-1 outside sentences). */
function sentenceIndex(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s.index;
    }
    return lo > 0 && lo - 1 < sentences.length ? sentences[lo - 1]!.index : -1;
  };
}

/** A sentence end followed by a capitalised word, between two quotes of a line. */
const NEW_SENTENCE = /[.!?]["”’]?\s+["“]?\p{Lu}/u;

/** Quotation marks that close a pull quote's credit line. */
const CLOSERS = new Set(['"', '”', '»']);

/**
 * The credit line of a pull quote: the line after `at` is short, opens with a person's name
 * (optionally ", role"), has no quotation marks inside and ends with the closing mark.
 */
function creditLine(text: string, at: number, pos?: PosLookup): SpeakerMention | null {
  let s = at;
  while (s < text.length && s < at + 8 && /\s/.test(text[s]!)) s++;
  if (s === at || s >= text.length) return null;
  let e = s;
  while (e < text.length && e - s < 200 && text[e] !== '\n') e++;
  if (e - s >= 200) return null;
  let last = e;
  while (last > s && /\s/.test(text[last - 1]!)) last--;
  if (last <= s || !CLOSERS.has(text[last - 1]!)) return null;
  for (let i = s; i < last - 1; i++) if (CLOSERS.has(text[i]!) || text[i] === '“') return null;
  const words = wordsIn(text, s, last - 1, pos);
  const name = speakerStartingAt(text, words, 0);
  if (!name || name.kind !== 'name' || name.start !== words[0]?.start || !name.name.includes(' ')) return null;
  const after = words.find((w) => w.start >= name.end);
  return !after || after.text === ',' || after.text === '.' ? name : null;
}

/** The non-blank line before offset `at`, at most 600 characters back: [start, end). */
function previousLine(text: string, at: number): [number, number] {
  let e = at;
  while (e > 0 && /\s/.test(text[e - 1]!) && at - e < 600) e--;
  let s = e;
  while (s > 0 && text[s - 1] !== '\n' && e - s < 600) s--;
  return [s, e];
}

function insideAny(found: readonly Found[], pos: number): boolean {
  return found.some((f) => f.q.open <= pos && pos < f.q.close);
}
