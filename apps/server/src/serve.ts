import { openStore, redactUrl } from '@lede/store';
import { pino } from 'pino';
import type { ServerConfig } from './config.js';
import { poolAnalyzer } from './pool.js';
import { startServer, type RunningServer } from './server.js';

/**
 * Run the server as a process (what `lede serve` calls): open the store, listen, and shut down
 * gracefully on SIGINT/SIGTERM — in-flight requests finish, then the store closes.
 */
export async function serve(config: ServerConfig): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] });
  const store = await openStore(config.db === undefined ? {} : { db: config.db });
  const running = await startServer({
    store,
    logger,
    port: config.port,
    host: config.host,
    bodyLimit: config.bodyLimit,
    timeoutMs: config.timeoutMs,
    rateLimit: config.rateLimit > 0 ? { limit: config.rateLimit, windowMs: 60_000 } : false,
    trustProxy: config.trustProxy,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    ...(config.workers > 0 && { analyzer: poolAnalyzer({ workers: config.workers }) }),
  });
  logger.info({ url: running.url, db: config.db === undefined ? 'default' : redactUrl(config.db), workers: config.workers }, 'lede server listening');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    void running
      .close()
      .then(() => store.close())
      .then(() => {
        logger.info('stopped');
        process.exitCode = 0;
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exitCode = 1;
      });
  };
  process.on('SIGINT', () => stop('SIGINT')).on('SIGTERM', () => stop('SIGTERM'));
  return running;
}
