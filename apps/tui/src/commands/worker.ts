/**
 * `lede worker --queue redis://… --db postgres://…`: analyse queued batches and write each to the
 * store in one transaction, until SIGTERM/SIGINT: then finish the jobs in hand, take no new one and
 * exit 0 (a second signal exits at once; the unfinished jobs go back to the queue).
 */
import type { Command } from 'commander';
import { intArg, printError } from './store-cli.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('analyse batches from a queue (lede add --queue) and store them')
    .requiredOption('--queue <url>', 'redis://HOST:PORT[/DB][?prefix=…&name=…]')
    .option('--db <db>', 'the store to write: postgres:// URL (or a SQLite file for a single worker)', process.env.LEDE_DB)
    .option('--concurrency <n>', 'jobs analysed at once, one worker thread each (default: one per core)', intArg('concurrency'))
    .option('--quiet', 'no line per job')
    .action(async (opts: { queue: string; db?: string; concurrency?: number; quiet?: boolean }) => {
      process.exitCode = await work(opts);
    });
}

async function work(opts: { queue: string; db?: string; concurrency?: number; quiet?: boolean }): Promise<number> {
  const [{ openStore }, q] = await Promise.all([import('@lede/store'), import('@lede/queue')]);
  let running: import('@lede/queue').RunningWorker;
  try {
    if (opts.concurrency === 0) throw new (await import('@lede/core/model')).LedeError('INVALID_OPTION', '--concurrency must be at least 1', { field: 'concurrency' });
    const target = q.parseQueueUrl(opts.queue);
    const store = await openStore(opts.db === undefined ? {} : { db: opts.db });
    // Lock and stalled-check intervals are tunable for tests and slow machines.
    const lockMs = Number(process.env.LEDE_QUEUE_LOCK_MS) || undefined;
    let lastError = 0;
    running = q.startWorker(target, store, {
      ...(opts.concurrency !== undefined && { concurrency: opts.concurrency }),
      ...(lockMs && { lockMs }),
      onJob: ({ jobId, result, error }) => {
        if (opts.quiet) return;
        if (error) process.stderr.write(`lede worker: job ${jobId} failed (will retry unless out of attempts): ${error.message}\n`);
        else if (result) {
          process.stdout.write(`job ${jobId}: added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, duplicate ${result.duplicate}, failed ${result.failed}\n`);
          for (const e of result.errors) process.stderr.write(`lede: ${e.record}: ${e.error.code}${e.error.field ? ` (${e.error.field})` : ''}: ${e.error.message}\n`);
        }
      },
      // A Redis outage: ioredis reconnects with backoff; say so at most every 5 s.
      onError: (e) => {
        if (Date.now() - lastError < 5000) return;
        lastError = Date.now();
        process.stderr.write(`lede worker: queue connection: ${e.message} (retrying)\n`);
      },
    });
    process.stderr.write(`lede worker: ${running.concurrency} at once, queue ${target.location}, store ${store.location}\n`);
  } catch (e) {
    printError(e);
    return 2;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`lede worker: ${signal}: finishing the current jobs\n`);
      process.once('SIGTERM', () => process.exit(130));
      process.once('SIGINT', () => process.exit(130));
      running.close().then(resolve, (e) => {
        printError(e);
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
