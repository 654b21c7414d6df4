import fs from 'node:fs';
import { createHash } from 'node:crypto';
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

  it('keeps multi-word names whole and ranks their parts last when they never stand alone', () => {
    const texts = phrases(seed, { max: 60 }).keyphrases.map((k) => k.text);
    expect(texts).toContain('Xi Jinping');
    expect(texts).not.toContain('Jinping');
    expect(texts).toContain('United States');
    expect(texts).not.toContain('United');
    const all = phrases(seed, { max: 1000 }).keyphrases;
    const partsFrom = all.findIndex((k) => k.text === 'Jinping' || k.text === 'United');
    expect(partsFrom).toBeGreaterThan(60);
    // Only parts of names follow the first one.
    for (const k of all.slice(partsFrom)) expect(all.some((n) => n.text.includes(' ') && n.text.split(' ').includes(k.text))).toBe(true);
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

  it('does not count a stopword as a form of a word that stems like it ("in" for "innings")', () => {
    const text = 'Johnson pitched seven innings in the opener. In the eighth, the bullpen took over in a hurry and the Mets rallied in the ninth.';
    const innings = phrases(text).keyphrases.find((k) => /^inning/i.test(k.text))!;
    expect(innings.text).toBe('innings');
    expect(innings.spans.map((s) => s.text)).toEqual(['innings']);
  });
});

describe('verbs as key phrases', () => {
  it('makes a verb the text repeats a key phrase, with every form of it', () => {
    const text =
      'Gunmen kidnapped two aid workers on Monday. Police said the workers were kidnapped near the border. ' +
      'Officials believe the same group kidnapped a doctor last year.';
    const a = phrases(text);
    const kidnapped = a.keyphrases.find((k) => k.text === 'kidnapped')!;
    expect(kidnapped.spans).toHaveLength(3);
    expect(a.keyphrases[0]).toBe(kidnapped);
    expect(checkSpans(a)).toEqual([]);
  });

  it('weighs a verb below a noun used as often', () => {
    // Both seven letters, both twice; the verb comes first, so only its lower weight puts it second.
    const text = 'Police shouted at the farmers. Later they shouted at the farmers again.';
    const texts = phrases(text).keyphrases.map((k) => k.text.toLowerCase());
    expect(texts).toContain('shouted');
    expect(texts.indexOf('farmers')).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('farmers')).toBeLessThan(texts.indexOf('shouted'));
  });

  it('lets a noun keep its verb forms rather than making the verb a phrase of its own', () => {
    const text = 'Prices rise when demand rises. A rise in rates followed.';
    const texts = phrases(text).keyphrases.map((k) => k.text.toLowerCase());
    expect(texts.filter((t) => t.startsWith('rise'))).toHaveLength(1);
  });
});

