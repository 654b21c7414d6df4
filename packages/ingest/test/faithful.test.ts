import { analyze, checkSpans, textProblem } from '@lede/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInput, readInputs, type IngestResult } from '../src/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/faithful/${name}`, import.meta.url));

async function collect(paths: string[], format?: 'jsonl' | 'text'): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(paths, format ? { format } : {})) out.push(r);
  return out;
}

describe('the text you give is the text you get back', () => {
  it('keeps a CRLF text file byte for byte (double spaces, NBSP, trailing spaces and newline) and analyses it', async () => {
    const raw = readFileSync(fixture('crlf.txt'), 'utf8');
    const [r] = await collect([fixture('crlf.txt')]);
    if (!r?.ok) throw new Error('expected ok');
    expect(r.article.text).toBe(raw);
    expect(r.article.textSource).toBe('given');
    const a = analyze(r.article);
    expect(a.article.text).toBe(raw);
    expect(checkSpans(a)).toEqual([]);
    expect(a.article.paragraphs.map((p) => p.text)).toEqual([
      'Ministers  said on Monday\u00a0that the plan "will work," according to Jane Smith.',
      '"We are ready," she told reporters in London.',
    ]);
    const q = a.quotes.find((x) => x.text.includes('We are ready'));
    expect(q && raw.slice(q.start, q.end)).toBe(q?.text);
  });

  it('keeps a JSONL record\'s text exactly, CRLF and trailing newline included', async () => {
    const results = await collect([fixture('records.jsonl')]);
    const r1 = results.find((r) => r.ok && r.article.id === 'r1');
    if (!r1?.ok) throw new Error('expected r1');
    expect(r1.article.text).toBe('The vote was delayed  again.\r\n\r\n"We need more time," said Ann Lee.\n');
    const a = analyze(r1.article);
    expect(checkSpans(a)).toEqual([]);
    expect(a.quotes.map((q) => q.text)).toContain('We need more time,');
  });

  it('marks text derived from markup as extracted', () => {
    const [md] = parseInput('# Title\n\nSome  *text*.', { format: 'md' });
    expect(md?.ok && md.article.textSource).toBe('extracted');
  });

  // Arbitrary Unicode (lone surrogates, controls, every space) mixed with the characters the analyzers split on.
  const anyText = fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 16 }), fc.constantFrom('\r\n', '\n\n', '  ', '\u00a0', '\t', '"', '“', '” said Ann.', '. ', '\u2028', 'Jane Smith'), fc.lorem({ maxCount: 4 })), { minLength: 1, maxLength: 30 })
    .map((parts) => parts.join(''))
    // NUL and lone surrogates are rejected by the text-validity rule (core valid-text.ts), not kept.
    .filter((s) => s.trim().length > 0 && textProblem(s) === undefined);

  it('property: analysis.article.text === input text, for plain text and for a JSON record', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const [input, format] of [[text, 'text'], [JSON.stringify({ id: 'p', text }), 'json']] as const) {
          const [r] = parseInput(input, { format });
          if (!r?.ok) throw new Error(`expected ok, got ${r?.ok === false ? r.error.message : 'nothing'}`);
          const a = analyze(r.article);
          expect(a.article.text).toBe(text);
          expect(checkSpans(a)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
