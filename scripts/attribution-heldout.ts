// Error analysis without dev: score the quote stage on the PolNeAR TRAINING articles the tagger
// held out (hash(id) % 10 === 0), with both eval scorers. `tsx --conditions=source scripts/attribution-heldout.ts [--errors N] [--all]`
// --all scores every training article (for the rule-based parts, which saw no training split).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeDoc } from '@lede/core';
import { readJsonl, repoRoot, requireShared } from './lib/shared.js';
import { hashString } from '../packages/core/src/attribution/hash.js';

const shared = requireShared('attribution-heldout');
const everything = process.argv.includes('--all');
const name = everything ? 'train' : 'heldout';
const recs = readJsonl<{ id: string; text: string }>(path.join(shared, 'train/attribution/polnear-train.jsonl')).filter((r) => everything || hashString(r.id) % 10 === 0);
const out = path.join(repoRoot, 'eval-out');
fs.mkdirSync(out, { recursive: true });
const gold = path.join(out, `${name}.gold.jsonl`);
fs.writeFileSync(gold, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
const all: string[] = [];
const direct: string[] = [];
const t0 = performance.now();
for (const r of recs) {
  const doc = analyzeDoc({ id: r.id, text: r.text }, { stages: ['quotes'] });
  const qs = doc.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, form: q.form, speaker: q.speaker?.name ?? null, ...(q.speaker?.start !== undefined && { speakerStart: q.speaker.start, speakerEnd: q.speaker.end }), ...(q.cue && { cueStart: q.cue.start, cueEnd: q.cue.end }) }));
  all.push(JSON.stringify({ id: r.id, quotes: qs }));
  direct.push(JSON.stringify({ id: r.id, quotes: qs.filter((q) => q.form !== 'indirect') }));
}
console.error(`${recs.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
fs.writeFileSync(path.join(out, `${name}.attr.pred.jsonl`), all.join('\n') + '\n');
fs.writeFileSync(path.join(out, `${name}.quotes.pred.jsonl`), direct.join('\n') + '\n');
const errs = process.argv.includes('--errors') ? ['--errors', process.argv[process.argv.indexOf('--errors') + 1] ?? '20'] : [];
for (const [s, p] of [['eval/attribution/score.mjs', `${name}.attr.pred.jsonl`], ['eval/quotes/score.mjs', `${name}.quotes.pred.jsonl`]] as const) {
  try {
    execFileSync('node', [path.join(shared, s), gold, path.join(out, p), ...errs], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) { console.error(String(e)); }
}
