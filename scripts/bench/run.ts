// `pnpm bench [--suite pipeline,store] [--quick] [--source]`: speed and memory, measured on ../shared/corpus.
// Each suite runs in its own child process so peak memory (maxRSS) is its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, requireShared } from '../lib/shared.js';
import { machine, machineLine } from './machine.js';
import type { BenchRow } from './suite.js';

const { values } = parseArgs({
  options: { suite: { type: 'string' }, quick: { type: 'boolean', default: false }, source: { type: 'boolean', default: false } },
});
requireShared('pnpm bench');
// Measure what users run: the built dist bundles (tsx-transformed sources measured ~10% slower,
// and the store's workers would run through tsx). `--source` measures src/ without building.
if (!values.source) {
  process.stderr.write('building (turbo, cached)…\n');
  execFileSync(path.join(repoRoot, 'node_modules/.bin/turbo'), ['run', 'build', '--output-logs=errors-only'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
const conditions = values.source ? ['--conditions=source'] : [];
const suiteDir = path.join(repoRoot, 'scripts/bench/suites');
const available = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
const chosen = values.suite ? values.suite.split(',') : available;

const before = machine();
process.stderr.write(`machine: ${machineLine(before)}\n`);
const all: Array<BenchRow & { suite: string }> = [];
for (const name of chosen) {
  if (!available.includes(name)) {
    console.error(`unknown suite "${name}"; available: ${available.join(', ')}`);
    process.exit(2);
  }
  process.stderr.write(`running ${name}…\n`);
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', ...conditions, '--expose-gc', path.join(repoRoot, 'scripts/bench/child.ts'), name, values.quick ? 'quick' : 'full'],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LEDE_BENCH_SOURCE: values.source ? '1' : '' } },
  );
  const rows = JSON.parse(out.trim().split('\n').pop()!) as BenchRow[];
  for (const r of rows) all.push({ suite: name, ...r });
}

const after = machine();
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));
console.log(`\nmeasured: ${values.source ? 'sources (tsx, --conditions=source)' : 'built dist bundles'}`);
console.log(`machine: ${machineLine(before)}; load average at end ${after.loadavg.join(' ')}`);
console.log(`\n${'suite'.padEnd(12)}${'metric'.padEnd(40)}${'value'.padStart(12)} ${'unit'.padEnd(12)}${'bar'.padEnd(12)}status`);
for (const r of all) {
  const bar = r.min !== undefined ? `>= ${r.min}` : r.max !== undefined ? `<= ${r.max}` : '';
  const ok = bar ? ((r.min === undefined || r.value >= r.min) && (r.max === undefined || r.value <= r.max) ? 'PASS' : 'FAIL') : '';
  console.log(`${r.suite.padEnd(12)}${r.metric.padEnd(40)}${fmt(r.value).padStart(12)} ${r.unit.padEnd(12)}${bar.padEnd(12)}${ok}${r.assert ? ' (asserted)' : ''}`);
  if (r.assert && ok === 'FAIL') process.exitCode = 1;
}
fs.mkdirSync(path.join(repoRoot, 'bench-out'), { recursive: true });
fs.writeFileSync(path.join(repoRoot, 'bench-out/latest.json'), JSON.stringify({ machine: { ...before, loadavgEnd: after.loadavg }, rows: all }, null, 2));