describe('headline-only texts', () => {
  it('fills the list with the parts of names, after every other phrase', () => {
    const a = phrases('2 New Orleans cops sentenced in post-Katrina shooting of Henry Glover');
    const texts = a.keyphrases.map((k) => k.text);
    expect(texts).toContain('Henry Glover');
    expect(texts).toContain('Glover');
    expect(texts.indexOf('Glover')).toBeGreaterThan(texts.indexOf('cops'));
    expect(texts.indexOf('Glover')).toBeGreaterThan(texts.indexOf('Henry Glover'));
    const scores = a.keyphrases.map((k) => k.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});

describe('entity-aware key phrases', () => {
  const text =
    'The Federal Reserve raised interest rates on Wednesday. Officials at the Fed said inflation was too high. ' +
    'Markets expected the Fed to pause. Inflation has eased since the spring.';
  // A stand-in entities stage, so these tests do not depend on the NER model.
  const fakeEntities = (pattern: RegExp, name: string, type: Entity['type'], lead = 0): Stage => ({
    name: 'entities',
    requires: ['segment'],
    description: 'test entities',
    run(doc) {
      const mentions = [...doc.text.matchAll(pattern)].map((m) => {
        const start = m.index! + lead; // e.g. the mention without "the "
        const end = m.index! + m[0].length;
        return { start, end, text: doc.text.slice(start, end), type };
      });
      doc.entities = [{ id: 'e1', name, type, mentions, count: mentions.length, salience: 1 }];
    },
  });
  const registryOf = (stage: Stage) => defaultStages.map((s) => (s.name === 'entities' ? stage : s));
  const registry = registryOf(fakeEntities(/[Tt]he Federal Reserve|[Tt]he Fed\b/g, 'Federal Reserve', 'ORG', 4));

  it('makes an entity one phrase with all its mentions, shown as the text most often names it', () => {
    const a = analyze({ id: 'fed', text }, { stages: ['entities', 'keyphrases'], registry });
    const fed = a.keyphrases.find((k) => k.text === 'Fed')!;
    expect(fed.spans.map((s) => s.text)).toEqual(['Federal Reserve', 'Fed', 'Fed']);
    expect(a.keyphrases[0]).toBe(fed);
    expect(checkSpans(a)).toEqual([]);
  });

  it('shows an entity by its longest mention when no form is used more often', () => {
    const once = 'The Federal Reserve raised interest rates on Wednesday. Officials at the Fed said inflation was too high.';
    const a = analyze({ id: 'fed', text: once }, { stages: ['entities', 'keyphrases'], registry });
    const fed = a.keyphrases.find((k) => k.spans.length === 2 && k.spans[1]!.text === 'Fed')!;
    expect(fed.text).toBe('Federal Reserve');
  });

  it('names a person by the surname the story uses', () => {
    const story =
      'Ireland still wants to force foreign bondholders to bear losses, Finance Minister Michael Noonan said Friday. ' +
      'Noonan told reporters the banks had failed. Noonan said the plan would be published in May.';
    const person = fakeEntities(/Michael Noonan|Noonan/g, 'Michael Noonan', 'PERSON');
    const a = analyze({ id: 'noonan', text: story }, { stages: ['entities', 'keyphrases'], registry: registryOf(person) });
    expect(a.keyphrases[0]!.text).toBe('Noonan');
    expect(a.keyphrases[0]!.spans.map((s) => s.text)).toEqual(['Michael Noonan', 'Noonan', 'Noonan']);
    expect(checkSpans(a)).toEqual([]);
  });

  it('still works without entities', () => {
    const a = analyze({ id: 'fed', text }, { stages: ['keyphrases'] });
    expect(a.entities).toEqual([]);
    expect(a.keyphrases.map((k) => k.text.toLowerCase())).toContain('inflation');
  });
});

// Issue 15 item 10: occurrences are kept as flat number pairs instead of objects. The full list
// (1,000 phrases, every span) must be what the object version gave: these digests were taken from
// it (main before the change), with name-run entities so the test does not depend on the tagger.
describe('key phrases kept compact give what the object version gave', () => {
  const flat = seed.replace(/\s*\n\s*/g, ' ').trim();
  const names: Stage = {
    name: 'entities',
    requires: ['segment'],
    description: 'test entities: capitalised runs, one entity per last word',
    run(doc) {
      const byLast = new Map<string, Entity['mentions']>();
      for (const m of doc.text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g)) {
        const last = m[0].split(' ').pop()!;
        if (!byLast.has(last)) byLast.set(last, []);
        byLast.get(last)!.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: m[0].includes(' ') ? 'PERSON' : 'ORG' });
      }
      doc.entities = [...byLast].map(([last, mentions], i) => ({ id: `e${i}`, name: last, type: mentions[0]!.type, mentions, count: mentions.length, salience: 0.5 }));
    },
  };
  const registry = defaultStages.map((s) => (s.name === 'entities' ? names : s));
  const run = (text: string, compactFrom: number) =>
    analyze({ id: 'x', text }, { registry, stages: ['entities', 'keyphrases'], stageOptions: { keyphrases: { max: 1000 }, segment: { compactFrom } } }).keyphrases;
  const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

  it('on the seed (token objects) and the seed three times over (compact tokens)', () => {
    const plain = run(seed, 200_000);
    expect(plain).toHaveLength(204);
    expect(digest(plain)).toBe('9150f637e9d62168b2b5e994ca7f5fa063414a9fb080161c70e2ab27b3e7ab7e');
    const compact = run([flat, flat, flat].join(' '), 0);
    expect(compact).toHaveLength(208);
    expect(digest(compact)).toBe('94b0e3d660e8d9e00c3433285397e516a040c53998fb49070a2f2eec2335747a');
  });
});
