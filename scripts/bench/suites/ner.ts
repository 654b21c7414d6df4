// Entity tagger: model load time (decode the shipped weights + build the gazetteer, in a fresh
// process) and entity-stage throughput on the BBC corpus with tokens pre-computed.
import path from 'node:path';
import { analyzeDoc, entitiesStage, loadEntityResources } from '@lede/core';
import { readJsonl } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

export const suite: BenchSuite = {
  name: 'ner',
  async run({ shared, quick }) {
    const loadMs = loadEntityResources();
    let articles = readJsonl<{ id: string; text: string }>(path.join(shared, 'corpus/bbc.jsonl'));
    if (quick) articles = articles.slice(0, 300);
    const docs = articles.map((a) => analyzeDoc({ id: a.id, text: a.text }, { stages: ['segment'] }));
    const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
    for (const d of docs.slice(0, 20)) entitiesStage.run(d, {});
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let mentions = 0;
    for (const d of docs) {
      entitiesStage.run(d, {});
      for (const e of d.entities) mentions += e.count;
    }
    const sec = (performance.now() - t0) / 1000;
    // CPU time too: on a shared machine wall time also counts other processes' turns.
    const cpu = process.cpuUsage(c0);
    const cpuSec = (cpu.user + cpu.system) / 1e6;
    return [
      { metric: 'model load (weights + gazetteer)', value: loadMs, unit: 'ms', max: 300 },
      { metric: `entities: tokens/s (${docs.length} articles)`, value: tokens / sec, unit: 'tokens/s', min: 300_000 },
      { metric: 'entities: tokens/s of CPU time', value: tokens / cpuSec, unit: 'tokens/s' },
      { metric: 'entities: mentions per 1k tokens', value: (mentions / tokens) * 1000, unit: 'mentions' },
    ];
  },
};
