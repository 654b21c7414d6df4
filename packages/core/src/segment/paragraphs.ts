import { spanOf, type Span } from '../model/span.js';

/**
 * Paragraph spans. Text with blank lines is split on blank lines (hard-wrapped prose keeps its
 * lines together); text without them has one paragraph per line, like the seed. Spans are trimmed.
 */
export function splitParagraphs(text: string): Span[] {
  const separator = /\n[ \t\r\f\v\u00a0]*\n/.test(text) ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\n/g;
  const spans: Span[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) spans.push(spanOf(text, a, b));
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0xfeff;
}
