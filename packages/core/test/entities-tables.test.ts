import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../src/index.js';
import { hashString } from '../src/entities/hash.js';
import { Int32Map } from '../src/entities/int32-map.js';
import { defaultGazetteer } from '../src/entities/resources.js';

const seedText = fs.readFileSync(path.resolve(__dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');

describe('entity look-up tables', () => {
  it('Int32Map answers as a Map does for the word hashes of a real article, 0 and negative keys included', () => {
    const doc = analyzeDoc({ id: 't', text: seedText }, { stages: ['segment'] });
    const words = doc.tokens.map((t) => t.text);
    const keys = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), ...words.map((w) => hashString(w, true) | 0)];
    const map = new Map<number, number>();
    const fast = new Int32Map(4);
    keys.forEach((k, i) => {
      map.set(k, (map.get(k) ?? 0) | (1 << (i % 5)));
      fast.or(k, 1 << (i % 5));
    });
    expect(fast.size).toBe(map.size);
    for (const k of [...keys, 12345, -54321]) {
      expect(fast.get(k, -7)).toBe(map.get(k) ?? -7);
      expect(fast.has(k)).toBe(map.has(k));
    }
  });

  it('classesOfText reads a name as classesOf reads its words split on white space', () => {
    const gaz = defaultGazetteer();
    for (const s of ['United States', 'New York', 'New\u00a0York', ' New  York', 'New York ', 'Hong\tKong', 'Beijing', 'Jane Roe', '', 'São Paulo']) {
      expect(gaz.classesOfText(s)).toBe(gaz.classesOf(s.split(/\s+/)));
    }
    expect(gaz.classesOfText('New York')).not.toBe(0);
  });
});
