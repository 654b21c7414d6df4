// Readability has no gold data set (the formulas are deterministic; see shared readability-NOTE.md).
// This area checks what can go wrong in practice, over the BBC corpus:
// - syllable counts against CMUdict on every corpus word CMUdict knows (token-weighted; the bundled
//   table was derived from these words, so this shows coverage), and on CMUdict words that never
//   occur in the corpora (what our rules do on words the table never saw: generalisation);
// - the hand-worked fixture "The cat sat on the mat." = FRE 116.145, FKGL -1.45;
// - corpus means, as a sanity check (BBC news: FRE ~ 50-60, FKGL ~ 10-12).
import fs from 'node:fs';
import path from 'node:path';
import { dictionary } from 'cmu-pronouncing-dictionary';
import { analyze, countSyllables, type Readability } from '@lede/core';
import { requireShared } from '../../lib/shared.js';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string }
interface Pred { id: string; readability: Readability | null }

const cmuSyllables = (w: string): number | undefined => {
  const p = dictionary[w];
  return p === undefined ? undefined : (p.match(/[012]/g) ?? []).length;
};

export const area: EvalArea<Gold, Pred> = {
  name: 'readability',
  dataset: 'corpus/bbc.jsonl',
  predict(g) {
    return { id: g.id, readability: analyze({ id: g.id, text: g.text }, { stages: ['readability'] }).readability };
  },
  score(gold, preds) {
    const seen = new Set<string>();
    let tokens = 0;
    let agree = 0;
    for (const g of gold) {
      for (const m of g.text.matchAll(/[A-Za-z]+/g)) {
        const w = m[0];
        const lower = w.toLowerCase();
        seen.add(lower);
        if (w !== lower && w === w.toUpperCase()) continue; // acronyms are spelled out, CMUdict varies
        const gold = cmuSyllables(lower);
        if (gold === undefined) continue;
        tokens++;
        if (countSyllables(lower) === gold) agree++;
      }
    }
    // Words the corpora never use, so the bundled table cannot know them.
    const shared = requireShared('pnpm eval');
    for (const f of ['ag_news_train_sample.jsonl', 'ag_news_test.jsonl']) {
      for (const m of fs.readFileSync(path.join(shared, 'corpus', f), 'utf8').toLowerCase().matchAll(/[a-z]+/g)) seen.add(m[0]);
    }
    let unseen = 0;
    let unseenAgree = 0;
    for (const w of Object.keys(dictionary)) {
      if (!/^[a-z]{3,}$/.test(w) || seen.has(w)) continue;
      unseen++;
      if (countSyllables(w) === cmuSyllables(w)) unseenAgree++;
    }
    const cat = analyze({ id: 'cat', text: 'The cat sat on the mat.' }, { stages: ['readability'] }).readability!;
    const rs = preds.map((p) => p.readability).filter((r): r is Readability => r !== null);
    const mean = (f: (r: Readability) => number) => rs.reduce((s, r) => s + f(r), 0) / Math.max(1, rs.length);
    return {
      syllables_corpus: agree / tokens,
      syllables_unseen: unseenAgree / unseen,
      catSat_FRE: cat.fleschReadingEase,
      catSat_FKGL: cat.fleschKincaidGrade,
      bbc_meanFRE: mean((r) => r.fleschReadingEase),
      bbc_meanFKGL: mean((r) => r.fleschKincaidGrade),
      bbc_meanWordsPerSentence: mean((r) => r.words / r.sentences),
    };
  },
  metrics: (r) => r,
  bars: [
    { metric: 'catSat_FRE', min: 116.14, max: 116.15 },
    { metric: 'catSat_FKGL', min: -1.455, max: -1.445 },
    { metric: 'syllables_corpus', min: 0.97 },
  ],
};
