/**
 * File mode (`lede browse article.txt|dir|x.jsonl`): read the inputs with @lede/ingest, analyse each
 * with core and add it to an in-memory store while the browser is already up. Yields to the event
 * loop between articles so keys and frames get through; bad records are counted, never fatal.
 */
import { analyze } from '@lede/core';
import type { CorpusStore } from '@lede/store';
import { readInputs } from '@lede/ingest';
import type { LoadProgress } from './progress.js';

export interface LoadOptions {
  format?: string;
  /** Stop early (the reader quit). */
  signal?: AbortSignal;
}

const yieldToInput = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function loadInputs(paths: string[], store: CorpusStore, progress: LoadProgress, opts: LoadOptions = {}): Promise<void> {
  let loaded = 0;
  let failed = 0;
  const errors: string[] = [];
  let lastPaint = 0;
  const report = (current?: string, force = false) => {
    const now = Date.now();
    if (!force && now - lastPaint < 100) return; // repaint at most ~10 times a second
    lastPaint = now;
    progress.update({ loaded, failed, errors: errors.slice(), current });
  };
  try {
    for await (const r of readInputs(paths, { format: opts.format } as Parameters<typeof readInputs>[1])) {
      if (opts.signal?.aborted) return;
      if (!r.ok) {
        failed++;
        if (errors.length < 5) errors.push(`${r.record}: ${r.error.message}`);
      } else {
        try {
          await store.add(analyze(r.article));
          loaded++;
        } catch (e) {
          failed++;
          if (errors.length < 5) errors.push(`${r.record}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      report(r.record);
      await yieldToInput();
    }
  } catch (e) {
    failed++;
    errors.push(e instanceof Error ? e.message : String(e));
  } finally {
    progress.update({ phase: 'done', loaded, failed, errors, current: undefined });
  }
}
