/**
 * `lede add PATH… --queue redis://…`: read and validate records here, put them on the queue in
 * batches for `lede worker` processes to analyse and store. Counts: queued, already queued, already
 * stored (with --db), failed to parse; bad records get the same typed errors as a local add.
 * Exit 1 when any record failed.
 */
import { isLedeError, LedeError } from '@lede/core/model';
import type { LedeStore } from '@lede/store';
import { countRecords } from './add-progress.js';
import { queueProgress } from './queue-progress.js';
import { printError } from './store-cli.js';
import { extraFieldTracker, noteExtras } from './extra-fields.js';

export interface AddQueueOptions { queue: string; db?: string; format?: string; json?: boolean; verbose?: boolean; reanalyze?: boolean; themes?: string; batch?: number }

export async function addToQueue(paths: string[], opts: AddQueueOptions): Promise<number> {
  const [{ readInputs }, { openStore }, q] = await Promise.all([import('@lede/ingest'), import('@lede/store'), import('@lede/queue')]);
  let store: LedeStore | undefined;
  let queue: ReturnType<typeof q.openQueue> | undefined;
  try {
    // Workers analyse with their own settings: per-run themes cannot travel with the records.
    if (opts.themes !== undefined) throw new LedeError('INVALID_OPTION', '--themes is not supported with --queue (workers analyse with the built-in themes)', { field: 'themes' });
    const target = q.parseQueueUrl(opts.queue);
    // Only an explicit --db is checked for stored articles: the workers' store is not the local default.
    if (opts.db !== undefined) store = await openStore({ db: opts.db });
    queue = q.openQueue(target);
    const bar = queueProgress(countRecords(paths));
    const extras = extraFieldTracker();
    const inputs = noteExtras(readInputs(paths, opts.format === undefined ? {} : { format: opts.format as never }), extras);
    const sum = await q.enqueueRecords(queue, inputs, {
      ...(store && { store }),
      ...(opts.reanalyze && { reanalyze: true }),
      ...(opts.batch !== undefined && { batchSize: opts.batch }),
      onProgress: (p) => bar.update(p),
    });
    bar.done();
    process.stderr.write(extras.warning('add'));
    if (opts.json) process.stdout.write(JSON.stringify({ queue: target.location, ...sum }, null, 2) + '\n');
    else {
      const shown = opts.verbose ? sum.errors : sum.errors.slice(0, 5);
      for (const e of shown) process.stderr.write(`lede: ${e.record}: ${e.error.code}${e.error.field ? ` (${e.error.field})` : ''}: ${e.error.message}\n`);
      if (sum.failed > shown.length) process.stderr.write(`lede: … ${sum.failed - shown.length} more failed records (use --verbose)\n`);
      process.stdout.write(
        `queued ${sum.queued} in ${sum.jobs} jobs, already queued ${sum.alreadyQueued}, already stored ${sum.alreadyStored}, failed ${sum.failed} in ${sum.seconds.toFixed(1)}s\n` +
          `queue: ${target.location}\n`,
      );
    }
    return sum.failed ? 1 : 0;
  } catch (e) {
    printError(e);
    return isLedeError(e) && e.code === 'INVALID_OPTION' ? 2 : 1;
  } finally {
    await queue?.close().catch(() => {});
    await store?.close().catch(() => {});
  }
}
