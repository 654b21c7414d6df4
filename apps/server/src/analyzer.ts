import { analyze, type Analysis, type ArticleInput } from '@lede/core';
import type { ParseTask } from './input/to-article.js';

export interface AnalyzeRequestOptions { stages?: string[]; tokens?: boolean }

/** Runs the core pipeline for the server: in-process, or on a worker pool (see pool.ts). */
export interface Analyzer {
  /** `signal` aborts when the request times out or the client leaves: queued work is dropped. */
  analyze(input: ArticleInput, options: AnalyzeRequestOptions, signal?: AbortSignal): Promise<Analysis>;
  /**
   * The same analysis as JSON text, when the analyzer can serialise it off the event loop (the
   * worker pool); POST /v1/analyze then sends it as it is.
   */
  analyzeJson?(input: ArticleInput, options: AnalyzeRequestOptions, signal?: AbortSignal): Promise<string>;
  /**
   * Parse raw request content and analyse it in one task off the event loop (the worker pool):
   * HTML parsing is as costly as analysis and must not stall other requests either. `json`: answer JSON text.
   */
  analyzeTask?(task: ParseTask, options: AnalyzeRequestOptions & { json?: boolean }, signal?: AbortSignal): Promise<Analysis | string>;
  /** Resolves once the analyzer can answer at full speed (models loaded); the server listens after it. */
  ready?(): Promise<void>;
  close(): Promise<void>;
}

/** Analysis on the event loop: the fastest choice on small machines for articles of a few KB. */
export function inlineAnalyzer(): Analyzer {
  return {
    async analyze(input, options, signal) {
      signal?.throwIfAborted();
      return analyze(input, { ...(options.stages && { stages: options.stages }), tokens: options.tokens ?? false });
    },
    async ready() {
      analyze({ id: 'warm-up', text: 'Warm up. "Ready," she said.' }); // load models before the first request
    },
    async close() {},
  };
}
