// Pure layout helpers of the browser: wrapping with offsets, highlight runs, filters and charts.
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitParagraphs } from '@lede/core';
import { bar, formatTone, sparkline, toneGauge, truncate } from '../src/ui/format.js';
import { formatFilter, parseFilter } from '../src/ui/layout/filter.js';
import { highlightMap, segmentsOf } from '../src/ui/layout/highlights.js';
import { fitHints } from '../src/ui/layout/key-hints.js';
import { axisLine, periodAxis, toneAxis } from '../src/ui/layout/time-axis.js';
import { lineOf, wrapText } from '../src/ui/layout/wrap.js';
import { pivotTimeline } from '../src/ui/views/ThemesView.js';
import { analysisOf, chipsText, corpus } from './ui-fixtures.js';

const seed = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/china-two-sessions-tech.txt'), 'utf8');

describe('wrapText', () => {
  test('lines fit the width, keep every word of the seed article in order, and map back to offsets', () => {
    for (const width of [30, 57, 100]) { // wider than the longest word: no hard breaks
      const lines = wrapText(seed, splitParagraphs(seed), width);
      for (const l of lines) expect(l.end - l.start).toBeLessThanOrEqual(width);
      const words = lines.flatMap((l) => seed.slice(l.start, l.end).split(/\s+/).filter(Boolean));
      expect(words).toEqual(seed.split(/\s+/).filter(Boolean));
    }
  });

  test('hard-breaks a word longer than the line and separates paragraphs with a blank line', () => {
    const text = 'short\n' + 'x'.repeat(25);
    const lines = wrapText(text, splitParagraphs(text), 10);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['short', '', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
  });

  test('lineOf finds the line holding an offset', () => {
    const lines = wrapText(seed, splitParagraphs(seed), 60);
    const at = seed.indexOf('Liu Dongshu');
    const l = lines[lineOf(lines, at)]!;
    expect(l.start).toBeLessThanOrEqual(at);
    expect(l.end).toBeGreaterThan(at);
  });
});

describe('highlights', () => {
  const a = analysisOf(corpus[0]!);
  const map = highlightMap(a);
  const runs = segmentsOf(chipsText, 0, chipsText.length, map, -1);

  test('runs cover the text exactly and mark quote, speaker and mentions', () => {
    expect(runs.map((r) => r.text).join('')).toBe(chipsText);
    const kindOf = (t: string) => runs.find((r) => r.text === t)?.kind;
    expect(kindOf('Huawei')).toBe('org');
    expect(kindOf('Liu Dongshu')).toBe('speaker'); // the speaker mention wins over PERSON
    expect(runs.some((r) => r.kind === 'quote' && r.text.startsWith(' needs to find a new engine'))).toBe(true);
    expect(runs.find((r) => r.text.includes('Analysts expect'))?.kind).toBe('plain');
  });

  test('the current quote is flagged, other text is not', () => {
    const cur = segmentsOf(chipsText, 0, chipsText.length, map, 0).filter((r) => r.current);
    expect(cur.map((r) => r.text).join('')).toBe(a.quotes[0]!.text);
  });

  test('spans outside the text are clipped, not thrown', () => {
    const bad = { ...a, quotes: [{ ...a.quotes[0]!, start: chipsText.length - 3, end: chipsText.length + 50 }] };
    const m = highlightMap(bad);
    expect(m.kinds.length).toBe(chipsText.length);
    expect(segmentsOf(chipsText, 0, chipsText.length, m, 0).map((r) => r.text).join('')).toBe(chipsText);
  });
});

describe('filter', () => {
  test('parses key:value and quoted values, ignores unknown keys and bare words', () => {
    expect(parseFilter('theme:Economy entity:"Xi Jinping" speaker:Liu from:2024-01-01 to:2024-12-31 colour:red chips')).toEqual({
      theme: 'Economy',
      entity: 'Xi Jinping',
      speaker: 'Liu',
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });
  test('round-trips through formatFilter', () => {
    expect(parseFilter('outlet:"Valley Herald"')).toEqual({ source: 'Valley Herald' });
    expect(parseFilter('source:Herald')).toEqual({ source: 'Herald' });
    const f = { entity: 'Xi Jinping', theme: 'Economy', source: 'Valley Herald' };
    expect(formatFilter(f)).toBe('theme:Economy entity:"Xi Jinping" outlet:"Valley Herald"');
    expect(parseFilter(formatFilter(f))).toEqual(f);
  });
  test('takes the primary topic and a minimum theme score, which needs a theme', () => {
    expect(parseFilter('primary:politics theme:"climate change" score:0.7')).toEqual({ primary: 'politics', theme: 'climate change', minScore: 0.7 });
    expect(parseFilter('primary:sport score:0.7')).toEqual({ primary: 'sport' });
    expect(parseFilter('theme:economy score:7')).toEqual({ theme: 'economy' });
    const f = { theme: 'climate change', minScore: 0.25, primary: 'politics' };
    expect(parseFilter(formatFilter(f))).toEqual(f);
  });
  test('a huge pathological input is bounded', () => {
    expect(parseFilter('a:'.repeat(100_000))).toEqual({});
  });
});

describe('charts and cells', () => {
  test('bars scale to the width with eighth blocks', () => {
    expect(bar(1, 1, 10)).toBe('██████████');
    expect(bar(0.5, 1, 10)).toBe('█████');
    expect(bar(1, 100, 1)).toBe(''); // under half an eighth of a cell rounds to nothing
    expect(bar(1, 8, 1)).toBe('▏');
    expect(bar(0, 1, 10)).toBe('');
  });
  test('sparkline has one cell per value, highest gets the full block', () => {
    const s = sparkline([0, 1, 2, 4]);
    expect([...s]).toHaveLength(4);
    expect(s[0]).toBe(' ');
    expect(s[3]).toBe('█');
  });
  test('tone gauge leans left for negative and right for positive', () => {
    expect(toneGauge(-1, 10)).toBe('█████┼─────');
    expect(toneGauge(0.4, 10)).toBe('─────┼██───');
    expect(formatTone(0.25)).toBe('+0.25');
    expect(formatTone(null)).toBe('–');
  });
  test('truncate flattens whitespace and marks the cut', () => {
    expect(truncate('a\nlong   title', 7)).toBe('a long…');
  });
  test('pivotTimeline aligns periods and sorts themes by volume', () => {
    const p = pivotTimeline([
      { period: '2025-02', theme: 'Economy', articles: 2 },
      { period: '2025-01', theme: 'Economy', articles: 1 },
      { period: '2025-02', theme: 'Sport', articles: 1 },
    ]);
    expect(p.periods).toEqual(['2025-01', '2025-02']);
    expect(p.series).toEqual([
      { theme: 'Economy', total: 3, counts: [1, 2] },
      { theme: 'Sport', total: 1, counts: [0, 1] },
    ]);
  });
});

describe('key hints', () => {
  const hints = [['↑↓ move', '↑↓'], ['Enter open', 'Enter'], ['s sort', 's'], ['e export', 'e'], '? help'] as const;
  test('long forms while they fit', () => {
    expect(fitHints(hints, 80)).toBe('↑↓ move · Enter open · s sort · e export · ? help');
  });
  test('then short forms from the end, then the least important drop; "? help" stays', () => {
    expect(fitHints(hints, 40)).toBe('↑↓ move · Enter open · s · e · ? help');
    expect(fitHints(hints, 27)).toBe('↑↓ · Enter · s · e · ? help');
    expect(fitHints(hints, 26)).toBe('↑↓ · Enter · s · ? help');
    expect(fitHints(hints, 19)).toBe('↑↓ · Enter · ? help');
    expect(fitHints(hints, 3)).toBe('? help');
  });
  test('never longer than the width while more than the last hint is shown', () => {
    for (let w = 6; w <= 60; w++) expect([...fitHints(hints, w)].length, `width ${w}`).toBeLessThanOrEqual(w);
  });
});

describe('chart axes', () => {
  test('period labels sit under their cells: first at the start, last ending at the end, the middle when it fits', () => {
    expect(periodAxis(['2025-01', '2025-02', '2025-03'])).toBe('2025-01'); // 3 cells: no room for more than one
    const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const axis = periodAxis(months);
    expect(axis).toHaveLength(24);
    expect(axis.startsWith('2024-01')).toBe(true);
    expect(axis.endsWith('2025-12')).toBe(true);
    expect(axis).toContain(' 2024-12 ');
  });
  test('the tone scale puts 0 under the gauge centre', () => {
    const w = 20;
    const gauge = toneGauge(0, w);
    const axis = toneAxis(w);
    expect(axis).toHaveLength(gauge.length);
    expect(axis[gauge.indexOf('┼')]).toBe('0');
    expect(axis.startsWith('-1')).toBe(true);
    expect(axis.endsWith('+1')).toBe(true);
  });
  test('a label that would touch the one before is left out', () => {
    expect(axisLine([{ at: 0, label: 'aaa', align: 'start' }, { at: 3, label: 'bbb', align: 'start' }, { at: 9, label: 'c', align: 'end' }], 10)).toBe('aaa      c');
  });
});
