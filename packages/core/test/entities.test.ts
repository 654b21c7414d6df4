import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, lookupKnown, type Entity, textProblem } from '../src/index.js';

const seedDir = path.resolve(__dirname, '../../../seeds');
const seedText = fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.txt'), 'utf8');
const gold = JSON.parse(fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.gold.json'), 'utf8')) as {
  entities: Array<{ name: string; type: string; aliases?: string[] }>;
};

const entitiesOf = (text: string): Entity[] => analyze({ id: 't', text }, { stages: ['entities'] }).entities;
const norm = (s: string): string => s.replace(/’/g, "'").replace(/'s$/, '');
const byMention = (es: Entity[], surface: string): Entity | undefined =>
  es.find((e) => norm(e.name) === norm(surface) || e.mentions.some((m) => norm(m.text) === norm(surface)));

describe('entities on the seed article', () => {
  const entities = entitiesOf(seedText);

  it('gives identical entity spans with straight and with curly punctuation', () => {
    // Same length both ways: every mark is one UTF-16 unit, so spans must match exactly.
    const straight = seedText.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\u00a0/g, ' ');
    let open = true;
    const curly = straight.replace(/'/g, '’').replace(/"/g, () => ((open = !open) ? '”' : '“')).replace(/ - /g, ' – ');
    const spans = (t: string) => entitiesOf(t).flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}:${m.type}:${e.name.replace(/’/g, "'")}`)).sort();
    expect(curly).not.toBe(straight);
    expect(spans(curly)).toEqual(spans(straight));
    expect(spans(straight).length).toBeGreaterThan(20);
  });

  it.each(gold.entities.map((e) => [e.name, e.type, e.aliases ?? []] as const))('finds %s as %s, merged with its aliases', (name, type, aliases) => {
    const e = byMention(entities, name);
    expect(e, name).toBeDefined();
    expect(e!.type).toBe(type);
    for (const a of aliases) {
      // Only aliases the article uses on their own (not inside the full name).
      if (!new RegExp(`\\b${a.replace(/\./g, '\\.')}(?![\\w.])`).test(seedText.replaceAll(name, ''))) continue;
      expect(byMention(entities, a)?.id, `${a} joins ${name}`).toBe(e!.id);
    }
  });

  it('types "Chinese" and "American" as NORP', () => {
    for (const w of ['Chinese', 'American']) expect(byMention(entities, w)?.type, w).toBe('NORP');
  });

  it('gives ids, counts that match mentions, and salience in [0, 1] with a most salient entity', () => {
    const ids = new Set(entities.map((e) => e.id));
    expect(ids.size).toBe(entities.length);
    for (const e of entities) {
      expect(e.count).toBe(e.mentions.length);
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
      for (const m of e.mentions) expect(seedText.slice(m.start, m.end)).toBe(m.text);
    }
    expect(entities[0]!.salience).toBe(1);
    expect(['China', 'Xi Jinping']).toContain(entities[0]!.name);
  });
});

describe('merging mentions within an article', () => {
  it('merges a person’s surname mentions, titled or not, with the full name', () => {
    const text =
      'Corvo Motors chief executive Marta Lindqvist said on Monday that sales would recover. ' +
      'Ms Lindqvist, who joined in 2019, told analysts the plant in Gothenburg would reopen. Lindqvist’s plan was welcomed.';
    const es = entitiesOf(text);
    const people = es.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Marta Lindqvist']);
    expect(people[0]!.mentions.length).toBe(3);
  });

  it('joins a surname to the full name and U.S./US to United States', () => {
    const text =
      'Chinese President Xi Jinping met the prime minister of Japan on Monday. Xi said trade with the United States would grow.\n' +
      'Officials in Washington said U.S. tariffs would stay. The US economy slowed, and Xi did not comment.';
    const es = entitiesOf(text);
    const xi = byMention(es, 'Xi Jinping')!;
    expect(xi.type).toBe('PERSON');
    expect(xi.mentions.map((m) => m.text)).toEqual(['Xi Jinping', 'Xi', 'Xi']);
    const us = byMention(es, 'United States')!;
    expect(us.name).toBe('United States');
    expect(byMention(es, 'U.S.')?.id).toBe(us.id);
    expect(byMention(es, 'US')?.id).toBe(us.id);
  });

  it('joins an acronym to the organisation it abbreviates', () => {
    const text =
      "Delegates gathered for the National People's Congress in Beijing on Tuesday. The NPC is expected to approve the budget, and the NPC will close next week.";
    const es = entitiesOf(text);
    const npc = byMention(es, "National People's Congress")!;
    expect(npc.type).toBe('ORG');
    expect(npc.mentions.filter((m) => m.text === 'NPC')).toHaveLength(2);
  });

  it('keeps different people with the same surname apart when the surname alone is ambiguous', () => {
    const text = 'George Bush met Laura Smith in Texas. Later John Smith arrived. Smith declined to comment.';
    const es = entitiesOf(text);
    expect(byMention(es, 'Laura Smith')?.id).not.toBe(byMention(es, 'John Smith')?.id);
  });

  it('gives an ambiguous surname to the person last named in full, and an initial to its full name', () => {
    const text =
      'Coach Andy Harlow named his side on Friday. Full-back Jason Harlow returns from injury, and Harlow said he was ready. ' +
      'Scrum-half Owen Pryce also starts.\n\nTeam: J Harlow, O Pryce, K Dunmore.';
    const es = entitiesOf(text);
    const jason = byMention(es, 'Jason Harlow');
    expect(jason).toBeDefined();
    // The team sheet's "J Harlow" (or its surname) goes to Jason, the Harlow last named in full.
    expect(jason!.mentions.map((m) => m.start)).toEqual([text.indexOf('Jason Harlow'), text.indexOf('Harlow said'), text.lastIndexOf('Harlow')]);
    expect(byMention(es, 'Andy Harlow')!.mentions.map((m) => m.text)).toEqual(['Andy Harlow']);
    expect(byMention(es, 'O Pryce')?.name).toBe('Owen Pryce');
    expect(es.filter((e) => e.type === 'PERSON' && !/\s/.test(e.name))).toEqual([]);
  });
});

describe('a surname shared by several people in one article', () => {
  const people = (text: string) =>
    entitiesOf(text)
      .filter((e) => e.type === 'PERSON')
      .map((e) => `${e.name}: ${e.mentions.map((m) => m.start).join(',')}`)
      .sort();

  it('stays apart when the person last named in full is not the one named most', () => {
    const text =
      'Grace Okafor opened the new maternity clinic in Enugu on Tuesday. Grace Okafor said the wards would take 40 patients. ' +
      'Grace Okafor thanked the donors, among them her brother Daniel Okafor, who runs a pharmacy nearby. ' +
      'Okafor said the building had cost more than planned.';
    const es = entitiesOf(text);
    expect(byMention(es, 'Daniel Okafor')!.mentions.map((m) => m.text)).toEqual(['Daniel Okafor']);
    expect(byMention(es, 'Grace Okafor')!.mentions.map((m) => m.text)).toEqual(['Grace Okafor', 'Grace Okafor', 'Grace Okafor']);
    expect(byMention(es, 'Okafor')?.name).toBe('Okafor');
  });

  it('goes to the person last named in full when that is also the one named most', () => {
    const text =
      'Daniel Okafor, a pharmacist, first proposed the clinic. His sister Grace Okafor opened it in Enugu on Tuesday. ' +
      'Grace Okafor said the wards would take 40 patients, and Okafor said the building had cost more than planned.';
    const es = entitiesOf(text);
    expect(byMention(es, 'Grace Okafor')!.mentions.map((m) => m.start)).toEqual([text.indexOf('Grace Okafor'), text.lastIndexOf('Grace Okafor'), text.lastIndexOf('Okafor said')]);
    expect(byMention(es, 'Daniel Okafor')!.mentions).toHaveLength(1);
  });

  it('goes to the person the article already calls by the surname alone, after a relative is named', () => {
    const text =
      'The singer Mara Quist has cancelled her spring tour. Quist, 34, said she needed rest. Quist had played 60 dates last year. ' +
      'Her sister Leni Quist, who manages the band, confirmed the news. Quist is expected to return to the studio in June.';
    const es = entitiesOf(text);
    expect(byMention(es, 'Mara Quist')!.mentions).toHaveLength(4);
    expect(byMention(es, 'Leni Quist')!.mentions.map((m) => m.text)).toEqual(['Leni Quist']);
  });

  it('stays apart before either is named in full, unless one is named far most often', () => {
    const text =
      'Okafor wins the council seat. Daniel Okafor took 52% of the vote in Enugu North on Thursday, ahead of Grace Okafor, ' +
      'who stood for the rival party.';
    expect(people(text)).toContain(`Okafor: ${text.indexOf('Okafor')}`);
  });
});

describe('linking to stable ids', () => {
  it('links China to ISO CN and Wikidata Q148 from the bundled table', () => {
    expect(lookupKnown('China')?.links).toEqual({ iso3166: 'CN', wikidata: 'Q148' });
    const china = byMention(entitiesOf('China and India agreed on a new border deal in Beijing on Friday.'), 'China');
    expect(china?.type).toBe('GPE');
    expect(china?.links).toMatchObject({ iso3166: 'CN', wikidata: 'Q148' });
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(lookupKnown('us')).toBeUndefined();
    expect(lookupKnown('US')?.name).toBe('United States');
  });
});

describe('typing', () => {
  it('finds dates, money and percentages by pattern', () => {
    const text = 'Exports rose 5.2 percent to $3 billion in 2024, the ministry said on March 5, 2025.';
    const es = entitiesOf(text);
    const types = new Map(es.flatMap((e) => e.mentions.map((m) => [m.text, m.type] as const)));
    expect(types.get('5.2 percent')).toBe('PERCENT');
    expect(types.get('$3 billion')).toBe('MONEY');
    expect(types.get('March 5, 2025')).toBe('DATE');
  });

  it('tags names in an ALL-CAPS headline', () => {
    const es = entitiesOf('GERMANY BEATS FRANCE AS MERKEL WATCHES');
    expect(byMention(es, 'GERMANY')?.type).toBe('GPE');
    expect(byMention(es, 'FRANCE')?.type).toBe('GPE');
  });
});

describe('entity properties', () => {
  const newsish = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constantFrom('. ', ', ', '\n', 'U.S. ', 'Mr. ', 'Xi ', 'China', "'s ", '$', '5%', 'New York ', 'NPC ', 'South ', '–', '\u00a0'),
        fc.lorem({ maxCount: 3 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''))
    // NUL and lone surrogates are rejected up front (valid-text.ts), not analysed.
    .filter((t) => textProblem(t) === undefined);

  it('never throws; every mention is a slice of the text and counts match', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const es = analyze({ id: 'p', text }, { stages: ['entities'] }).entities;
        for (const e of es) {
          expect(e.count).toBe(e.mentions.length);
          for (const m of e.mentions) {
            expect(m.end).toBeGreaterThan(m.start);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
