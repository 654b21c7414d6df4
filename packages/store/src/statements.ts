import type { QuoteForm, SpeakerKind } from '@lede/core/model';
import { storeError } from './errors.js';

/**
 * Statements and speaker kinds, shared by both store dialects.
 *
 * A statement reported in fragments (`"…," he said, "…"`) is several quotes sharing one
 * `statement` id; counts (an article's quote count, stats, top speakers) count the statement once.
 * Stored rows always carry a statement (the quote's own id when the analysis has none), so the
 * counting SQL needs no COALESCE.
 */

/** The forms a user filters by: mixed is the analyser's "partial" (quoted words inside reported speech). */
export const FORM_FILTERS = {
  direct: ['direct', 'block'],
  mixed: ['partial'],
  indirect: ['indirect'],
} as const satisfies Record<string, readonly QuoteForm[]>;
export type FormFilter = keyof typeof FORM_FILTERS;

/** What the user-facing form of a stored quote is (inverse of FORM_FILTERS). */
export function formLabel(form: QuoteForm): FormFilter {
  return form === 'partial' ? 'mixed' : form === 'indirect' ? 'indirect' : 'direct';
}

/** The statement a quote belongs to; a quote without one is a statement of its own. */
export function statementOf(q: { id: string; statement?: string | undefined }): string {
  return q.statement ?? q.id;
}

/** How many statements a set of quotes reports. */
export function countStatements(quotes: ReadonlyArray<{ id: string; statement?: string | undefined }>): number {
  return new Set(quotes.map(statementOf)).size;
}

/**
 * Whether a speaker counts in top speakers by default: named or resolved people, and
 * organisations linked to an entity. Unresolved descriptions ("analysts", "a spokesman") do not.
 * Rows stored before speakers had a kind (kind null) count as they always did.
 */
export function countsAsSpeaker(q: { speakerKind: SpeakerKind | null; speakerKey: string | null }): boolean {
  if (q.speakerKey === null) return false;
  if (q.speakerKind === null || q.speakerKind === 'named' || q.speakerKind === 'resolved') return true;
  return q.speakerKind === 'organisation' && isEntityKey(q.speakerKey);
}

/** Speaker keys of linked entities are global entity keys; unlinked names are `name:…`. */
export const isEntityKey = (speakerKey: string): boolean => !speakerKey.startsWith('name:');

/** countsAsSpeaker as an SQL condition over a quotes alias (same text for SQLite and PostgreSQL). */
export const countableSpeakerSql = (q: string): string =>
  `(${q}.speaker_key IS NOT NULL AND (${q}.speaker_kind IS NULL OR ${q}.speaker_kind IN ('named', 'resolved')` +
  ` OR (${q}.speaker_kind = 'organisation' AND ${q}.speaker_key NOT LIKE 'name:%')))`;

/** The quote filters beyond speaker/theme/date, validated (typed errors naming the field). */
export interface QuoteFilters {
  forms?: readonly QuoteForm[];
  minConfidence?: number;
  named?: boolean;
}

export function quoteFilters(query: { form?: string; minConfidence?: number; named?: boolean }): QuoteFilters {
  const out: QuoteFilters = {};
  if (query.form !== undefined) {
    if (!Object.hasOwn(FORM_FILTERS, query.form)) {
      throw storeError(`form must be direct, mixed or indirect, got "${String(query.form).slice(0, 20)}"`, 'form');
    }
    out.forms = FORM_FILTERS[query.form as FormFilter];
  }
  if (query.minConfidence !== undefined) {
    const c = query.minConfidence;
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0 || c > 1) throw storeError('minConfidence must be a number between 0 and 1', 'minConfidence');
    out.minConfidence = c;
  }
  if (query.named) out.named = true;
  return out;
}

/** The filters as SQL conditions with `?` placeholders (SQLite; PostgreSQL builds its own). */
export function quoteFilterSql(q: string, f: QuoteFilters): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.forms) {
    where.push(`${q}.form IN (${f.forms.map(() => '?').join(', ')})`);
    params.push(...f.forms);
  }
  if (f.minConfidence !== undefined) {
    // A quote without a confidence (stored before quotes had one) is not known to pass.
    where.push(`${q}.confidence >= ?`);
    params.push(f.minConfidence);
  }
  if (f.named) where.push(`${q}.speaker_kind IN ('named', 'resolved')`);
  return { where, params };
}
