// One text-validity rule (issue #15 items 4, 5, 11): NUL and lone surrogates are a typed
// INVALID_RECORD naming the record and the field, wherever the article comes from.
import { describe, expect, it } from 'vitest';
import { analyze, textProblem } from '../src/index.js';

describe('text validity', () => {
  it('names NUL and lone surrogates with their offset; pairs and ordinary text pass', () => {
    expect(textProblem('Plain text, "quoted" — and 😀.')).toBeUndefined();
    expect(textProblem('ab\u0000c')).toBe('contains a NUL character (U+0000) at offset 2');
    expect(textProblem('x\ud800y')).toBe('contains a lone surrogate (U+D800) at offset 1');
    expect(textProblem('😀\udc00')).toBe('contains a lone surrogate (U+DC00) at offset 2');
  });

  it('analyze() rejects them in any field with INVALID_RECORD, record and field', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ id: 'nul-1', text: 'Rain fell.\u0000 "Yes," she said.' }, 'text'],
      [{ id: 'sur-1', text: 'Rain fell. \ud800' }, 'text'],
      [{ id: 'title-1', text: 'Rain fell.', title: 'Bad\u0000title' }, 'title'],
    ];
    for (const [input, field] of cases) {
      try {
        analyze(input as never);
        expect.unreachable(`${input.id} accepted`);
      } catch (e) {
        expect(e).toMatchObject({ code: 'INVALID_RECORD', record: input.id, field });
      }
    }
  });
});
