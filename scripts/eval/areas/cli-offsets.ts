// #14's check that the command line keeps the user's text: the PolNeAR dev file, as it is (its own
// field names: publisher, date, …), through the built `lede analyze --input-format jsonl` must give
// the same quote and entity-mention offsets as `analyze()` on the records' text. It once agreed on
// 85 % of the articles only (whitespace was normalised before analysis).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { analyze, type Analysis } from '@lede/core';
import { repoRoot, requireShared } from '../../lib/shared.js';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string }

const DATASET = 'eval/quotes/dev.jsonl';
const quoteSpans = (a: Analysis) => JSON.stringify(a.quotes.map((q) => [q.start, q.end, q.text, q.speaker?.name ?? null]));
const mentionSpans = (a: Analysis) => JSON.stringify(a.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end, m.text, e.type])).sort());

export const area: EvalArea<Gold, Gold> = {
  name: 'cli-offsets',
  dataset: DATASET,
  predict: (record) => record,
  score(gold) {
    const file = path.join(requireShared('pnpm eval --area cli-offsets'), DATASET);
    const cli = path.join(repoRoot, 'apps/tui/dist/cli.js');
    const out = execFileSync(process.execPath, [cli, 'analyze', file, '--input-format', 'jsonl', '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    const byId = new Map(out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Analysis).map((a) => [a.id, a]));
    let textSame = 0;
    let quotesSame = 0;
    let mentionsSame = 0;
    for (const g of gold) {
      const cliResult = byId.get(g.id);
      if (!cliResult) continue;
      const lib = analyze({ id: g.id, text: g.text });
      if (cliResult.article.text === g.text) textSame++;
      if (quoteSpans(cliResult) === quoteSpans(lib)) quotesSame++;
      if (mentionSpans(cliResult) === mentionSpans(lib)) mentionsSame++;
    }
    return { articles: gold.length, analysed: byId.size, textSame: textSame / gold.length, quotesSame: quotesSame / gold.length, mentionsSame: mentionsSame / gold.length };
  },
  metrics: (r) => ({
    'CLI analyses': r.analysed,
    'text kept exactly': r.textSame,
    'quote offsets as analyze()': r.quotesSame,
    'mention offsets as analyze()': r.mentionsSame,
  }),
  bars: [
    { metric: 'text kept exactly', min: 1 },
    { metric: 'quote offsets as analyze()', min: 1 },
    { metric: 'mention offsets as analyze()', min: 1 },
  ],
};
