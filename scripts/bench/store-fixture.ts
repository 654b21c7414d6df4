// A BBC store for the CLI-level benches: LEDE_BENCH_CLI_DB when set (a store already built by `lede add` of
// the whole corpus; skips a minute of analysis), else one built in `dir` by the built CLI (300 articles with --quick).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readJsonl } from '../lib/shared.js';

export function benchStore(cli: string, shared: string, dir: string, quick: boolean): { db: string; ids: string[] } {
  const reuse = process.env.LEDE_BENCH_CLI_DB;
  let corpus = path.join(shared, 'corpus/bbc.jsonl');
  if (quick && !reuse) {
    corpus = path.join(dir, 'bbc-300.jsonl');
    fs.writeFileSync(corpus, fs.readFileSync(path.join(shared, 'corpus/bbc.jsonl'), 'utf8').split('\n').slice(0, 300).join('\n') + '\n');
  }
  const ids = readJsonl<{ id: string }>(corpus).map((a) => a.id);
  const db = reuse ?? path.join(dir, 'bbc.db');
  // Its stderr (the extra-fields warning) shows only on failure.
  if (!reuse) execFileSync(process.execPath, [cli, 'add', corpus, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { db, ids };
}
