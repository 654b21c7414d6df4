import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LedeError, type ArticleInput } from '@lede/core';
import { Piscina } from 'piscina';
import type { AnalyzeRequestOptions, Analyzer } from './analyzer.js';
import { HttpProblem } from './http/problem.js';
import type { WorkerReply } from './analyze-worker.js';
import type { ParseTask } from './input/to-article.js';

/**
 * Analysis on worker threads (piscina), so a long article does not stall other requests. Costs a
 * structured clone of each result, repaid on 2+ cores (the default there; see config.ts autoWorkers).
 */
export function poolAnalyzer({ workers, budgetMs = 10_000 }: { workers: number; budgetMs?: number }): Analyzer {
  // A bounded queue: under overload, answer 503 at once rather than let latency grow without limit.
  const pool = new Piscina({ ...workerFile(), minThreads: workers, maxThreads: workers, maxQueue: workers * 32 });
  // Load the pipeline (and its models) in every worker now, not on the first requests.
  const warm = Promise.all(
    Array.from({ length: workers }, () => pool.run({ input: { id: 'warm-up', text: 'Warm up. "Ready," she said.' }, options: {} })),
  ).then(() => undefined);
  type Task = { input?: ArticleInput; parse?: ParseTask; options: AnalyzeRequestOptions; json?: boolean };
  const run = async (task: Task, signal?: AbortSignal): Promise<WorkerReply & { ok: true }> => {
    if (pool.queueSize >= workers * 32) throw new HttpProblem('UNAVAILABLE', 'the analysis queue is full; retry shortly', [], { 'Retry-After': '1' });
    // The budget per record: aborting a running piscina task terminates its thread, so a record
    // that would run for minutes (hostile markup, a quadratic path) frees its worker.
    const budget = AbortSignal.timeout(budgetMs);
    let reply: WorkerReply;
    try {
      reply = (await pool.run(task, { signal: signal ? AbortSignal.any([signal, budget]) : budget })) as WorkerReply;
    } catch (e) {
      if (budget.aborted && !signal?.aborted) {
        const id = task.input?.id ?? task.parse?.meta.id ?? task.parse?.id;
        throw new HttpProblem('BUDGET_EXCEEDED', `${id ? `record "${id}"` : 'the record'} needed more than the ${budgetMs} ms analysis budget per record (LEDE_RECORD_BUDGET_MS)`, [
          { field: task.parse?.field ?? 'body', message: `over the ${budgetMs} ms budget` },
        ]);
      }
      throw e;
    }
    if (reply.ok) return reply;
    const { code, message, field, record } = reply.error;
    throw new LedeError(code, message, { ...(field && { field }), ...(record && { record }) });
  };
  return {
    ready: () => warm,
    async analyze(input, options, signal) {
      const reply = await run({ input, options }, signal);
      if ('analysis' in reply) return reply.analysis;
      throw new Error('analysis worker replied with JSON text to an object request');
    },
    async analyzeJson(input, options, signal) {
      const reply = await run({ input, options, json: true }, signal);
      if ('json' in reply) return reply.json;
      throw new Error('analysis worker replied with an object to a JSON request');
    },
    async analyzeTask(parse, { json, ...options }, signal) {
      const reply = await run({ parse, options, json: json ?? false }, signal);
      return 'json' in reply ? reply.json : reply.analysis;
    },
    async close() {
      await pool.destroy();
    },
  };
}

/**
 * Built: dist/analyze-worker.js beside the bundle. From source (vitest, tsx): the .ts worker behind
 * a bootstrap that registers tsx in the worker thread, with the `source` condition.
 */
function workerFile(): { filename: string; execArgv?: string[]; workerData?: unknown } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'analyze-worker.js');
  if (fs.existsSync(built)) return { filename: built };
  const tsxApi = path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
  return {
    filename: path.join(here, 'ts-worker-bootstrap.mjs'),
    // Only the condition: the parent's flags may not be valid in a worker (e.g. --expose-gc).
    execArgv: ['--conditions=source'],
    workerData: { tsxApi: pathToFileURL(tsxApi).href, entry: pathToFileURL(path.join(here, 'analyze-worker.ts')).href },
  };
}
