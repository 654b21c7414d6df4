// Unlabelled sentences for cluster induction: the NER training text (CoNLL-2003 train, GMB) and
// the news corpora in ../shared/corpus (BBC, AG News). Tokenised roughly as the training data is
// (punctuation and possessives apart); typography folded to ASCII as the tagger sees it.
import fs from 'node:fs';
import path from 'node:path';

const TOKEN = /[\p{L}\p{N}]+(?:[.'&-][\p{L}\p{N}]+)*\.?|'s\b|\S/gu;

/** Fold curly quotes, dashes and NBSP, and AG News' HTML remnants, to what the tagger reads. */
export function foldTypography(s: string): string {
  return s
    .replace(/#39;/g, "'")
    .replace(/#36;/g, '$')
    .replace(/\\/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00a0/g, ' ');
}

export function tokenise(line: string): string[] {
  const out: string[] = [];
  for (const m of foldTypography(line).matchAll(TOKEN)) {
    let w = m[0];
    // "Japan's" -> "Japan", "'s"; a final period stays only on short abbreviations ("Inc.", "U.S.").
    if (/.'s$/i.test(w)) {
      out.push(w.slice(0, -2), w.slice(-2));
      continue;
    }
    if (w.length > 4 && w.endsWith('.') && !/\..*\.$/.test(w)) {
      out.push(w.slice(0, -1), '.');
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Sentences (token arrays) of every text field in the corpus files found under shared/corpus. */
export function* corpusSentences(shared: string): Generator<string[]> {
  const dir = path.join(shared, 'corpus');
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { title?: string; text?: string };
      for (const part of [r.title ?? '', ...(r.text ?? '').split(/\n+|(?<=[.!?])\s+(?=[A-Z"'])/)]) {
        const toks = tokenise(part);
        if (toks.length) yield toks;
      }
    }
  }
}
