import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../src/index.js';

describe('normalizeText', () => {
  it('unifies line breaks, spaces and invisible characters', () => {
    const raw = '\uFEFFFirst\u00a0line  \r\nsec\u00adond\u200b line\r\rthird\u2028fourth\n\n';
    expect(normalizeText(raw).text).toBe('First line\nsecond line\n\nthird\nfourth');
  });

  it('collapses HTML-style whitespace and extra blank lines on request', () => {
    const raw = '  Para   one\n\n\n\n   Para\ttwo  ';
    expect(normalizeText(raw, { collapseSpaces: true, collapseBlankLines: true }).text).toBe('Para one\n\nPara two');
  });

  it('maps every kept character back to the raw character it came from', () => {
    const spaceLike = new Set([' ', '\t', '\u00a0', '\u2003', '\u202f', '\u3000', '\n', '\r', '\u2028', '\u2029', '\v', '\f']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'é', ' ', '\t', '\n', '\r', '\u00a0', '\u200b', '\u00ad', '\u2028', '.', '😀') }), fc.boolean(), (raw, collapse) => {
        const { text, map } = normalizeText(raw, { collapseSpaces: collapse, collapseBlankLines: collapse });
        expect(map.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(raw.length);
        for (let i = 0; i < text.length; i++) {
          const src = raw[map[i]!]!;
          if (text[i] === ' ' || text[i] === '\n') expect(spaceLike.has(src)).toBe(true);
          else expect(src).toBe(text[i]);
          if (i > 0) expect(map[i]!).toBeGreaterThan(map[i - 1]!);
        }
      }),
    );
  });

  it('maps a span back to the original text', () => {
    const raw = 'Dr.\u00a0Ana  Ruiz\r\nsaid so.';
    const { text, map } = normalizeText(raw, { collapseSpaces: true });
    const start = text.indexOf('Ana');
    const [a, b] = toOriginalSpan(map, start, start + 'Ana Ruiz'.length);
    expect(raw.slice(a, b)).toBe('Ana  Ruiz');
  });
});
