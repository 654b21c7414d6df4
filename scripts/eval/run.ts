// `pnpm eval [--split dev] [--area quotes,ner]`: run the analyzers over the development sets in
// ../shared/eval, write predictions to eval-out/, score them and print one table.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EvalArea } from './area.js';
import { readJsonl, repoRoot, requireShared } from '../lib/shared.js';

const { values } = parseArgs({
  options: { split: { type: 'string', default: 'dev' }, area: { type: 'string' }, limit: { type: 'string' } },
});
if (values.split !== 'dev') {
  console.error(`only the dev split is available here (held-out splits are scored elsewhere); got --split ${values.split}`);
  process.exit(2);
}
const shared = requireShared('pnpm eval');
const areaDir = path.join(repoRoot, 'scripts/eval/areas');
const available = fs.readdirSync(areaDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
const chosen = values.area ? values.area.split(',') : available;
for (const name of chosen) if (!available.includes(name)) {
  console.error(`unknown area "${name}"; available: ${available.join(', ')}`);
  process.exit(2);
}

const outDir = path.join(repoRoot, 'eval-out');
fs.mkdirSync(outDir, { recursive: true });
const rows: Array<{ area: string; metric: string; value: number; bar: string; ok: boolean | null }> = [];

for (const name of chosen) {
  const { area } = (await import(path.join(areaDir, `${name}.ts`))) as { area: EvalArea };
  const goldPath = path.join(shared, area.dataset);
  if (!fs.existsSync(goldPath)) {
    console.error(`${name}: ${goldPath} is missing; skipped`);
    continue;
  }
  let gold = readJsonl(goldPath);
  if (values.limit) gold = gold.slice(0, Number(values.limit));
  const t0 = performance.now();
  const preds = [];
  for (const g of gold) preds.push(await area.predict(g));
  const seconds = (performance.now() - t0) / 1000;
  const predPath = path.join(outDir, `${name}.pred.jsonl`);
  fs.writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');

  let result: unknown;
  if (area.scorer) {
    const script = path.join(shared, area.scorer.script);
    const out = execFileSync('node', [script, ...area.scorer.args(goldPath, predPath)], { cwd: path.dirname(script), encoding: 'utf8', maxBuffer: 1 << 28 });
    const last = out.trim().split('\n').pop() ?? '{}';
    result = JSON.parse(last);
  } else result = await area.score!(gold, preds as never[]);
  fs.writeFileSync(path.join(outDir, `${name}.score.json`), JSON.stringify(result, null, 2));

  const metrics = area.metrics(result);
  for (const [metric, value] of Object.entries(metrics)) {
    const bar = area.bars.find((b) => b.metric === metric);
    const ok = bar ? (bar.min === undefined || value >= bar.min) && (bar.max === undefined || value <= bar.max) : null;
    rows.push({ area: name, metric, value, bar: bar ? (bar.min !== undefined ? `>= ${bar.min}` : `<= ${bar.max}`) : '', ok });
  }
  rows.push({ area: name, metric: 'seconds', value: seconds, bar: '', ok: null });
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('area', 14)}${pad('metric', 28)}${pad('value', 10)}${pad('bar', 10)}status`);
for (const r of rows) {
  const status = r.ok === null ? '' : r.ok ? 'PASS' : 'FAIL';
  console.log(`${pad(r.area, 14)}${pad(r.metric, 28)}${pad(r.value.toFixed(4), 10)}${pad(r.bar, 10)}${status}`);
}
console.log(`\npredictions and full scorer output: ${path.relative(process.cwd(), outDir)}/`);
