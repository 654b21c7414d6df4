// Our full pipeline against two peers on the same BBC texts, interleaved in one process (round-robin per batch)
// so a busy shared machine slows all three alike and the ratios stay meaningful even when the MB/s do not.
//   wink-nlp: readDoc with sbd + pos + ner + sentiment, reading out tokens, POS, entities and sentiment.
//   compromise: its full parse, `nlp(text).json()`.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeDoc } from '@lede/core';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readJsonl } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

type Runner = { name: string; run(text: string): number };

function runners(): Runner[] {
  const wink = winkNLP(model, ['sbd', 'pos', 'ner', 'sentiment']);
  const its = wink.its;
  return [
    { name: 'lede', run: (t) => analyzeDoc({ id: 'b', text: t }).tokens.length },
    {
      name: 'wink-nlp',
      run: (t) => {
        const d = wink.readDoc(t);
        const pos = d.tokens().out(its.pos);
        d.entities().out(its.detail);
        d.out(its.sentiment);
        return pos.length;
      },
    },
    { name: 'compromise', run: (t) => nlp(t).json().length },
  ];
}

export const suite: BenchSuite = {
  name: 'peers',
  async run({ shared, quick }) {
    const file = path.join(shared, 'corpus/bbc.jsonl');
    if (!fs.existsSync(file)) {
      console.error(`peers bench: ${file} is missing; it needs the BBC corpus in ../shared/corpus (not part of the repository).`);
      process.exit(2);
    }
    let texts = readJsonl<{ text: string }>(file).map((a) => a.text);
    if (quick) texts = texts.slice(0, 100);
    else texts = texts.slice(0, 600); // compromise needs ~60 ms per article; 600 keeps the suite near a minute
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const rs = runners();
    for (const r of rs) for (const t of texts.slice(0, 20)) r.run(t); // model loads + JIT warm-up

    // Interleave in batches of 20 articles: each runner sees every text, in turns.
    const sec = new Map<string, number>(rs.map((r) => [r.name, 0]));
    const batch = 20;
    for (let i = 0; i < texts.length; i += batch) {
      const slice = texts.slice(i, i + batch);
      for (const r of rs) {
        const t0 = performance.now();
        for (const t of slice) r.run(t);
        sec.set(r.name, sec.get(r.name)! + (performance.now() - t0) / 1000);
      }
    }
    const mbs = (n: string) => bytes / 1e6 / sec.get(n)!;
    const rows: BenchRow[] = rs.map((r) => ({ metric: `${r.name}: MB/s (${texts.length} BBC)`, value: mbs(r.name), unit: 'MB/s' }));
    rows.push({ metric: 'lede / wink-nlp (speed ratio)', value: mbs('lede') / mbs('wink-nlp'), unit: '×', min: 0.4 });
    rows.push({ metric: 'lede / compromise (speed ratio)', value: mbs('lede') / mbs('compromise'), unit: '×', min: 10 });
    return rows;
  },
};
