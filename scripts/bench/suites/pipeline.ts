// Throughput of every analyzer stage over the BBC corpus (articles/s, MB/s, tokens/s per stage).
import path from 'node:path';
import { analyzeDoc, defaultStages } from '@lede/core';
import { readJsonl } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

// The issues' bars per stage, in the unit they are stated in.
const bars: Record<string, { metric: 'MB/s' | 'tokens/s'; min: number }> = {
  quotes: { metric: 'MB/s', min: 3 },
  entities: { metric: 'tokens/s', min: 300_000 },
  themes: { metric: 'MB/s', min: 3 },
  summary: { metric: 'MB/s', min: 3 },
};

export const suite: BenchSuite = {
  name: 'pipeline',
  async run({ shared, quick }) {
    let articles = readJsonl<{ id: string; text: string }>(path.join(shared, 'corpus/bbc.jsonl'));
    if (quick) articles = articles.slice(0, 200);
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    // Warm up model loads and the JIT so they are not charged to the first articles.
    for (const a of articles.slice(0, 30)) analyzeDoc({ id: 'warm', text: a.text });

    const ms = new Map<string, number>();
    // CPU µs per stage (process CPU between stage ends): on a shared machine wall time per stage
    // swings with the load, CPU time far less. Article validation is charged to the first stage.
    const cpuUs = new Map<string, number>();
    let mark = 0;
    const cpuNow = () => {
      const c = process.cpuUsage();
      return c.user + c.system;
    };
    const onStage = (s: string, t: number) => {
      const now = cpuNow();
      ms.set(s, (ms.get(s) ?? 0) + t);
      cpuUs.set(s, (cpuUs.get(s) ?? 0) + now - mark);
      mark = now;
    };
    let tokens = 0;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const a of articles) {
      mark = cpuNow();
      const doc = analyzeDoc({ id: a.id, text: a.text }, { onStage });
      tokens += doc.tokens.length;
    }
    const total = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const rows: BenchRow[] = [
      { metric: `all stages: articles/s (${articles.length})`, value: articles.length / total, unit: 'articles/s' },
      { metric: 'all stages: MB/s', value: bytes / 1e6 / total, unit: 'MB/s' },
      // CPU time (incl. V8's GC/JIT threads): steadier than wall time when the machine is shared.
      { metric: 'all stages: CPU s per MB', value: (cpu.user + cpu.system) / 1e6 / (bytes / 1e6), unit: 's/MB' },
      { metric: 'all stages: tokens/s', value: tokens / total, unit: 'tokens/s' },
    ];
    for (const s of defaultStages) {
      const sec = (ms.get(s.name) ?? 0) / 1000;
      if (sec === 0) continue;
      const bar = bars[s.name];
      rows.push({ metric: `${s.name}: MB/s`, value: bytes / 1e6 / sec, unit: 'MB/s', ...(bar?.metric === 'MB/s' && { min: bar.min }) });
      rows.push({ metric: `${s.name}: tokens/s`, value: tokens / sec, unit: 'tokens/s', ...(bar?.metric === 'tokens/s' && { min: bar.min }) });
      rows.push({ metric: `${s.name}: MB per CPU s`, value: bytes / (cpuUs.get(s.name) ?? 1), unit: 'MB/CPU s' });
    }
    return rows;
  },
};
