// Hostile and degenerate text must cost linear time in every stage: each generator below once
// hit a quadratic path (phrase propagation, dateline and acronym look-ups, line checks, speaker
// look-ups) or is a classic trap (unbalanced quotes, stray apostrophes). Each is analysed with
// all stages at two sizes; the cost per MB at the larger size must stay near the smaller one.
import { analyze } from '@lede/core';
import type { BenchRow, BenchSuite } from '../suite.js';

const generators: Record<string, (n: number) => string> = {
  'names sharing a first word': (n) => Array.from({ length: n }, (_, i) => `John Q${i} met Mary.`).join(' '),
  'distinct titled names': (n) => Array.from({ length: n }, (_, i) => `Officer Name${i} Surname${i} said no.`).join(' '),
  'dateline-like lines': (n) => 'MADRID 1996-08-30\n'.repeat(n),
  'bracketed nationalities': (n) => 'Smith ( Sweden ) '.repeat(n),
  'acronyms in brackets': (n) => 'the World Trade Organization ( WTO ) and '.repeat(n),
  'one paragraph of teams': (n) => 'Manchester City beat Leeds United in London . '.repeat(n),
  'credited quotes': (n) => '"He said," said Smith. '.repeat(n),
  'unbalanced quotes': (n) => 'He said "this and '.repeat(n),
  'apostrophes and single marks': (n) => "Musk's it's 'tis ' ".repeat(n),
  'descriptions to resolve': (n) => 'Sen. Joe Smith spoke. "Yes," the senator said. '.repeat(n),
};

export const suite: BenchSuite = {
  name: 'adversarial',
  async run({ quick }) {
    const [small, large] = quick ? [2000, 8000] : [4000, 32000]; // 8x the text: a quadratic path shows as ~8
    const rows: BenchRow[] = [];
    for (const [name, make] of Object.entries(generators)) {
      analyze({ id: 'warm', text: make(200) });
      const perMB: number[] = [];
      for (const n of [small, large]) {
        const text = make(n);
        const t0 = performance.now();
        analyze({ id: 'x', text });
        perMB.push((performance.now() - t0) / 1000 / (text.length / 1e6));
      }
      rows.push({ metric: `${name}: s per MB at ${large}/${small} units`, value: perMB[1]! / perMB[0]!, unit: 'ratio', max: 2 });
    }
    return rows;
  },
};
