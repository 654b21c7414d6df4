import type { CorpusStore } from '@lede/store';
import type { Logger } from 'pino';
import type { Analyzer } from './analyzer.js';
import type { ParseInput } from './input/ingest.js';
import type { ArticleQueue } from './queue.js';

/** What the routes need; injected so tests (and embedders) can pass their own store or analyzer. */
export interface AppDeps {
  store: CorpusStore;
  analyzer: Analyzer;
  parseInput: ParseInput;
  logger: Logger;
  /** Flipped by graceful shutdown so /readyz tells load balancers to stop sending traffic. */
  state: { draining: boolean };
  /** With `--queue`: POST /v1/articles enqueues for `lede worker` instead of analysing here. */
  queue?: ArticleQueue;
}
