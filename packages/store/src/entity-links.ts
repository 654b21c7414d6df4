import { ENTITY_TYPES } from '@lede/core/base';
import type { Entity, EntityType } from '@lede/core/model';
import { storeError } from './errors.js';

/**
 * Corpus-level entity linking, the part both dialects share. An article that names "Tony Blair"
 * and then calls him "Blair" is evidence that the surname "blair" means that corpus entity; an
 * article that only ever says "Blair" gets a PERSON entity keyed PERSON:blair, which the store
 * folds into the corpus entity the surname's evidence points to (see sqlite/ and postgres/
 * entity-links.ts). Linked entities (Wikidata/ISO) already share one key.
 */

// As prepare.ts's normaliseName (kept here so the two modules do not import each other).
const normaliseName = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** How much more evidence the best full name needs than the runner-up ("Jones" stays apart). */
export const SURNAME_DOMINANCE = 2;

/** Surnames a multi-word PERSON entity was called by alone in its article (normalised). */
export function surnameEvidence(e: Pick<Entity, 'name' | 'type' | 'mentions'>): string[] {
  if (e.type !== 'PERSON') return [];
  const words = normaliseName(e.name).split(' ');
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const alone = e.mentions.some((m) => normaliseName(m.text.replace(/['’]s$/, '')) === last);
  return alone ? [last] : [];
}

/** The surname a one-word PERSON entity is, if its name is one word. */
export function surnameOnly(e: { name: string; type: string }): string | undefined {
  if (e.type !== 'PERSON') return undefined;
  const n = normaliseName(e.name);
  return n && !n.includes(' ') ? n : undefined;
}

/** Pick the corpus entity a surname means: the one with the most evidence, if it dominates. */
export function dominant(rows: ReadonlyArray<{ entity: number; n: number }>): number | undefined {
  const [best, second] = rows;
  if (!best || best.n < 1) return undefined;
  if (second && best.n < SURNAME_DOMINANCE * second.n) return undefined;
  return best.entity;
}

/** What `lede entity NAME` shows: the corpus entity, the names folded into it and why. */
export interface EntityExplanation {
  key: string;
  name: string;
  type: string;
  articles: number;
  mentions: number;
  /** Other names merged into this entity, with the articles that used only that name. */
  mergedNames: Array<{ name: string; key: string; articles: string[] }>;
  /** Surname evidence: articles that use the full name and then the surname alone. */
  surnames: Array<{ surname: string; articles: string[] }>;
  /** Most salient articles naming the entity (any name). */
  topArticles: Array<{ id: string; title?: string }>;
}

/** As core's NAMED_ENTITY_TYPES (the model entry point, which the store imports, does not carry it). */
const NAMED_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT'];

/**
 * The entity types a facet query covers: `type`, else `types`, else the named types (dates,
 * amounts and percentages only when asked for: they top every list and mean little there).
 */
export function queryTypes(query: { type?: EntityType; types?: readonly EntityType[] }): readonly EntityType[] {
  const types = query.type !== undefined ? [query.type] : query.types?.length ? query.types : NAMED_TYPES;
  for (const t of types) if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw storeError(`type must be one of ${ENTITY_TYPES.join(', ')}`, 'type');
  return types;
}
