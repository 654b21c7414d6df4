import { isLedeError, type Analysis } from '@lede/core';
import { extraFieldsWarning } from '@lede/ingest';
import type { AppDeps } from '../deps.js';
import { HttpProblem } from '../http/problem.js';
import type { z } from 'zod';
import type { BatchResultSchema } from '../schemas.js';

type BatchResult = z.infer<typeof BatchResultSchema>;

/** Analyses in flight at once: enough to keep every pool worker busy; the store adds in order. */
const AHEAD = 8;

/**
 * Store every article of an NDJSON body: each line is parsed, analysed and added on its own, so
 * one bad line is reported (with its line number) without failing the rest. Analyses run ahead in
 * the pool (in parallel); adds stay in line order. Past `deadline` (before the request timeout)
 * the batch stops and answers: each line not reached gets a `NOT_PROCESSED` result, so the
 * client knows exactly which were stored (issue #15: a 503 after a silent partial commit).
 */
export async function ingestBatch(bytes: Uint8Array, deps: AppDeps, signal: AbortSignal, deadline = Infinity): Promise<BatchResult> {
  const out: BatchResult = { added: 0, updated: 0, unchanged: 0, duplicates: 0, failed: 0, results: [] };
  const items = deps.parseInput(bytes, { format: 'jsonl' });
  const pending = new Map<number, Promise<Analysis>>();
  const start = (i: number) => {
    const item = items[i];
    if (item?.ok && !pending.has(i)) {
      const p = deps.analyzer.analyze(item.article, { tokens: false }, signal);
      p.catch(() => {}); // handled when its turn comes
      pending.set(i, p);
    }
  };
  for (let i = 0; i < items.length; i++) {
    signal.throwIfAborted();
    const item = items[i]!;
    if (Date.now() > deadline) {
      out.failed++;
      out.results.push({ record: item.record, error: { code: 'NOT_PROCESSED', message: 'not stored: the batch reached the request deadline; send this line and the rest again' } });
      continue;
    }
    if (!item.ok) {
      out.failed++;
      out.results.push({ record: item.record, error: errorInfo(item.error) });
      continue;
    }
    for (let j = i; j < Math.min(items.length, i + AHEAD); j++) start(j);
    try {
      const analysis = await pending.get(i)!;
      pending.delete(i);
      const added = await deps.store.add(analysis);
      if (added.status === 'added') out.added++;
      else if (added.status === 'updated') out.updated++;
      else if (added.status === 'unchanged') out.unchanged++;
      else out.duplicates++;
      out.results.push({ record: item.record, ...added });
    } catch (e) {
      pending.delete(i);
      const lines = (isLedeError(e) && e.code !== 'STORE_ERROR') || (e instanceof HttpProblem && e.code === 'BUDGET_EXCEEDED');
      if (!lines) throw e; // our failure, not the line's
      out.failed++;
      out.results.push({ record: item.record, error: errorInfo(e) });
    }
  }
  // Fields Lede does not read, listed once for the whole body (as `lede add` warns once per run).
  const extra = new Set(items.flatMap((it) => (it.ok ? Object.keys(it.article.extra ?? {}) : [])));
  if (extra.size) out.warnings = [extraFieldsWarning(extra)];
  return out;
}

function errorInfo(e: { code: string; message: string; field?: string | undefined }) {
  return { code: e.code, message: e.message, ...(e.field !== undefined && { field: e.field }) };
}
