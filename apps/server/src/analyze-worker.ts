// Worker-thread side of the analysis pool: LedeErrors cross the thread boundary as plain data.
import { analyze, isLedeError, type Analysis, type ArticleInput, type ErrorInfo } from '@lede/core';
import type { AnalyzeRequestOptions } from './analyzer.js';
import { defaultParseInput } from './input/default-parser.js';
import { parseTask, type ParseTask } from './input/to-article.js';

export type WorkerReply = { ok: true; analysis: Analysis } | { ok: true; json: string } | { ok: false; error: ErrorInfo };

/**
 * `json`: reply with the analysis as JSON text (one string crosses the thread boundary, not a deep object).
 * `parse`: the raw request content, parsed here (HTML through linkedom and Readability) rather than on the event loop.
 */
export default function run({ input, parse, options, json }: { input?: ArticleInput; parse?: ParseTask; options: AnalyzeRequestOptions; json?: boolean }): WorkerReply {
  try {
    const article = input ?? parseTask(defaultParseInput, parse!);
    const analysis = analyze(article, { ...(options.stages && { stages: options.stages }), tokens: options.tokens ?? false });
    return json ? { ok: true, json: JSON.stringify(analysis) } : { ok: true, analysis };
  } catch (e) {
    if (isLedeError(e)) return { ok: false, error: e.toJSON() };
    throw e;
  }
}
