/**
 * `lede add PATH...`: ingest files, folders, feeds and JSONL, analyse them on every core and store
 * them. Idempotent: an article already stored with the same content and metadata is skipped (changed
 * metadata is an update; --reanalyze replaces every given article); copies under
 * another id are stored and linked as duplicates. Exit 1 when any record failed.
 */
import type { Command } from 'commander';
import { LedeError } from '@lede/core/model';
import { countRecords, progressLine } from './add-progress.js';
import { intArg, printError, withStore, type StoreCliOptions } from './store-cli.js';
import { extraFieldTracker, noteExtras } from './extra-fields.js';
import { addThemesOptions, themesStageOptions, type ThemesMode } from './themes-option.js';

type Opts = StoreCliOptions & { queue?: string; batch?: number; reanalyze?: boolean; format?: string; threads?: number; verbose?: boolean; themes?: string; themesMode?: ThemesMode };

export function registerAdd(program: Command): void {
  const command = program
    .command('add')
    .description('analyse files, folders, feeds or JSONL and add them to the corpus store')
    .argument('<paths...>', 'files or directories (- for stdin)')
    .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)')
    .option('--format <format>', 'input format (default: detected per file)')
    .option('--threads <n>', 'analysis worker threads (default: all cores)', intArg('threads'))
    .option('--json', 'print the summary as JSON')
    .option('--reanalyze', 're-run the analysis of articles already stored (e.g. after an upgrade) and replace them')
    .option('-v, --verbose', 'print every failed record and duplicate')
    .option('--queue <url>', 'put the records on a queue (redis://HOST:PORT) for `lede worker` instead of analysing here')
    .option('--batch <n>', 'with --queue: records per job (default 32)', intArg('batch'));
  // Articles already stored are not re-analysed: new themes apply to articles added from now on.
  addThemesOptions(command)
    .action(async (paths: string[], opts: Opts) => {
      process.exitCode = await add(paths, opts);
    });
}

export async function add(paths: string[], opts: Opts): Promise<number> {
  if (opts.queue !== undefined) return (await import('./add-queue.js')).addToQueue(paths, { ...opts, queue: opts.queue });
  // A bad theme definitions file is a usage error (exit 2), found before the store is touched.
  let stageOptions: Record<string, unknown> | undefined;
  try {
    stageOptions = await themesStageOptions(opts.themes, opts.themesMode);
  } catch (e) {
    printError(e);
    return 2;
  }
  let failed = 0;
  const code = await withStore({ ...opts, create: true }, async (store) => {
    const [{ readInputs }, { ingestCorpus }] = await Promise.all([import('@lede/ingest'), import('@lede/store')]);
    if (opts.threads === 0) throw new LedeError('INVALID_OPTION', '--threads must be at least 1', { field: 'threads' });
    const bar = progressLine(countRecords(paths));
    const extras = extraFieldTracker();
    const inputs = noteExtras(readInputs(paths, opts.format === undefined ? {} : { format: opts.format as never }), extras);
    const sum = await ingestCorpus(store, inputs, {
      ...(opts.threads !== undefined && { threads: opts.threads }),
      ...(opts.reanalyze && { reanalyze: true }),
      ...(stageOptions && { analyzeOptions: { stageOptions } }),
      onProgress: (p) => bar.update(p),
      ...(opts.verbose && {
        onResult: (r) => {
          if (r.status === 'duplicate') process.stderr.write(`duplicate ${r.id} of ${r.duplicateOf} (similarity ${r.similarity?.toFixed(2)})\n`);
        },
      }),
    });
    bar.done();
    process.stderr.write(extras.warning('add'));
    failed = sum.failed;
    if (opts.json) {
      process.stdout.write(JSON.stringify({ db: store.location, ...sum }, null, 2) + '\n');
      return;
    }
    const shown = opts.verbose ? sum.errors : sum.errors.slice(0, 5);
    for (const e of shown) process.stderr.write(`lede: ${e.record}: ${e.error.code}${e.error.field ? ` (${e.error.field})` : ''}: ${e.error.message}\n`);
    if (sum.failed > shown.length) process.stderr.write(`lede: … ${sum.failed - shown.length} more failed records (use --verbose)\n`);
    const stored = sum.added + sum.updated + sum.duplicate;
    const rate = stored && sum.seconds > 0 ? ` in ${sum.seconds.toFixed(1)}s (${(stored / sum.seconds).toFixed(stored / sum.seconds < 10 ? 1 : 0)} articles/s)` : '';
    process.stdout.write(
      `added ${sum.added}, updated ${sum.updated}, unchanged ${sum.unchanged}, duplicate ${sum.duplicate}, failed ${sum.failed}${rate}\n` +
        `store: ${store.location}\n`,
    );
  });
  if (code) return code;
  return failed ? 1 : 0;
}
