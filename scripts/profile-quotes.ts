// `tsx scripts/profile-quotes.ts` (add `node --import tsx --cpu-prof` to profile): the quote stage
// alone over the BBC corpus, on documents segmented and entity-tagged beforehand, timed in CPU
// seconds (best of REPS, default 3) so a shared machine's load moves it less than wall time.
// N=800 limits the articles. Measures the built @lede/core unless run with --conditions=source.
import path from 'node:path';
import { analyzeDoc, extractQuotes, type Doc } from '@lede/core';
import { readJsonl, requireShared } from './lib/shared.js';

const shared = requireShared('profile-quotes');
const all = readJsonl<{ id: string; text: string }>(path.join(shared, 'corpus/bbc.jsonl'));
const articles = all.slice(0, Number(process.env.N ?? all.length));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const docs = articles.map((a) => analyzeDoc({ id: a.id, text: a.text }, { stages: ['entities'] }));
const input = (d: Doc) => ({ text: d.text, paragraphs: d.article.paragraphs, sentences: d.sentences, entities: d.entities, tokens: d.tokens });
for (const d of docs.slice(0, 50)) extractQuotes(input(d)); // warm up model loads and the JIT
let best = Infinity;
let quotes = 0;
for (let r = 0; r < Number(process.env.REPS ?? 3); r++) {
  const c0 = process.cpuUsage();
  quotes = 0;
  for (const d of docs) quotes += extractQuotes(input(d)).length;
  const c = process.cpuUsage(c0);
  best = Math.min(best, (c.user + c.system) / 1e6);
}
console.log(`quotes stage: ${(bytes / 1e6 / best).toFixed(2)} MB per CPU s (${best.toFixed(2)} s for ${(bytes / 1e6).toFixed(1)} MB, ${quotes} quotes)`);
