import { LedeError } from '@lede/core';
import { Piscina } from 'piscina';
import type { Analyzer } from './analyzer.js';
import type { WorkerReply } from './analyze-worker.js';

/**
 * Analysis on worker threads (piscina), so a long article does not stall other requests. Costs a
 * structured clone of each result; on 2 cores the inline analyzer is as fast (see the README's
 * bench), so this is opt-in with `--workers N`.
 */
export function poolAnalyzer({ workers }: { workers: number }): Analyzer {
  const fromSource = import.meta.url.endsWith('.ts');
  const pool = new Piscina({
    filename: new URL(`./analyze-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Running from TypeScript sources (tests, bench): workers need the same loader.
    ...(fromSource && !process.execArgv.some((a) => a.includes('tsx')) && { execArgv: [...process.execArgv, '--import', 'tsx', '--conditions=source'] }),
  });
  // Load the pipeline (and its models) in every worker now, not on the first requests.
  const warm = Promise.all(
    Array.from({ length: workers }, () => pool.run({ input: { id: 'warm-up', text: 'Warm up. "Ready," she said.' }, options: {} })),
  ).then(() => undefined);
  return {
    ready: () => warm,
    async analyze(input, options) {
      const reply = (await pool.run({ input, options })) as WorkerReply;
      if (reply.ok) return reply.analysis;
      const { code, message, field, record } = reply.error;
      throw new LedeError(code, message, { ...(field && { field }), ...(record && { record }) });
    },
    async close() {
      await pool.destroy();
    },
  };
}
