import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { isLoopback, loopbackHosts } from './guard.js';
import type { AppDeps } from './deps.js';

export interface ServeOptions extends AppOptions {
  port: number;
  host: string;
  /** How long shutdown waits for in-flight requests before cutting connections (default 10 s). */
  shutdownTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: http.Server;
  deps: AppDeps;
  /**
   * Graceful shutdown: stop accepting connections, let in-flight requests finish (up to the
   * shutdown timeout), then close the analyzer. The store belongs to the caller.
   */
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  // Bound to loopback: only loopback names are valid Hosts. Bound wider (with a token): any name.
  const hosts = options.security?.hosts ?? (isLoopback(options.host) ? loopbackHosts : false);
  const { app, deps } = createApp({ ...options, security: { ...options.security, hosts } });
  await deps.analyzer.ready?.();
  const server = app.listen(options.port, options.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Cut slow uploads and slowloris headers before any handler runs.
  server.requestTimeout = (options.timeoutMs ?? 30_000) + 5_000;
  server.headersTimeout = Math.min(60_000, server.requestTimeout);
  server.keepAliveTimeout = 5_000;

  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;

  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      deps.state.draining = true;
      const deadline = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
      // Keep-alive connections that finish their last request become idle: close them as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.close(() => {
        clearTimeout(deadline);
        clearInterval(sweep);
        resolve();
      });
    }).then(() => deps.analyzer.close()));

  return { url: `http://${host}:${port}`, port, server, deps, close };
}
