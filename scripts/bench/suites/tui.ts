// Start-up of the terminal browser: time from spawning `lede browse --db` (built CLI, in a pty) to
// the first frame and to the first frame showing corpus rows, on a store holding the BBC corpus.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '@lede/core';
import { openStore } from '@lede/store';
import { readJsonl, repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

interface Timing {
  firstFrame: number;
  firstRows: number;
}

/** Spawn the browser in a pseudo-terminal (util-linux `script`) and time its first frames. */
function startOnce(db: string): Promise<Timing> {
  const cli = path.join(repoRoot, 'apps/tui/dist/cli.js');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 120 rows 40; exec node ${cli} browse --db ${db}`, '/dev/null'], {
      env: { ...process.env, TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    let firstFrame = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no frame with rows within 20 s; output:\n${out.slice(-2000)}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!firstFrame && out.includes('Articles')) firstFrame = performance.now() - t0;
      if (/Articles 1–\d+ of [\d,]+/.test(out)) {
        clearTimeout(timer);
        const firstRows = performance.now() - t0;
        child.stdin.write('q');
        setTimeout(() => child.kill('SIGKILL'), 500).unref();
        resolve({ firstFrame, firstRows });
      }
    });
    child.on('error', reject);
    // The UI may already be gone when 'q' arrives: a closed pipe is its answer, not a failure.
    child.stdin.on('error', () => {});
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const suite: BenchSuite = {
  name: 'tui',
  async run({ shared, quick }) {
    // The CLI under test is the built one, as users run it.
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@lede/tui...', '--output-logs=errors-only'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    let articles = readJsonl<{ id: string; title?: string; text: string }>(path.join(shared, 'corpus/bbc.jsonl'));
    if (quick) articles = articles.slice(0, 300);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-tui-'));
    const db = path.join(dir, 'bbc.db');
    try {
      const store = await openStore({ db });
      for (const a of articles) await store.add(analyze({ id: a.id, title: a.title, text: a.text }));
      await store.close();

      await startOnce(db); // warm the OS file cache once, as a second launch would be
      const runs: Timing[] = [];
      for (let i = 0; i < (quick ? 3 : 7); i++) runs.push(await startOnce(db));
      const rows: BenchRow[] = [
        { metric: `start-up to first frame (${articles.length} articles)`, value: median(runs.map((r) => r.firstFrame)), unit: 'ms', max: 400 },
        { metric: 'start-up to first rows', value: median(runs.map((r) => r.firstRows)), unit: 'ms' },
      ];
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
