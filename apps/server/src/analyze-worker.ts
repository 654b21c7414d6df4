// Worker-thread side of the analysis pool: LedeErrors cross the thread boundary as plain data.
import { analyze, isLedeError, type Analysis, type ArticleInput, type ErrorInfo } from '@lede/core';
import type { AnalyzeRequestOptions } from './analyzer.js';

export type WorkerReply = { ok: true; analysis: Analysis } | { ok: false; error: ErrorInfo };

export default function run({ input, options }: { input: ArticleInput; options: AnalyzeRequestOptions }): WorkerReply {
  try {
    return { ok: true, analysis: analyze(input, { ...(options.stages && { stages: options.stages }), tokens: options.tokens ?? false }) };
  } catch (e) {
    if (isLedeError(e)) return { ok: false, error: e.toJSON() };
    throw e;
  }
}
