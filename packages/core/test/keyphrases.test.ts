import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, checkSpans, defaultStages, LedeError, type Entity, type Stage } from '../src/index.js';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');
const phrases = (text: string, opts: Record<string, unknown> = {}) =>
  analyze({ id: 't', text }, { stages: ['keyphrases'], stageOptions: { keyphrases: opts } });

describe('key phrases on the seed article', () => {
  const a = phrases(seed);

  it('ranks the article subject first, with every occurrence as a span', () => {
    expect(a.keyphrases[0]!.text).toBe('China');
    expect(a.keyphrases[0]!.score).toBe(1);
    const chinaMentions = seed.match(/\bChina\b/g)!.length;
    expect(a.keyphrases[0]!.spans).toHaveLength(chinaMentions);
    expect(checkSpans(a)).toEqual([]);
  });

  it('keeps multi-word names whole and drops their parts when they never stand alone', () => {
    const texts = phrases(seed, { max: 60 }).keyphrases.map((k) => k.text);
    expect(texts).toContain('Xi Jinping');
    expect(texts).not.toContain('Jinping');
    expect(texts).toContain('United States');
    expect(texts).not.toContain('United');
  });

  it('ranks names the entity layer finds three or more times with the top words', () => {
    const a = analyze({ id: 'seed', text: seed }, { stages: ['entities', 'keyphrases'] });
    const texts = a.keyphrases.map((k) => k.text);
    expect(texts).toContain('Xi Jinping');
    expect(texts).toContain('United States');
    // One-off names stay out of a 20-phrase list.
    expect(texts).not.toContain('Elon Musk');
    expect(checkSpans(a)).toEqual([]);
  });

  it('returns nouns and names only, scores descending in (0, 1]', () => {
    const texts = a.keyphrases.map((k) => k.text.toLowerCase());
    for (const fn of ['the', 'its', 'with', 'is', 'said']) expect(texts).not.toContain(fn);
    const scores = a.keyphrases.map((k) => k.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const s of scores) expect(s > 0 && s <= 1).toBe(true);
  });
});

describe('key phrase counting', () => {
  it('counts every form of a word: plural nouns and the verb', () => {
    const text = 'Banks cut rates. The bank said rates would fall. A third bank banked on it. Rates matter.';
    const a = phrases(text);
    const bank = a.keyphrases.find((k) => k.text.toLowerCase().startsWith('bank'))!;
    expect(bank.spans.map((s) => s.text)).toEqual(['Banks', 'bank', 'bank', 'banked']);
    expect(a.keyphrases[0]).toBe(bank);
  });

  it('ranks a long, specific word above a short, common one used as often', () => {
    const text = 'The show opened in Paris. Acrobatics filled the show. Critics loved the acrobatics.';
    const texts = phrases(text).keyphrases.map((k) => k.text.toLowerCase());
    expect(texts.indexOf('acrobatics')).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('acrobatics')).toBeLessThan(texts.indexOf('show'));
  });

  it('honours max and rejects a bad one with a typed error', () => {
    expect(phrases(seed, { max: 5 }).keyphrases).toHaveLength(5);
    expect(() => phrases(seed, { max: -1 })).toThrow(LedeError);
  });

  it('returns nothing for text without nouns', () => {
    expect(phrases('... !!! ?').keyphrases).toEqual([]);
  });
});

describe('entity-aware key phrases', () => {
  const text =
    'The Federal Reserve raised interest rates on Wednesday. Officials at the Fed said inflation was too high. ' +
    'Markets expected the Fed to pause. Inflation has eased since the spring.';
  // A stand-in entities stage, so this test does not depend on the NER model.
  const fakeEntities: Stage = {
    name: 'entities',
    requires: ['segment'],
    description: 'test entities',
    run(doc) {
      const mentions = [...doc.text.matchAll(/[Tt]he Federal Reserve|[Tt]he Fed\b/g)].map((m) => {
        const start = m.index! + 4; // mention without "the "
        const end = m.index! + m[0].length;
        return { start, end, text: doc.text.slice(start, end), type: 'ORG' as const };
      });
      const fed: Entity = { id: 'e1', name: 'Federal Reserve', type: 'ORG', mentions, count: mentions.length, salience: 1 };
      doc.entities = [fed];
    },
  };
  const registry = defaultStages.map((s) => (s.name === 'entities' ? fakeEntities : s));

  it('makes an entity one phrase over its full name, with all its mentions', () => {
    const a = analyze({ id: 'fed', text }, { stages: ['entities', 'keyphrases'], registry });
    const fed = a.keyphrases.find((k) => k.text === 'Federal Reserve')!;
    expect(fed.spans.map((s) => s.text)).toEqual(['Federal Reserve', 'Fed', 'Fed']);
    expect(a.keyphrases[0]).toBe(fed);
    expect(checkSpans(a)).toEqual([]);
  });

  it('still works without entities', () => {
    const a = analyze({ id: 'fed', text }, { stages: ['keyphrases'] });
    expect(a.entities).toEqual([]);
    expect(a.keyphrases.map((k) => k.text.toLowerCase())).toContain('inflation');
  });
});
