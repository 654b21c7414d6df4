import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnalyzeOptions, ArticleInput } from '@lede/core';
import type { Piscina as PiscinaPool } from 'piscina';
import { storeError } from '../errors.js';
import type { AnalyzedItem } from './analyze-worker.js';

export type { AnalyzedItem };

/** Analysis on every core: a piscina pool of worker threads running analyze + prepareArticle. */
export interface AnalyzerPool {
  readonly threads: number;
  analyze(inputs: ArticleInput[]): Promise<AnalyzedItem[]>;
  destroy(): Promise<void>;
}

/**
 * Where the worker lives. Built: dist/analyze-worker.js beside the bundle (tsup entry). From
 * source (tsx, vitest): the .ts worker behind a bootstrap that registers tsx in the worker thread,
 * with the `source` condition so workspace packages resolve to src/ as in the main thread.
 */
function workerOptions(analyzeOptions: AnalyzeOptions | undefined): { filename: string; execArgv?: string[]; workerData?: unknown } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'analyze-worker.js');
  if (fs.existsSync(built)) return { filename: built, workerData: { analyzeOptions } };
  const source = path.join(here, 'analyze-worker.ts');
  if (!fs.existsSync(source)) throw storeError(`analysis worker not found beside ${here}`, 'threads');
  const require = createRequire(import.meta.url);
  let tsxApi: string;
  try {
    tsxApi = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
  } catch (e) {
    throw storeError('running the analysis worker from source needs tsx installed', 'threads', e);
  }
  // Only the condition: the parent's flags may not be valid in a worker (e.g. --expose-gc).
  const execArgv = ['--conditions=source'];
  return {
    filename: path.join(here, 'ts-worker-bootstrap.mjs'),
    execArgv,
    workerData: { tsxApi: pathToFileURL(tsxApi).href, entry: pathToFileURL(source).href, analyzeOptions },
  };
}

function validateThreads(threads: number): void {
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw storeError('threads must be an integer from 1 to 256', 'threads');
}

export interface AnalyzerPoolOptions {
  threads?: number;
  /**
   * What every worker passes to `analyze` (stages, stage options such as user themes). It must be
   * structured-cloneable: theme definitions go as their JSON text or plain objects.
   */
  analyzeOptions?: AnalyzeOptions;
}

export function createAnalyzerPool(opts: AnalyzerPoolOptions = {}): AnalyzerPool {
  const threads = opts.threads ?? Math.max(1, os.availableParallelism());
  validateThreads(threads);
  // piscina loads here, not at import: read commands (`lede show`, queries) import this package
  // without ever starting a pool, and loading it cost them ~30 ms of start-up.
  const { Piscina } = createRequire(import.meta.url)('piscina') as { Piscina: typeof PiscinaPool };
  const pool = new Piscina({ ...workerOptions(opts.analyzeOptions), minThreads: threads, maxThreads: threads, idleTimeout: 30_000 });
  return {
    threads,
    analyze: (inputs) => pool.run(inputs) as Promise<AnalyzedItem[]>,
    destroy: () => pool.destroy(),
  };
}

/** Check a thread count without starting a pool. */
createAnalyzerPool.validate = validateThreads;
