import { THEME_THRESHOLD } from '@lede/core/base';
import type { Analysis, EntityType, QuoteForm, SpeakerKind } from '@lede/core/model';
import { countStatements, statementOf } from './statements.js';
import { ANALYZER_VERSION } from './analyzer-version.js';
import { contentHash } from './dedupe/content-hash.js';
import { metaHash } from './dedupe/meta-hash.js';
import { bandKeys, minhash } from './dedupe/minhash.js';
import { surnameEvidence } from './entity-links.js';

/**
 * An analysis flattened into the rows every store dialect writes. Pure and clonable, so worker
 * threads build it next to the analysis and the writer thread only runs INSERTs.
 */
export interface PreparedArticle {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  language: string | null;
  publishedAt: string | null;
  /** YYYY-MM-DD, the key of date filters and timelines; null when the article is undated. */
  publishedDay: string | null;
  text: string;
  /** The analysis as JSON without article.text (kept once, in its own column). */
  json: string;
  contentHash: string;
  /** Hash of the metadata outside contentHash: a change there is an update. */
  metaHash: string;
  /** Which analyzer produced the analysis (`@lede/core@x.y.z`). */
  analyzerVersion: string;
  /** Replace a stored article even when content and metadata are unchanged (`--reanalyze`). */
  replace?: boolean;
  signature: Uint32Array;
  bands: number[];
  tone: number | null;
  topThemes: string[];
  /** Statements reported (fragments of one statement count once). */
  quoteCount: number;
  quotes: PreparedQuote[];
  entities: PreparedEntity[];
  themes: PreparedTheme[];
  keyphrases: Array<{ text: string; score: number }>;
}

export interface PreparedQuote {
  quoteId: string;
  text: string;
  form: QuoteForm;
  speaker: string | null;
  /** Grouping key of the speaker across articles: the global entity key when linked, else the lower-cased name. */
  speakerKey: string | null;
  role: string | null;
  start: number;
  end: number;
  /** Statement id (the quote's own id when it is a statement of its own). */
  statement: string;
  speakerKind: SpeakerKind | null;
  confidence: number | null;
}

export interface PreparedEntity {
  /** Stable across articles: a Wikidata id when linked, else TYPE:lower-cased name. */
  key: string;
  name: string;
  type: EntityType;
  mentions: number;
  salience: number;
  tone: number | null;
  /** Surnames this full-name PERSON was called by alone in the article (corpus linking evidence). */
  surnames?: string[];
}

/** How many of an article's most salient named entities feed the co-occurrence graph. */
export const PAIR_TOP = 10;
/** Entity types in the co-occurrence graph: named things, not dates or amounts (they co-occur with everything). */
export const PAIR_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT']);

export interface PreparedTheme { themeId: string; label: string; topLevel: string; score: number; primary?: boolean }

/** Global key of an entity: links survive spelling variants, names are the fallback. */
export function entityKey(e: { name: string; type: string; links?: Record<string, string> | undefined }): string {
  const wd = e.links?.wikidata;
  return wd ? `wikidata:${wd}` : `${e.type}:${normaliseName(e.name)}`;
}

export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Day of an ISO 8601 date or date-time; null when it does not parse (never a guess). */
export function dayOf(publishedAt: string | undefined): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt);
  if (m) return m[1]!;
  const t = Date.parse(publishedAt);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function prepareArticle(analysis: Analysis): PreparedArticle {
  const a = analysis.article;
  const signature = minhash(a.text);
  const localEntities = new Map(analysis.entities.map((e) => [e.id, e]));
  const entityToneById = new Map((analysis.tone?.entities ?? []).map((t) => [t.entityId, t.score]));

  // One row per global entity: two local entities can share a key (e.g. split coreference chains).
  const entities = new Map<string, PreparedEntity>();
  for (const e of analysis.entities) {
    const key = entityKey(e);
    const tone = entityToneById.get(e.id) ?? null;
    const prev = entities.get(key);
    const surnames = surnameEvidence(e);
    if (prev) {
      if (surnames.length) prev.surnames = [...new Set([...(prev.surnames ?? []), ...surnames])];
      prev.mentions += e.count;
      prev.salience = Math.max(prev.salience, e.salience);
      if (tone !== null) prev.tone = prev.tone === null ? tone : (prev.tone + tone) / 2;
    } else {
      entities.set(key, { key, name: e.name, type: e.type, mentions: e.count, salience: e.salience, tone, ...(surnames.length && { surnames }) });
    }
  }

  const quotes = analysis.quotes.map((q): PreparedQuote => {
    const linked = q.speaker?.entityId ? localEntities.get(q.speaker.entityId) : undefined;
    const speakerKey = linked ? entityKey(linked) : q.speaker ? `name:${normaliseName(q.speaker.name)}` : null;
    return {
      quoteId: q.id,
      text: q.text,
      form: q.form,
      speaker: linked?.name ?? q.speaker?.name ?? null,
      speakerKey,
      role: q.speaker?.role ?? null,
      start: q.start,
      end: q.end,
      statement: statementOf(q),
      speakerKind: q.speaker?.kind ?? null,
      confidence: q.confidence ?? null,
    };
  });

  // Top-level topics are indexed when primary or at/above the documented threshold, so `--theme
  // politics` lists articles tagged politics, not every passing mention; finer and user themes are
  // already gated by specific evidence and are indexed as reported.
  const themes = analysis.themes
    .filter((t) => t.primary || t.score >= THEME_THRESHOLD || t.id !== t.topLevel)
    .map((t) => ({ themeId: t.id, label: t.label, topLevel: t.topLevel, score: t.score, primary: t.primary === true }));
  const { text: _text, ...articleWithoutText } = a;
  return {
    id: analysis.id,
    title: a.title ?? null,
    source: a.source ?? null,
    url: a.url ?? null,
    byline: a.byline ?? null,
    language: a.language ?? null,
    publishedAt: a.publishedAt ?? null,
    publishedDay: dayOf(a.publishedAt),
    text: a.text,
    json: JSON.stringify({ ...analysis, article: articleWithoutText }),
    contentHash: contentHash(a.title, a.text),
    metaHash: metaHash(a),
    analyzerVersion: ANALYZER_VERSION,
    signature,
    bands: bandKeys(signature),
    tone: analysis.tone?.document ?? null,
    topThemes: [...themes].sort((x, y) => y.score - x.score).slice(0, 3).map((t) => t.label),
    quoteCount: countStatements(analysis.quotes),
    quotes,
    entities: [...entities.values()],
    themes,
    keyphrases: analysis.keyphrases.map((k) => ({ text: k.text, score: k.score })),
  };
}

/** Rebuild the Analysis from its stored JSON and text. */
export function restoreAnalysis(json: string, text: string): Analysis {
  const parsed = JSON.parse(json) as Analysis;
  parsed.article = { ...parsed.article, text };
  // Keep key order as in the schema: id, article first.
  return parsed;
}
