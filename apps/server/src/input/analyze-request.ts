import type { Analysis } from '@lede/core';
import type { AppDeps } from '../deps.js';
import { JsonText } from '../http/route.js';
import { defaultParseInput } from './default-parser.js';
import { parseTask, type RequestTask } from './to-article.js';

/**
 * Parse and analyse one request's article: in one worker task when the analyzer has a pool (so
 * neither HTML parsing nor analysis runs on the event loop), else here. An injected parser (tests)
 * always runs here: a worker cannot call it.
 */
export async function analyzeRequest(deps: AppDeps, { task, stages, tokens }: RequestTask, signal: AbortSignal, json: true): Promise<JsonText | Analysis>;
export async function analyzeRequest(deps: AppDeps, { task, stages, tokens }: RequestTask, signal: AbortSignal, json?: false): Promise<Analysis>;
export async function analyzeRequest(deps: AppDeps, { task, stages, tokens }: RequestTask, signal: AbortSignal, json = false): Promise<JsonText | Analysis> {
  const options = { ...(stages && { stages }), tokens };
  if (deps.analyzer.analyzeTask && deps.parseInput === defaultParseInput) {
    const out = await deps.analyzer.analyzeTask(task, { ...options, json }, signal);
    return typeof out === 'string' ? new JsonText(out) : out;
  }
  const input = parseTask(deps.parseInput, task);
  if (json && deps.analyzer.analyzeJson) return new JsonText(await deps.analyzer.analyzeJson(input, options, signal));
  return deps.analyzer.analyze(input, options, signal);
}
