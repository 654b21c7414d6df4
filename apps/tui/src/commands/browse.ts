/**
 * `lede browse [PATH…] [--db DB]` (and bare `lede`): the full-screen corpus browser. With paths,
 * the inputs are analysed into an in-memory store while the browser is already up; otherwise it
 * opens a store. When stdout is not a terminal it prints the text report (files) or a plain
 * listing (store) instead. Ink, React and
 * the analysers load lazily, so start-up stays fast.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { LedeError } from '@lede/core/model';

export interface BrowseOptions {
  db?: string;
  format?: string;
}

export function registerBrowse(program: Command): void {
  program
    .command('browse')
    .description('browse a corpus (or files, analysed on the fly) in a terminal UI')
    .argument('[paths...]', 'files, directories or .jsonl to analyse in memory instead of opening a store')
    .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)')
    .option('--format <format>', 'input format for paths (default: detected)')
    .action(async (paths: string[], opts: BrowseOptions) => {
      process.exitCode = await browse(paths, opts);
    });
}

/** Run the browser; resolves to the exit code. */
export async function browse(paths: string[], opts: BrowseOptions): Promise<number> {
  const { openStore, DEFAULT_DB } = await import('@lede/store');
  const fileMode = paths.length > 0;
  const db = fileMode ? ':memory:' : (opts.db ?? DEFAULT_DB);
  if (!fileMode && db !== ':memory:' && !/^[a-z]+:\/\//i.test(db) && !fs.existsSync(db)) {
    return fail(new LedeError('NOT_FOUND', `no corpus store at ${db}: add articles with \`lede add FILES\`, or browse files directly with \`lede browse FILES\``, { field: 'db' }));
  }
  let store;
  try {
    store = await openStore({ db });
  } catch (e) {
    return fail(e);
  }
  try {
    const { LoadProgress } = await import('../ui/data/progress.js');
    const progress = fileMode ? new LoadProgress() : undefined;
    const abort = new AbortController();
    const loading = progress ? import('../ui/data/load-inputs.js').then((m) => m.loadInputs(paths, store, progress, { format: opts.format, signal: abort.signal })) : undefined;

    if (!process.stdout.isTTY || !process.stdin.isTTY) {
      await loading;
      if (fileMode) {
        // Files: the same text report as `lede analyze --format text`, one article after another.
        const { renderText } = await import('../report/text.js');
        for (let offset = 0; ; offset += 100) {
          const page = await store.list({ offset, limit: 100, sort: 'added', order: 'asc' });
          for (const a of page.items) {
            const analysis = await store.get(a.id);
            if (analysis) process.stdout.write(renderText(analysis) + '\n');
          }
          if (page.items.length < 100) break;
        }
      } else {
        const { writePlainListing } = await import('../ui/data/plain-listing.js');
        await writePlainListing(store, (s) => process.stdout.write(s));
      }
      const failed = progress?.getSnapshot().failed ?? 0;
      for (const e of progress?.getSnapshot().errors ?? []) process.stderr.write(`lede: ${e}\n`);
      return failed ? 1 : 0;
    }
    const { runBrowser } = await import('../ui/run.js');
    const label = fileMode ? (paths.length === 1 ? paths[0] : `${paths.length} inputs`) : db;
    await runBrowser({ store, progress, label });
    abort.abort();
    await loading?.catch(() => undefined);
    return 0;
  } catch (e) {
    return fail(e);
  } finally {
    await store.close().catch(() => undefined);
  }
}

function fail(e: unknown): number {
  const msg = e instanceof LedeError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  process.stderr.write(`lede: ${msg}\n`);
  return 1;
}
