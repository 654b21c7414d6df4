/**
 * `lede collect [--once] [--interval 15m] [--concurrency N]`: poll every source, fetch the page of
 * each new item and analyse and store it as `lede add` does. Polite by default (robots.txt, one
 * request per host per second, backoff, conditional GET). SIGTERM/SIGINT stop fetching at once and
 * finish storing what was fetched; the next run resumes. `--once` exits 1 when a feed or page failed.
 * `--queue redis://…` puts the articles on the @lede/queue batch queue for `lede worker` instead.
 */
import type { Command } from 'commander';
import { LedeError } from '@lede/core/model';
import type { LedeStore } from '@lede/store';
import type { IngestSink, RoundReport } from '@lede/collect';
import { intArg, printError, withStore, type StoreCliOptions } from './store-cli.js';

type Opts = StoreCliOptions & {
  once?: boolean; interval: string; concurrency?: number; perHost?: number; hostInterval: string; timeout: string;
  maxMb?: number; contact?: string; threads?: number; verbose?: boolean; robots?: boolean; queue?: string; batch?: number;
};

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('poll the sources (lede sources add), fetch new articles politely, analyse and store them')
    .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)')
    .option('--once', 'one round over every source, then exit (for cron)')
    .option('--interval <duration>', 'time between polls of a feed, e.g. 15m, 1h', '15m')
    .option('--concurrency <n>', 'requests in flight over all hosts (default 8)', intArg('concurrency'))
    .option('--per-host <n>', 'requests in flight per host (default 2)', intArg('per-host'))
    .option('--host-interval <duration>', 'least time between two requests to one host (robots.txt Crawl-delay can raise it)', '1s')
    .option('--timeout <duration>', 'per request', '20s')
    .option('--max-mb <n>', 'largest page or feed read, in MB (default 10)', intArg('max-mb'))
    .option('--contact <url-or-mail>', 'contact for site operators, sent in the User-Agent (default $LEDE_CONTACT)')
    .option('--no-robots', 'ignore robots.txt (only for sites you run)')
    .option('--threads <n>', 'analysis worker threads (default: all cores)', intArg('threads'))
    .option('--queue <url>', 'put collected articles on a queue (redis://HOST:PORT) for `lede worker` instead of analysing here')
    .option('--batch <n>', 'with --queue: articles per job (default 32)', intArg('batch'))
    .option('--json', 'print each round report as a JSON line')
    .option('-v, --verbose', 'print every failed feed and page')
    .action(async (opts: Opts) => {
      process.exitCode = await collect(opts);
    });
}

export async function collect(opts: Opts): Promise<number> {
  const { parseDuration, createClient, runCollector, localSink, userAgent } = await import('@lede/collect');
  const duration = (v: string, field: string): number => {
    const ms = parseDuration(v);
    if (ms === undefined) throw new LedeError('INVALID_OPTION', `expected a duration such as 90s, 15m or 1h, got "${v}"`, { field });
    return ms;
  };
  let intervalMs: number, hostMs: number, timeoutMs: number;
  try {
    intervalMs = duration(opts.interval, 'interval');
    hostMs = duration(opts.hostInterval, 'host-interval');
    timeoutMs = duration(opts.timeout, 'timeout');
    if (opts.concurrency === 0 || opts.perHost === 0 || opts.threads === 0 || opts.maxMb === 0) throw new LedeError('INVALID_OPTION', 'counts must be at least 1', { field: 'concurrency' });
  } catch (e) {
    printError(e);
    return 2;
  }
  const stop = new AbortController();
  let failures = 0;
  const onSignal = (sig: string) => {
    if (stop.signal.aborted) process.exit(130); // a second signal: give up at once
    process.stderr.write(`lede: ${sig}: stopping; storing the articles already fetched…\n`);
    stop.abort();
  };
  const term = () => onSignal('SIGTERM');
  const int = () => onSignal('SIGINT');
  process.on('SIGTERM', term);
  process.on('SIGINT', int);
  const contact = opts.contact ?? process.env.LEDE_CONTACT;
  if (!contact) process.stderr.write('lede: tip: --contact (or LEDE_CONTACT) puts a way to reach you in the User-Agent site operators see\n');
  try {
    return await withStore({ ...opts, create: true }, async (store) => {
      const client = createClient({
        userAgent: userAgent(contact),
        timeoutMs,
        robots: opts.robots !== false,
        signal: stop.signal,
        ...(opts.maxMb && { maxBytes: opts.maxMb * 1024 * 1024 }),
        policy: { intervalMs: hostMs, ...(opts.concurrency && { total: opts.concurrency }), ...(opts.perHost && { perHost: opts.perHost }) },
      });
      if (!(await store.sources.list()).length) {
        process.stderr.write('lede: no sources to collect from; add feeds with `lede sources add URL…` or `lede sources import feeds.opml`\n');
        return;
      }
      const sink = await sinkFor(store, opts, localSink);
      try {
        await runCollector({
          store, client, sink, intervalMs, signal: stop.signal, once: !!opts.once,
          onRound: (report, round) => {
            failures += report.errors.length;
            printRound(report, round, opts);
          },
        });
      } finally {
        await sink.close();
      }
    }).then((code) => code || (opts.once && failures && !stop.signal.aborted ? 1 : 0));
  } finally {
    process.off('SIGTERM', term);
    process.off('SIGINT', int);
  }
}

/** Where collected articles go: analysed here (the worker pool of `lede add`), or onto a queue. */
async function sinkFor(store: LedeStore, opts: Opts, localSink: typeof import('@lede/collect').localSink): Promise<IngestSink> {
  if (opts.queue === undefined) return localSink(store, { ...(opts.threads !== undefined && { threads: opts.threads }) });
  const sink = await (await import('./collect-queue.js')).queueSink(opts.queue, store, opts.batch);
  process.stderr.write(`lede: collecting onto ${sink.location}\n`);
  return sink;
}

function printRound(r: RoundReport, round: number, opts: Opts): void {
  if (opts.json) {
    process.stdout.write(JSON.stringify({ round, ...r }) + '\n');
    return;
  }
  const count = (s: string) => r.feeds.filter((f) => f.status === s).length;
  const p = r.pages;
  process.stdout.write(
    `round ${round}${r.stopped ? ' (stopped)' : ''}: feeds ${r.feeds.length} (ok ${count('ok')}, not modified ${count('not-modified')}, failed ${count('failed')}, backing off ${count('backing-off')}, not due ${count('not-due')})` +
      `; pages fetched ${p.fetched}, ${p.queued ? `queued ${p.queued}, ` : ''}added ${p.added}, updated ${p.updated}, unchanged ${p.unchanged}, duplicate ${p.duplicate}, failed ${p.failed}\n`,
  );
  for (const f of r.feeds) if (f.status === 'failed' && f.error) process.stderr.write(`lede: feed ${f.url}: ${f.error.code}: ${f.error.message}\n`);
  const pages = r.errors.filter((e) => !r.feeds.some((f) => f.error === e));
  const shown = opts.verbose ? pages : pages.slice(0, 5);
  for (const e of shown) process.stderr.write(`lede: page ${e.url}: ${e.code}: ${e.message}\n`);
  if (pages.length > shown.length) process.stderr.write(`lede: … ${pages.length - shown.length} more failed pages (use --verbose)\n`);
}
