// The built `lede` command on a BBC store, whole process as users run it (#14): `lede show ID`
// (< 300 ms: start-up is module loading, so read commands load only what they need) and
// `lede export quotes --format csv` (< 2 s on the full corpus). Medians of several runs; the
// store is built with `lede add` of the corpus, as a user would (or LEDE_BENCH_CLI_DB names one).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';
import { benchStore } from '../store-fixture.js';

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

// CPU time (user + sys) of the child too, through GNU time when it is installed: on a shared
// machine the wall time grows with the load, the CPU time much less.
const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall and CPU time of one `lede …` process; fails loudly on a non-zero exit. */
function timed(args: string[]): { ms: number; cpuMs: number; out: Buffer } {
  const [cmd, argv] = gnuTime ? [gnuTime, ['-f', 'lede-cpu %U %S', process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'buffer', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`lede ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  const cpu = /lede-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr.toString());
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, out: r.stdout };
}

export const suite: BenchSuite = {
  name: 'cli',
  async run({ shared, quick }) {
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@lede/tui...', '--output-logs=errors-only'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-cli-'));
    try {
      const { db, ids } = benchStore(cli, shared, dir, quick);

      timed(['show', ids[0]!, '--db', db]); // warm the OS file cache once, as a second launch would be
      const show = Array.from({ length: quick ? 5 : 9 }, (_, i) => timed(['show', ids[(i * 37) % ids.length]!, '--db', db]));
      const showJson = Array.from({ length: quick ? 3 : 5 }, (_, i) => timed(['show', ids[(i * 53) % ids.length]!, '--db', db, '--format', 'json']));
      const exports = Array.from({ length: quick ? 3 : 5 }, () => timed(['export', 'quotes', '--format', 'csv', '--db', db]));
      const csvRows = csvRecords(exports[0]!.out.toString('utf8'));
      const parquetFile = path.join(dir, 'quotes.parquet');
      const parquet = Array.from({ length: quick ? 2 : 3 }, () => timed(['export', 'quotes', '--format', 'parquet', '--output', parquetFile, '--db', db]));
      const rows: BenchRow[] = [
        { metric: `lede show (${ids.length} articles)`, value: median(show.map((t) => t.ms)), unit: 'ms', max: 300 },
        { metric: 'lede show --format json', value: median(showJson.map((t) => t.ms)), unit: 'ms', max: 300 },
        { metric: `lede export quotes csv (${csvRows} rows)`, value: median(exports.map((e) => e.ms)), unit: 'ms', max: 2000 },
        { metric: 'export quotes csv size', value: exports[0]!.out.length / 1e6, unit: 'MB' },
        { metric: 'lede export quotes parquet (hyparquet-writer)', value: median(parquet.map((e) => e.ms)), unit: 'ms' },
        { metric: 'export quotes parquet size', value: fs.statSync(parquetFile).size / 1e6, unit: 'MB' },
      ];
      if (gnuTime) {
        rows.push(
          { metric: 'lede show, CPU time (user+sys)', value: median(show.map((t) => t.cpuMs)), unit: 'ms' },
          { metric: 'lede export quotes csv, CPU time', value: median(exports.map((e) => e.cpuMs)), unit: 'ms' },
        );
      }
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
