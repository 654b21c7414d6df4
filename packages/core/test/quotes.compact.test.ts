// Issue 15 item 10: the capitalised words of a whole text (the quote stage's name scan) are kept
// as start/end pairs and, for a long list, made again on access. Both forms must give the same words.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { capitalWords } from '../src/quotes/words.js';

const seed = readFileSync(fileURLToPath(new URL('../../../seeds/china-two-sessions-tech.txt', import.meta.url)), 'utf8');

describe('capitalised words of a whole text', () => {
  it('are the same words whether kept as objects or made on access', () => {
    const text = Array.from({ length: 5 }, () => seed).join('\n\n') + ' Sen. Dianne Feinstein met U.S. officials and Dr. Nora Quist.';
    const plain = capitalWords(text, Infinity);
    const lazy = capitalWords(text, 0);
    expect(plain.length).toBeGreaterThan(300);
    expect(lazy).toHaveLength(plain.length);
    expect([...lazy]).toEqual(plain);
    expect(plain.slice(-7).map((w) => w.text)).toEqual(['Sen.', 'Dianne', 'Feinstein', 'U.S.', 'Dr.', 'Nora', 'Quist']);
  });
});
