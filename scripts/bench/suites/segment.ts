// Segmentation must stay linear: one huge single-paragraph input, timed at growing sizes.
import { analyzeDoc } from '@lede/core';
import type { BenchRow, BenchSuite } from '../suite.js';

const unit = 'The U.S. economy grew 3.5 percent in Jan. as Gov. Smith said “this is big. Really.” Prices (and wages) rose; ';

export const suite: BenchSuite = {
  name: 'segment',
  async run({ quick }) {
    analyzeDoc({ id: 'warm', text: unit }, { stages: ['segment'] });
    const sizes = quick ? [0.5, 1] : [1, 2.5, 5];
    const rows: BenchRow[] = [];
    const secondsPerMB: number[] = [];
    for (const mb of sizes) {
      const text = unit.repeat(Math.ceil((mb * 1e6) / unit.length));
      const t0 = performance.now();
      const doc = analyzeDoc({ id: 'big', text }, { stages: ['segment'] });
      const sec = (performance.now() - t0) / 1000;
      secondsPerMB.push(sec / mb);
      rows.push({ metric: `${mb} MB single paragraph (${doc.sentences.length} sentences)`, value: sec, unit: 's' });
    }
    // Linear time: the cost per MB at the largest size stays close to the smallest.
    rows.push({ metric: 'time per MB, largest / smallest', value: secondsPerMB.at(-1)! / secondsPerMB[0]!, unit: 'ratio', max: 1.5 });
    return rows;
  },
};
