// Issue 15 item 10: memory proportional to the input. `lede analyze` (the built CLI, JSON out) on one
// huge BBC-like text, 10 and 50 MB, as one paragraph and with paragraph breaks; each run is its own
// process so its peak RSS is its own. Bar: peak RSS <= 15x the input; and linear time (time per MB
// at 50 MB within 1.5x of 10 MB). The 50 MB ratios are asserted (`pnpm bench` exits 1 when one is
// above 15); smaller inputs print theirs against the bar, which the process's fixed ~150 MB
// (Node, the lexicons and weights) keeps them from reaching.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJsonl, repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

const cli = path.join(repoRoot, 'apps/tui/dist/cli.js');
const hook = path.join(repoRoot, 'scripts/bench/rss-hook.mjs');

/** BBC article texts run together up to `bytes`: one paragraph (`flat`), or articles and their paragraphs kept apart. */
function bigText(texts: string[], bytes: number, flat: boolean): string {
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const t = flat ? texts[i % texts.length]!.replace(/\s*\n\s*/g, ' ') : texts[i % texts.length]!;
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  return parts.join(flat ? ' ' : '\n\n');
}

/** Run `lede analyze FILE` with output discarded: wall seconds and peak RSS in bytes. */
function analyzeFile(file: string, bytes: number): Promise<{ seconds: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', hook, cli, 'analyze', file, '--max-bytes', String(bytes + 1024)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const kb = /LEDE_MAX_RSS_KB (\d+)/.exec(err);
      if (code !== 0 || !kb) reject(new Error(`lede analyze ${file} exited ${code}: ${err.slice(-500)}`));
      else resolve({ seconds: (performance.now() - t0) / 1000, rss: Number(kb[1]) * 1024 });
    });
  });
}

export const suite: BenchSuite = {
  name: 'memory',
  async run({ shared, quick }) {
    const texts = readJsonl<{ text: string }>(path.join(shared, 'corpus/bbc.jsonl')).map((a) => a.text);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-memory-'));
    const rows: BenchRow[] = [];
    try {
      for (const flat of quick ? [true] : [true, false]) {
        const perMB: number[] = [];
        for (const mb of quick ? [2, 10] : [10, 50]) {
          const text = bigText(texts, mb * 1e6, flat);
          const bytes = Buffer.byteLength(text);
          const file = path.join(dir, `${mb}.txt`);
          fs.writeFileSync(file, text);
          const { seconds, rss } = await analyzeFile(file, bytes);
          fs.rmSync(file);
          const what = `${mb} MB ${flat ? 'single paragraph' : 'with paragraphs'}`;
          rows.push({ metric: `${what}: peak RSS / input`, value: rss / bytes, unit: 'ratio', max: 15, assert: mb >= 50 });
          rows.push({ metric: `${what}: time`, value: seconds, unit: 's' });
          perMB.push(seconds / mb);
        }
        rows.push({ metric: `${flat ? 'single paragraph' : 'with paragraphs'}: time per MB, large / small`, value: perMB[1]! / perMB[0]!, unit: 'ratio', max: 1.5 });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
