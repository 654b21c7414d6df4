import { openStore, redactUrl } from '@lede/store';
import { pino } from 'pino';
import type { ServerConfig } from './config.js';
import { poolAnalyzer } from './pool.js';
import { openArticleQueue } from './queue.js';
import { startServer, type RunningServer } from './server.js';

/**
 * Run the server as a process (what `lede serve` calls): open the store, listen, and shut down
 * gracefully on SIGINT/SIGTERM — in-flight requests finish, then the store closes. The returned
 * `close()` does the same without a signal.
 */
export async function serve(config: ServerConfig): Promise<RunningServer> {
  // Asynchronous stdout (sonic-boom): a request never waits on a log write to a slow pipe or
  // collector; pino flushes what is buffered when the process exits.
  const logger = pino(
    { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    pino.destination({ dest: 1, sync: false }),
  );
  const store = await openStore(config.db === undefined ? {} : { db: config.db });
  const queue = config.queue === undefined ? undefined : openArticleQueue(config.queue);
  const running = await startServer({
    store,
    logger,
    port: config.port,
    host: config.host,
    bodyLimit: config.bodyLimit,
    timeoutMs: config.timeoutMs,
    rateLimit: config.rateLimit > 0 ? { limit: config.rateLimit, windowMs: 60_000 } : false,
    analyseRateLimit: config.analyseRateLimit > 0 ? { limit: config.analyseRateLimit, windowMs: 60_000 } : false,
    trustProxy: config.trustProxy,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    security: { ...(config.token !== undefined && { token: config.token }), private: config.private, cors: config.cors },
    ...(queue && { queue }),
    ...(config.workers > 0 && { analyzer: poolAnalyzer({ workers: config.workers, budgetMs: config.recordBudgetMs }) }),
  });
  logger.info({ url: running.url, db: config.db === undefined ? 'default' : redactUrl(config.db), workers: config.workers, ...(queue && { queue: queue.location }), token: config.token !== undefined, private: config.private }, 'lede server listening');

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= running
      .close()
      .then(() => queue?.close())
      .then(() => store.close())
      .finally(() => {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        logger.info('stopped');
      }));
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    stop().catch((err: unknown) => {
      logger.error({ err }, 'shutdown failed');
      process.exitCode = 1;
    });
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  return { ...running, close: stop };
}
