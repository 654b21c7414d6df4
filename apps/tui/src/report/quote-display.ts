import type { QuoteRow } from '@lede/store';

/**
 * How a stored quote reads in the CLI and the TUI: quotation marks only around words the speaker
 * said (direct and mixed); indirect speech is a paraphrase and shown without them. Fragments of
 * one statement ("…," she said, "…") are shown, and counted, as one.
 */

export type FormName = 'direct' | 'mixed' | 'paraphrase';

export function formName(form: QuoteRow['form']): FormName {
  return form === 'indirect' ? 'paraphrase' : form === 'partial' ? 'mixed' : 'direct';
}

/** The text as it should be printed: “quoted” or, for paraphrase, bare. */
export function quoteText(q: Pick<QuoteRow, 'form' | 'text'>): string {
  const t = q.text.replace(/\s+/g, ' ').trim();
  return q.form === 'indirect' ? t : `“${t}”`;
}

/** Confidence as two decimals, empty when the analysis gave none. */
export const confidenceText = (c: number | undefined): string => (c === undefined ? '' : c.toFixed(2));

export interface StatementRow extends QuoteRow {
  /** The quotes (fragments) this statement joins, in order. */
  fragments: QuoteRow[];
}

/**
 * Join consecutive rows of one statement into one row: text of the fragments in order (each in
 * its own quotation marks, as printed), the lowest confidence of them (the statement is only as
 * sure as its weakest part).
 */
export function groupStatements(rows: readonly QuoteRow[]): StatementRow[] {
  const out: StatementRow[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.articleId === r.articleId && last.statement === r.statement) {
      last.fragments.push(r);
      if (r.confidence !== undefined) last.confidence = last.confidence === undefined ? r.confidence : Math.min(last.confidence, r.confidence);
      last.end = r.end;
      continue;
    }
    out.push({ ...r, fragments: [r] });
  }
  return out;
}

/** A statement's printed text: its fragments joined by an ellipsis. */
export const statementText = (s: StatementRow): string => s.fragments.map(quoteText).join(' … ');
