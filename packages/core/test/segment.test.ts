import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, splitParagraphs } from '../src/index.js';

const seedText = readFileSync(new URL('../../../seeds/china-two-sessions-tech.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../../seeds/china-two-sessions-tech.gold.json', import.meta.url), 'utf8')) as {
  quotes: Array<{ start: number; end: number; text: string }>;
};

const sentencesOf = (text: string) => analyze({ id: 't', text }, { stages: ['segment'] }).sentences.map((s) => s.text);

describe('paragraphs', () => {
  it('gives one paragraph per line when the text has no blank lines (the seed)', () => {
    const ps = splitParagraphs(seedText);
    expect(ps).toHaveLength(seedText.trim().split('\n').length);
    for (const p of ps) expect(seedText.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps hard-wrapped lines together when paragraphs are separated by blank lines', () => {
    const text = 'First line of a paragraph\nthat wraps here.\n\n  Second paragraph.  \r\n\r\nThird.';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(['First line of a paragraph\nthat wraps here.', 'Second paragraph.', 'Third.']);
  });
});

describe('sentences', () => {
  it('does not break inside abbreviations, initials or decimals', () => {
    expect(sentencesOf('Gov. Mike Pence met Dr. J. R. Smith in the U.S. on Jan. 5. Prices rose 3.5 percent.')).toEqual([
      'Gov. Mike Pence met Dr. J. R. Smith in the U.S. on Jan. 5.',
      'Prices rose 3.5 percent.',
    ]);
  });

  it('keeps a quotation that continues over sentence ends in one sentence', () => {
    expect(sentencesOf('He said: “This is big. Really big. Nobody saw it.” Then he left.')).toEqual([
      'He said: “This is big. Really big. Nobody saw it.”',
      'Then he left.',
    ]);
  });

  it('does not break inside a short parenthesis or before a lower-case continuation', () => {
    expect(sentencesOf('Sen. Chuck Schumer (D-N.Y.) said the bill would pass. It did not.')).toEqual([
      'Sen. Chuck Schumer (D-N.Y.) said the bill would pass.',
      'It did not.',
    ]);
    expect(sentencesOf('Rep. Nancy Pelosi (D-Calif.) and Sen. Ted Cruz (R-Texas) spoke.')).toHaveLength(1);
  });

  it('keeps a long run without spaces (a URL, base64) as one token', () => {
    const blob = 'QUJD'.repeat(5000);
    const a = analyze({ id: 'b', text: `See ${blob} now. Then stop.` }, { stages: ['segment'], tokens: true });
    expect(a.sentences.map((s) => s.text)).toEqual([`See ${blob} now.`, 'Then stop.']);
    expect(a.sentences[0]!.tokens!.map((t) => t.text)).toContain(blob);
  });

  it('keeps short sentences', () => {
    expect(sentencesOf('He left. Why? Nobody knows. Yes.')).toHaveLength(4);
  });

  it('puts each of the seed’s six gold quotes inside one sentence, and in six distinct sentences', () => {
    const { sentences } = analyze({ id: 'seed', text: seedText }, { stages: ['segment'] });
    const holders = gold.quotes.map((q) => sentences.findIndex((s) => s.start <= q.start && q.end <= s.end));
    expect(holders.every((i) => i >= 0)).toBe(true);
    expect(new Set(holders).size).toBe(6);
  });

  it('never lets a sentence cross a paragraph', () => {
    const a = analyze({ id: 'seed', text: seedText }, { stages: ['segment'] });
    for (const s of a.sentences) {
      const p = a.article.paragraphs[s.paragraph]!;
      expect(p.start <= s.start && s.end <= p.end).toBe(true);
    }
  });

  it('does not let an unclosed quotation mark merge the rest of the paragraph', () => {
    const s = sentencesOf('He said “this is odd. It goes on. And on. The mark never closes.');
    expect(s.length).toBeGreaterThan(1);
  });
});

describe('tokens', () => {
  it('gives every token exact offsets and a POS tag', () => {
    const a = analyze({ id: 't', text: 'Mr. Xi can’t go to the U.S. today.' }, { stages: ['segment'], tokens: true });
    const tokens = a.sentences.flatMap((s) => s.tokens ?? []);
    expect(tokens.map((t) => t.text)).toContain('U.S.');
    for (const t of tokens) expect(a.article.text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'Xi')?.pos).toBe('PROPN');
  });
});

describe('hard-wrapped text', () => {
  it('keeps every word of short wrapped lines as a token and never emits a line break as one', () => {
    const text = 'He went\nto the\nshop and\nleft it.\n\nShe saw.';
    const a = analyze({ id: 'w', text }, { stages: ['segment'], tokens: true });
    const tokens = a.sentences.flatMap((s) => s.tokens ?? []);
    expect(tokens.map((t) => t.text)).toEqual(['He', 'went', 'to', 'the', 'shop', 'and', 'left', 'it', '.', 'She', 'saw', '.']);
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('tokenises only inside the paragraphs an ingester hands over, never in text between them', () => {
    const text = 'Body one starts. PHOTO: Reuters Body two ends.';
    const paragraphs = [
      { start: 0, end: 16, text: 'Body one starts.' },
      { start: 32, end: 46, text: 'Body two ends.' },
    ];
    const a = analyze({ id: 'g', text, paragraphs }, { stages: ['segment'], tokens: true });
    expect(a.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Body one starts.', 0],
      ['Body two ends.', 1],
    ]);
    expect(a.sentences.flatMap((s) => s.tokens ?? []).map((t) => t.text)).not.toContain('Reuters');
  });
});

describe('words with letters beyond Latin-1', () => {
  const tokensOf = (text: string) => analyzeDoc({ id: 't', text }, { stages: ['entities'] });
  it('keeps Polish, Romanian and Vietnamese names whole (wink-nlp splits them at such letters)', () => {
    const text = 'Lech Wałęsa met Nguyễn Phú Trọng and Marcel Lazăr in Łódź.';
    const a = tokensOf(text);
    const words = a.tokens.map((t) => t.text);
    for (const w of ['Wałęsa', 'Nguyễn', 'Trọng', 'Lazăr', 'Łódź']) expect(words).toContain(w);
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Lech Wałęsa', 'Nguyễn Phú Trọng', 'Marcel Lazăr']));
  });
  it('reads a capital beyond ASCII as a capital: the name is a person', () => {
    const a = tokensOf('Zoë Ólafsdóttir said the vote would be close.');
    expect(a.entities.map((e) => [e.name, e.type])).toContainEqual(['Zoë Ólafsdóttir', 'PERSON']);
  });
  it('does not join Chinese characters into one word', () => {
    const text = '北京 is the capital. 习近平 spoke.';
    expect(tokensOf(text).tokens.length).toBeGreaterThan(6);
  });
});
