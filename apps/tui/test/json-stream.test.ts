import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '@lede/core';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../src/commands/json-stream.js';

const seed = fs.readFileSync(path.join(import.meta.dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');

async function collect(value: unknown, gap: string, depth?: number): Promise<string> {
  const parts: string[] = [];
  await writeJson(value, gap, (s) => void parts.push(s), depth);
  return parts.join('');
}

describe('writeJson', () => {
  it('writes the bytes JSON.stringify writes for an analysis, indented and not', async () => {
    const analysis = analyze({ id: 'seed', text: seed, title: 'Two sessions' });
    expect(await collect(analysis, '  ')).toBe(JSON.stringify(analysis, null, 2));
    expect(await collect(analysis, '')).toBe(JSON.stringify(analysis));
  });

  it('drops undefined fields and writes undefined array items as null, at every depth', async () => {
    const value = { a: undefined, b: [1, undefined, { c: undefined, d: [] }, {}], e: { f: [[1, 2], 'x\ny'] } };
    for (const depth of [0, 1, 2, 5]) {
      expect(await collect(value, '  ', depth)).toBe(JSON.stringify(value, null, 2));
      expect(await collect(value, '', depth)).toBe(JSON.stringify(value));
    }
  });

  it('writes a text over a million characters in slices with the same bytes, wherever it sits', async () => {
    // A surrogate pair straddling the first slice boundary, a lone surrogate, quotes and line breaks.
    const long = 'a'.repeat((1 << 20) - 1) + '\u{1F600}' + '"quoted"\n' + '\ud800 end ' + seed;
    const value = { id: 'x', article: { text: long, paragraphs: [{ start: 0, end: long.length, text: long }] }, sentences: [{ text: 'short' }] };
    for (const depth of [0, 1, 2]) {
      expect(await collect(value, '  ', depth)).toBe(JSON.stringify(value, null, 2));
      expect(await collect(value, '', depth)).toBe(JSON.stringify(value));
    }
  });
});
