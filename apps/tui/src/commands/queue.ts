/** `lede queue status|retry|drain --queue redis://…`: look after the ingest queue. */
import { Option, type Command } from 'commander';
import { printError } from './store-cli.js';

type Opts = { queue: string; json?: boolean };

export function registerQueue(program: Command): void {
  const cmd = program.command('queue').description('the ingest queue: status, retry failed jobs, drain waiting ones');
  const common = (c: Command) => c.requiredOption('--queue <url>', 'redis://HOST:PORT[/DB][?prefix=…&name=…]').addOption(new Option('--json', 'print JSON'));
  common(cmd.command('status').description('waiting, active, completed and failed jobs, throughput, and what failed')).action((o: Opts) => run(o, 'status'));
  common(cmd.command('retry').description('move every failed job back to the queue')).action((o: Opts) => run(o, 'retry'));
  common(cmd.command('drain').description('remove the jobs not yet started (active ones finish)')).action((o: Opts) => run(o, 'drain'));
}

async function run(opts: Opts, what: 'status' | 'retry' | 'drain'): Promise<void> {
  const q = await import('@lede/queue');
  let queue: ReturnType<typeof q.openQueue> | undefined;
  try {
    const target = q.parseQueueUrl(opts.queue);
    queue = q.openQueue(target);
    if (what === 'status') {
      const s = await q.queueStatus(queue, target);
      if (opts.json) process.stdout.write(JSON.stringify(s, null, 2) + '\n');
      else {
        const out = [
          `queue: ${s.queue}`,
          `waiting ${s.waiting}, active ${s.active}, delayed ${s.delayed} (retrying), completed ${s.completed}, failed ${s.failed}`,
          `throughput: ${s.articlesPerSecond.toFixed(1)} articles/s (last ${s.window} min)`,
          ...s.failedJobs.map((j) => `failed job ${j.jobId} after ${j.attempts} attempts: ${j.error}\n  records: ${j.records.slice(0, 5).join(', ')}${j.records.length > 5 ? `, … ${j.records.length - 5} more` : ''}`),
          ...s.rejected.map((r) => `rejected ${r.record}: ${r.error.code}${r.error.field ? ` (${r.error.field})` : ''}: ${r.error.message}`),
        ];
        process.stdout.write(out.join('\n') + '\n');
      }
    } else {
      const n = what === 'retry' ? await q.retryFailed(queue) : await q.drainQueue(queue);
      if (opts.json) process.stdout.write(JSON.stringify({ [what === 'retry' ? 'retried' : 'removed']: n }) + '\n');
      else process.stdout.write(what === 'retry' ? `retried ${n} failed jobs\n` : `removed ${n} waiting jobs\n`);
    }
    process.exitCode = 0;
  } catch (e) {
    printError(e);
    process.exitCode = 1;
  } finally {
    await queue?.close().catch(() => {});
  }
}
