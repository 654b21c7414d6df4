import { isLedeError } from '@lede/core/model';
import { resolveConfig, serve } from '@lede/server';
import type { Command } from 'commander';

interface ServeFlags {
  port?: string;
  host?: string;
  db?: string;
  workers?: string;
  bodyLimit?: string;
  timeout?: string;
  rateLimit?: string;
  analyseRateLimit?: string;
  logLevel?: string;
  trustProxy?: boolean;
  tokenFile?: string;
  private?: boolean;
  cors?: string;
  queue?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API (OpenAPI at /openapi.json, docs at /docs); stops gracefully on Ctrl-C')
    .option('-p, --port <n>', 'port to listen on (env PORT; default 3000, 0 picks a free one)')
    .option('--host <addr>', 'address to bind (env HOST; default 127.0.0.1 — use 0.0.0.0 to expose it)')
    .option('--db <path|url>', 'corpus store: SQLite file, ":memory:" or postgres:// URL (env LEDE_DB; default .lede/lede.db)')
    .option('--workers <n>', 'analysis worker threads, or auto; 0 analyses on the main thread (env LEDE_WORKERS; default auto: one per core on 2+ cores)')
    .option('--body-limit <size>', 'largest request body, e.g. 512kb or 2mb (env LEDE_BODY_LIMIT; default 1mb)')
    .option('--timeout <ms>', 'answer 503 after this long (env LEDE_TIMEOUT_MS; default 30000)')
    .option('--rate-limit <n>', 'requests per minute per client IP on /v1, 0 = off (env LEDE_RATE_LIMIT; default 600)')
    .option('--analyse-rate-limit <n>', "analyses per minute per client IP on the web reader's Analyse page, 0 = off (env LEDE_ANALYSE_RATE_LIMIT; default 30)")
    .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent (env LOG_LEVEL; default info)')
    .option('--trust-proxy', 'behind a reverse proxy: take client IPs from X-Forwarded-For (env LEDE_TRUST_PROXY)')
    .option('--token-file <path>', 'file holding the Bearer token that writes need (env LEDE_TOKEN holds the token itself); required to bind beyond loopback')
    .option('--private', 'reads need the token too; /healthz and /readyz stay open (env LEDE_PRIVATE)')
    .option('--queue <url>', 'POST /v1/articles enqueues on this queue (redis://HOST:PORT) for `lede worker` instead of analysing (env LEDE_QUEUE)')
    .option('--cors <origins>', 'comma-separated origins allowed to call from a browser (env LEDE_CORS; default none)')
    .action(async (flags: ServeFlags) => {
      try {
        const config = resolveConfig({
          port: flags.port,
          host: flags.host,
          db: flags.db,
          workers: flags.workers,
          bodyLimit: flags.bodyLimit,
          timeoutMs: flags.timeout,
          rateLimit: flags.rateLimit,
          analyseRateLimit: flags.analyseRateLimit,
          logLevel: flags.logLevel,
          trustProxy: flags.trustProxy,
          tokenFile: flags.tokenFile,
          private: flags.private,
          cors: flags.cors,
          queue: flags.queue,
        });
        await serve(config);
      } catch (e) {
        if (isLedeError(e) && e.code === 'INVALID_OPTION') {
          process.stderr.write(`lede serve: ${e.message}\n`);
          process.exit(2);
        }
        const err = e as NodeJS.ErrnoException;
        process.stderr.write(`lede serve: ${err.code === 'EADDRINUSE' ? 'the port is already in use' : err.message}\n`);
        process.exit(1);
      }
    });
}
