// Error analysis on held-out CoNLL-2003 *train* documents (never dev): the last 10 % of train
// documents, which `pnpm train:ner --holdout` leaves out of training. Writes gold and predicted
// JSONL in the dev format to eval-out/ner-holdout-*.jsonl, scores them with the shared scorer and,
// with --errors, prints the wrong spans. Usage: tsx --conditions=source scripts/ner/holdout-eval.ts [--errors]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeDoc } from '@lede/core';
import { readJsonl, repoRoot, requireShared } from '../lib/shared.js';

const shared = requireShared('holdout-eval');
interface Rec { doc: string; tokens: string[]; tags: string[] }
const recs = readJsonl<Rec>(path.join(shared, 'train/ner/conll2003-train.jsonl'));
const docs = [...new Set(recs.map((r) => r.doc))];
const held = new Set(docs.slice(Math.floor(docs.length * 0.9)));
const CONLL: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC' };
const gold: string[] = [];
const pred: string[] = [];
const errors: string[] = [];
for (const id of held) {
  const sents = recs.filter((r) => r.doc === id);
  let text = '';
  const ents: Array<{ start: number; end: number; type: string; text: string }> = [];
  for (const s of sents) {
    if (text) text += '\n';
    const offs: Array<[number, number]> = [];
    s.tokens.forEach((t, i) => {
      if (i) text += ' ';
      offs.push([text.length, text.length + t.length]);
      text += t;
    });
    let st = -1;
    let ty = '';
    for (let i = 0; i <= s.tags.length; i++) {
      const t = s.tags[i] ?? 'O';
      if (st >= 0 && t !== `I-${ty}`) {
        ents.push({ start: offs[st]![0], end: offs[i - 1]![1], type: ty, text: text.slice(offs[st]![0], offs[i - 1]![1]) });
        st = -1;
      }
      if (t.startsWith('B-')) (st = i), (ty = t.slice(2));
    }
  }
  gold.push(JSON.stringify({ id, text, entities: ents }));
  const doc = analyzeDoc({ id, text }, { stages: ['entities'] });
  const p = doc.entities.flatMap((e) => e.mentions.flatMap((m) => (CONLL[m.type] ? [{ start: m.start, end: m.end, type: CONLL[m.type]!, text: m.text }] : [])));
  pred.push(JSON.stringify({ id, entities: p }));
  const key = (e: { start: number; end: number; type: string }): string => `${e.start}:${e.end}:${e.type}`;
  const g = new Set(ents.map(key));
  const q = new Set(p.map(key));
  for (const e of ents) if (!q.has(key(e))) errors.push(`${id} FN ${e.type} "${e.text}"  | ${text.slice(Math.max(0, e.start - 40), e.end + 40).replace(/\n/g, ' / ')}`);
  for (const e of p) if (!g.has(key(e))) errors.push(`${id} FP ${e.type} "${e.text}"  | ${text.slice(Math.max(0, e.start - 40), e.end + 40).replace(/\n/g, ' / ')}`);
}
const out = path.join(repoRoot, 'eval-out');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'ner-holdout-gold.jsonl'), gold.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'ner-holdout-pred.jsonl'), pred.join('\n') + '\n');
const res = execFileSync('node', [path.join(shared, 'eval/ner/score.mjs'), path.join(out, 'ner-holdout-gold.jsonl'), path.join(out, 'ner-holdout-pred.jsonl'), '--quiet'], { encoding: 'utf8' });
const r = JSON.parse(res.trim().split('\n').pop()!);
console.log(`held-out train docs (${held.size}): F1 ${r.exact.f1} P ${r.exact.p} R ${r.exact.r}`, Object.fromEntries(Object.entries(r.perType as Record<string, { f1: number }>).map(([k, v]) => [k, v.f1])));
if (process.argv.includes('--errors')) console.log(errors.join('\n'));
