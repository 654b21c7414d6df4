// The built `lede` command on a BBC store, whole process as users run it (#14): `lede show ID`
// (< 300 ms: start-up is module loading, so read commands load only what they need) and
// `lede export quotes --format csv` (< 2 s on the full corpus). Medians of several runs; the
// store is built with `lede add` of the corpus, as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJsonl, repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

const cli = path.join(repoRoot, 'apps/tui/dist/cli.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Records in RFC 4180 text (CRLF ends a record unless inside quotes), header excluded. */
function csvRecords(csv: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) n++;
  }
  return n - 1;
}

/** Wall time of one `lede …` process; fails loudly on a non-zero exit. */
function timed(args: string[]): { ms: number; out: Buffer } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'buffer', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`lede ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return { ms, out: r.stdout };
}

export const suite: BenchSuite = {
  name: 'cli',
  async run({ shared, quick }) {
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@lede/tui...', '--output-logs=errors-only'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-cli-'));
    try {
      let corpus = path.join(shared, 'corpus/bbc.jsonl');
      if (quick) {
        corpus = path.join(dir, 'bbc-300.jsonl');
        fs.writeFileSync(corpus, fs.readFileSync(path.join(shared, 'corpus/bbc.jsonl'), 'utf8').split('\n').slice(0, 300).join('\n') + '\n');
      }
      const ids = readJsonl<{ id: string }>(corpus).map((a) => a.id);
      const db = path.join(dir, 'bbc.db');
      execFileSync(process.execPath, [cli, 'add', corpus, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] }); // its stderr (the extra-fields warning) shows only on failure

      timed(['show', ids[0]!, '--db', db]); // warm the OS file cache once, as a second launch would be
      const show = Array.from({ length: quick ? 5 : 9 }, (_, i) => timed(['show', ids[(i * 37) % ids.length]!, '--db', db]).ms);
      const showJson = Array.from({ length: quick ? 3 : 5 }, (_, i) => timed(['show', ids[(i * 53) % ids.length]!, '--db', db, '--format', 'json']).ms);
      const exports = Array.from({ length: quick ? 3 : 5 }, () => timed(['export', 'quotes', '--format', 'csv', '--db', db]));
      const csvRows = csvRecords(exports[0]!.out.toString('utf8'));
      const rows: BenchRow[] = [
        { metric: `lede show (${ids.length} articles)`, value: median(show), unit: 'ms', max: 300 },
        { metric: 'lede show --format json', value: median(showJson), unit: 'ms', max: 300 },
        { metric: `lede export quotes csv (${csvRows} rows)`, value: median(exports.map((e) => e.ms)), unit: 'ms', max: 2000 },
        { metric: 'export quotes csv size', value: exports[0]!.out.length / 1e6, unit: 'MB' },
      ];
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
