// Hostile and degenerate text must cost linear time in every stage: each generator below once
// hit a quadratic path (phrase propagation, dateline and acronym look-ups, line checks, speaker
// look-ups) or is a classic trap (unbalanced quotes, stray apostrophes). Each is analysed with
// all stages at two sizes, n and 2n units: the time for 2n must stay within 2.5x the time for n
// (the better of two runs each, to keep a loaded machine's noise out).
import { analyze } from '@lede/core';
import { parseInput } from '@lede/ingest';
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
  // The attribution stage (issue 15 item 3): quote runs, cue chains, pronouns, marks and names.
  'open quote and pronoun cue': (n) => '"he said '.repeat(n),
  'chained reporting clauses': (n) => 'Ann Lee said that Bob Ray told Cy Dee that '.repeat(n) + 'it rained.',
  'pronoun cues': (n) => 'He said she said they said it said. '.repeat(n),
  'bare quotation marks': (n) => '“ ” " “a” ” " '.repeat(n),
  'fragments with distinct names': (n) => Array.from({ length: n }, (_, i) => `"Yes," said Name${i} Surname${i}, "no." `).join(''),
  'repeated according to': (n) => 'according to officials, according to '.repeat(n),
  'quotes by descriptions': (n) => '"Yes," the official said. "No," the spokesman added. '.repeat(n),
  // Capitalised runs: one endless "name" for the entity tagger, merging and linking.
  'capitalised words without punctuation': (n) => 'Alpha Beta Gamma Delta '.repeat(n),
  'distinct capitalised words': (n) => Array.from({ length: n }, (_, i) => `Word${i} Name${i}`).join(' '),
};

/** Markup: extraction (linkedom + Readability, after the depth and element caps) then analysis. */
const pages: Record<string, (n: number) => string> = {
  'nested markup (blocks 40 deep)': (n) =>
    `<html><body>${Array.from({ length: n / 100 }, () => `${'<div>'.repeat(40)}<p>"Yes," said Ann Lee.</p>${'</div>'.repeat(40)}`).join('')}</body></html>`,
  'wide markup': (n) => `<html><body><article>${'<p>"Yes," said Ann Lee. <span>More</span> <a href="#">text</a>.</p>'.repeat(n / 4)}</article></body></html>`,
};

export const suite: BenchSuite = {
  name: 'adversarial',
  async run({ quick }) {
    const small = quick ? 2000 : 8000; // and twice that: a quadratic path shows as ~4
    const rows: BenchRow[] = [];
    const fromText = (text: string) => analyze({ id: 'x', text });
    const fromHtml = (html: string) => {
      const [first] = parseInput(html, { format: 'html', maxBytes: 1 << 28 });
      if (!first?.ok) throw new Error(`adversarial page not extracted: ${first ? first.error.message : 'no article'}`);
      return analyze(first.article);
    };
    for (const [set, run] of [[generators, fromText], [pages, fromHtml]] as const) {
      for (const [name, make] of Object.entries(set)) {
        run(make(200));
        const secs: number[] = [];
        for (const n of [small, 2 * small]) {
          const input = make(n);
          let best = Infinity;
          for (let r = 0; r < 2; r++) {
            const t0 = performance.now();
            run(input);
            best = Math.min(best, performance.now() - t0);
          }
          secs.push(best);
        }
        rows.push({ metric: `${name}: time ratio at ${2 * small}/${small} units`, value: secs[1]! / secs[0]!, unit: 'ratio', max: 2.5 });
      }
    }
    return rows;
  },
};
