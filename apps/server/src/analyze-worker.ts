// Worker-thread side of the analysis pool: LedeErrors cross the thread boundary as plain data.
import { analyze, isLedeError, type Analysis, type ArticleInput, type ErrorInfo } from '@lede/core';
import type { AnalyzeRequestOptions } from './analyzer.js';

export type WorkerReply = { ok: true; analysis: Analysis } | { ok: true; json: string } | { ok: false; error: ErrorInfo };

/** `json`: reply with the analysis as JSON text (one string crosses the thread boundary, not a deep object). */
export default function run({ input, options, json }: { input: ArticleInput; options: AnalyzeRequestOptions; json?: boolean }): WorkerReply {
  try {
    const analysis = analyze(input, { ...(options.stages && { stages: options.stages }), tokens: options.tokens ?? false });
    return json ? { ok: true, json: JSON.stringify(analysis) } : { ok: true, analysis };
  } catch (e) {
    if (isLedeError(e)) return { ok: false, error: e.toJSON() };
    throw e;
  }
}
