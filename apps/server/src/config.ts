import fs from 'node:fs';
import os from 'node:os';
import { LedeError } from '@lede/core';
import { z } from 'zod';
import { isLoopback } from './guard.js';

const bytes = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i.exec(String(v).trim());
    if (!m) {
      ctx.addIssue({ code: 'custom', message: 'expected a size like 1048576, 512kb or 1mb' });
      return z.NEVER;
    }
    return Math.round(Number(m[1]) * ({ b: 1, kb: 1024, mb: 1 << 20 }[(m[2] ?? 'b').toLowerCase() as 'b'] ?? 1));
  })
  .pipe(z.number().int().min(1024).max(64 << 20));

/**
 * Analysis is CPU-bound: on the main thread it stalls every other request while it runs, so with
 * two or more cores it goes to one worker per core (on 2 cores: 426 vs 258 analyze req/s, p99 73 vs
 * 94 ms; `pnpm bench --suite server`). One core gains nothing from a worker.
 */
export function autoWorkers(cores = os.availableParallelism()): number {
  return cores >= 2 ? cores : 0;
}

/** Everything `lede serve` can be told, by flag or environment variable. */
export const ServerConfig = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().min(1).default('127.0.0.1').describe('Loopback by default: exposing the API is a deliberate choice.'),
  db: z.string().min(1).optional().describe('SQLite file, ":memory:" or a postgres:// URL; default .lede/lede.db.'),
  queue: z.string().regex(/^rediss?:\/\//, 'expected redis://HOST:PORT').optional().describe('Ingest queue: POST /v1/articles enqueues for `lede worker` (LEDE_QUEUE).'),
  workers: z
    .union([z.literal('auto'), z.coerce.number().int().min(0).max(64)])
    .default('auto')
    .transform((v) => (v === 'auto' ? autoWorkers() : v))
    .describe('Analysis worker threads; 0 analyses on the main thread; auto (default) one per core on 2+ cores.'),
  bodyLimit: bytes.default(1 << 20),
  timeoutMs: z.coerce.number().int().min(100).max(600_000).default(30_000),
  recordBudgetMs: z.coerce.number().int().min(100).max(600_000).default(10_000).describe('Worker time one record may take before its analysis is aborted (422 BUDGET_EXCEEDED).'),
  rateLimit: z.coerce.number().int().min(0).default(600).describe('Requests per minute per client IP on /v1; 0 turns it off.'),
  analyseRateLimit: z.coerce.number().int().min(0).default(30).describe('Analyses per minute per client IP on the web reader\'s Analyse page (POST /analyse); 0 turns it off.'),
  shutdownTimeoutMs: z.coerce.number().int().min(0).max(600_000).default(10_000),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  trustProxy: z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]).default(false),
  token: z.string().min(16, 'a token needs at least 16 characters').optional().describe('Bearer token for writes (LEDE_TOKEN).'),
  tokenFile: z.string().min(1).optional().describe('File holding the token; read once at start.'),
  private: z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]).default(false),
  cors: z
    .union([z.array(z.string()), z.string().transform((s) => s.split(','))])
    .transform((a) => a.map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url().refine((o) => new URL(o).origin === o, 'an origin is scheme://host[:port], no path')))
    .default([]),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

const envNames: Record<keyof ServerConfig, string> = {
  port: 'PORT',
  host: 'HOST',
  db: 'LEDE_DB',
  queue: 'LEDE_QUEUE',
  workers: 'LEDE_WORKERS',
  bodyLimit: 'LEDE_BODY_LIMIT',
  timeoutMs: 'LEDE_TIMEOUT_MS',
  recordBudgetMs: 'LEDE_RECORD_BUDGET_MS',
  rateLimit: 'LEDE_RATE_LIMIT',
  analyseRateLimit: 'LEDE_ANALYSE_RATE_LIMIT',
  shutdownTimeoutMs: 'LEDE_SHUTDOWN_TIMEOUT_MS',
  logLevel: 'LOG_LEVEL',
  trustProxy: 'LEDE_TRUST_PROXY',
  token: 'LEDE_TOKEN',
  tokenFile: 'LEDE_TOKEN_FILE',
  private: 'LEDE_PRIVATE',
  cors: 'LEDE_CORS',
};

/** Flags win over environment variables, which win over defaults; errors name the setting. */
export function resolveConfig(flags: Partial<Record<keyof ServerConfig, unknown>>, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(envNames)) {
    const value = flags[key as keyof ServerConfig] ?? env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = ServerConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const name = envNames[key as keyof ServerConfig];
    throw new LedeError('INVALID_OPTION', `${key}${name ? ` (${name})` : ''}: ${issue.message}`, { field: key });
  }
  if (parsed.data.workers > os.availableParallelism() * 4) {
    throw new LedeError('INVALID_OPTION', `workers: at most ${os.availableParallelism() * 4} on this machine`, { field: 'workers' });
  }
  return checkSecurity(parsed.data);
}

/** The token file wins over LEDE_TOKEN; without a token the server must stay on loopback. */
function checkSecurity(config: ServerConfig): ServerConfig {
  const fail = (field: string, message: string) => new LedeError('INVALID_OPTION', `${field}: ${message}`, { field });
  if (config.tokenFile !== undefined) {
    let token: string;
    try {
      token = fs.readFileSync(config.tokenFile, 'utf8').trim();
    } catch (e) {
      throw fail('tokenFile', `cannot read ${config.tokenFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    if (token.length < 16) throw fail('tokenFile', 'a token needs at least 16 characters');
    config = { ...config, token };
  }
  if (config.token === undefined && !isLoopback(config.host)) {
    throw fail('host', `binding to ${config.host} needs a token (--token-file or LEDE_TOKEN): without one anyone on the network could write`);
  }
  if (config.private && config.token === undefined) throw fail('private', 'needs a token (--token-file or LEDE_TOKEN)');
  return config;
}
