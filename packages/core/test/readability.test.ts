import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, countSyllables, readability, readabilityCounts } from '../src/index.js';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');
const run = (text: string) => analyze({ id: 't', text }, { stages: ['readability'] });

describe('readability formulas on hand-worked fixtures', () => {
  it('"The cat sat on the mat." = FRE 116.15, FKGL -1.45', () => {
    // 6 words, 1 sentence, 6 syllables.
    // FRE  = 206.835 - 1.015*6 - 84.6*(6/6) = 116.145;  FKGL = 0.39*6 + 11.8*1 - 15.59 = -1.45
    const r = run('The cat sat on the mat.').readability!;
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(r.fleschReadingEase).toBeCloseTo(116.145, 6);
    expect(r.fleschKincaidGrade).toBeCloseTo(-1.45, 6);
  });

  it('keeps one-word sentences (peers drop sentences of <= 2 words)', () => {
    // He(1) left(1). Why(1)? No-bod-y(3) knows(1). Yes(1).  6 words, 4 sentences, 8 syllables.
    // FRE  = 206.835 - 1.015*(6/4) - 84.6*(8/6) = 206.835 - 1.5225 - 112.8 = 92.5125
    // FKGL = 0.39*1.5 + 11.8*(8/6) - 15.59 = 0.585 + 15.733333 - 15.59 = 0.728333
    const r = run('He left. Why? Nobody knows. Yes.').readability!;
    expect(r).toMatchObject({ words: 6, sentences: 4, syllables: 8 });
    expect(r.fleschReadingEase).toBeCloseTo(92.5125, 6);
    expect(r.fleschKincaidGrade).toBeCloseTo(0.728333, 5);
  });

  it('reads numbers aloud and does not split at Mr. or U.S.', () => {
    // Sentence 1: Mr(2: mister) Smith(1) paid(1) 216,000(7: two hun-dred six-teen thou-sand) dol-lars(2) in(1)
    //             2004(4: two thou-sand four)  = 7 words, 18 syllables
    // Sentence 2: The(1) U.S(2: letters) gov-ern-ment(3) a-greed(2) = 4 words, 8 syllables
    // 11 words, 2 sentences, 26 syllables; 3+ syllables: 216,000, 2004, government = 3
    // FRE  = 206.835 - 1.015*5.5 - 84.6*(26/11) = 206.835 - 5.5825 - 199.963636 = 1.288864
    // FKGL = 0.39*5.5 + 11.8*(26/11) - 15.59 = 2.145 + 27.890909 - 15.59 = 14.445909
    // SMOG = 1.043*sqrt(30*3/2) + 3.1291 = 1.043*6.708204 + 3.1291 = 10.125757
    // Fog  = 0.4*(5.5 + 100*3/11) = 0.4*32.772727 = 13.109091 (no proper noun among the three)
    // Letters+digits: 2+5+4+6+7+2+4 + 3+2+10+6 = 51
    // CLI  = 0.0588*(100*51/11) - 0.296*(100*2/11) - 15.8 = 27.261818 - 5.381818 - 15.8 = 6.08
    const r = run('Mr. Smith paid 216,000 dollars in 2004. The U.S. government agreed.').readability!;
    expect(r).toMatchObject({ words: 11, sentences: 2, syllables: 26 });
    expect(r.fleschReadingEase).toBeCloseTo(1.288864, 5);
    expect(r.fleschKincaidGrade).toBeCloseTo(14.445909, 5);
    expect(r.smog).toBeCloseTo(10.125757, 5);
    expect(r.gunningFog).toBeCloseTo(13.109091, 5);
    expect(r.colemanLiau).toBeCloseTo(6.08, 5);
    expect(r.readingTimeMinutes).toBeCloseTo(11 / 238, 9);
  });

  it('does not count capitalised names as complex words for Gunning fog', () => {
    // Mitsubishi (4 syllables, proper noun mid-sentence) is polysyllabic for SMOG but not complex for fog.
    const c = readabilityCounts([{ text: 'They met Mitsubishi today.' }]);
    expect(c.polysyllables).toBe(1);
    expect(c.complexWords).toBe(0);
  });

  it('is null for text without words, never invented', () => {
    expect(run('… — !').readability).toBeNull();
  });
});

describe('syllables', () => {
  it('counts vowel hiatus that heuristic counters miss', () => {
    // CMUdict counts; the `syllable` package gets the first five wrong.
    const cases: Array<[string, number]> = [['poem', 2], ['science', 2], ['ruined', 2], ['poetry', 3], ['cooperate', 4], ['evening', 2], ['video', 3], ['players', 2]];
    for (const [w, n] of cases) expect([w, countSyllables(w)]).toEqual([w, n]);
  });
  it('handles silent endings, compounds, acronyms and years', () => {
    const cases: Array<[string, number]> = [['make', 1], ['table', 2], ['wanted', 2], ['jumped', 1], ['boxes', 2], ['well-known', 2], ['BBC', 3], ['1998', 5], ['1.8', 3], ["don't", 1]];
    for (const [w, n] of cases) expect([w, countSyllables(w)]).toEqual([w, n]);
  });
  it('reads numerals the way a newsreader says them', () => {
    // one mil-lion = 3; nine-teen oh five = 4; two thou-sand four = 4; twen-ty fif-teen = 4;
    // three hun-dred twelve = 4; ze-ro = 2; three point one four = 4
    const cases: Array<[string, number]> = [['1,000,000', 3], ['1905', 4], ['2004', 4], ['2015', 4], ['312', 4], ['0', 2], ['3.14', 4]];
    for (const [w, n] of cases) expect([w, countSyllables(w)]).toEqual([w, n]);
  });
});

describe('readability on pathological input', () => {
  it('handles a very long run of word characters and separators without backtracking', () => {
    // Called on the sentence directly: this is about our word pattern, not the segmenter.
    const r = readability([{ text: 'a-'.repeat(100_000) + 'b. ' + '1,'.repeat(50_000) + '2.' }])!;
    expect(r.words).toBeGreaterThanOrEqual(2);
    expect(Number.isFinite(r.fleschReadingEase)).toBe(true);
  });
});

describe('readability on the seed article', () => {
  it('reports consistent counts and a hard, policy-news reading level', () => {
    const a = analyze({ id: 'seed', text: seed }, { stages: ['readability'] });
    const r = a.readability!;
    const words = seed.match(/[\p{L}\p{N}]+(?:['\u2019\-.,][\p{L}\p{N}]+)*/gu)!.length;
    expect(r.words).toBe(words);
    expect(r.sentences).toBe(a.sentences.length);
    expect(r.syllables / r.words).toBeGreaterThan(1.4);
    expect(r.fleschReadingEase).toBeLessThan(50); // long policy sentences: "difficult"
    expect(r.fleschKincaidGrade).toBeGreaterThan(10);
    expect(r.readingTimeMinutes).toBeCloseTo(r.words / 238, 9);
  });
});
