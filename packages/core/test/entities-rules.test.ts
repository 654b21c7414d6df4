import { describe, expect, it } from 'vitest';
import { analyze, type Entity } from '../src/index.js';

// Sentences written for these tests (invented names and events).
const entitiesOf = (text: string): Entity[] => analyze({ id: 't', text }, { stages: ['entities'] }).entities;
const mentions = (es: Entity[]) => es.flatMap((e) => e.mentions);
const mentionType = (es: Entity[], surface: string): string | undefined => mentions(es).find((m) => m.text === surface)?.type;

describe('recognition rules on top of the tagger', () => {
  it('names nationality and religious adjectives NORP, but leaves a party alone', () => {
    const es = entitiesOf('Basque farmers and Sikh groups met in the capital on Tuesday , while Labour called for calm .');
    expect(mentionType(es, 'Basque')).toBe('NORP');
    expect(mentionType(es, 'Sikh')).toBe('NORP');
    expect(mentionType(es, 'Labour')).not.toBe('NORP');
  });

  it('reads the name on a dateline line as a place', () => {
    for (const city of ['OSLO', 'LIMA']) {
      const es = entitiesOf(`Shares slip on profit taking .\n${city} 2031-04-02\nShares fell on Friday as investors took profits , dealers said .`);
      expect(mentionType(es, city), city).toMatch(/^(GPE|LOC)$/);
    }
  });

  it('reads a name ending in a legal form as a company, and its bare name too', () => {
    const es = entitiesOf('Harrowgate Chemical Co said on Monday it would close two plants . Harrowgate Chemical shares fell .');
    expect(mentionType(es, 'Harrowgate Chemical Co')).toBe('ORG');
  });

  it('splits a list the tagger ran into one name per item', () => {
    const es = entitiesOf('Bidders include Harrow Bank Inc. and Tanaka Corp. , analysts said on Friday .');
    expect(mentionType(es, 'Tanaka Corp.')).toBe('ORG');
    expect(mentions(es).some((m) => / and /.test(m.text))).toBe(false);
  });

  it('leaves a month before a name out of the name', () => {
    const es = entitiesOf('Traders said the September Treasury contract rose 0.3 points in Frankfurt on Tuesday .');
    expect(mentions(es).some((m) => m.text.startsWith('September ') && m.type !== 'DATE')).toBe(false);
  });
});

describe('web-news conventions', () => {
  it('keeps a plural possessive inside a name, and ends an organisation at its possessive', () => {
    const es = entitiesOf('Delegates to the National People’s Congress voted on Monday. Zhanlu’s founder Wei Tongmin said sales rose.');
    expect(mentionType(es, 'National People’s Congress')).toBe('ORG');
    expect(mentions(es).some((m) => m.text.startsWith('Zhanlu’s'))).toBe(false);
    expect(mentionType(es, 'Wei Tongmin')).toBe('PERSON');
  });

  it('does not read common capitalised nouns as organisations', () => {
    const es = entitiesOf('The firm said AI and EV demand recovered after Covid, and its TV unit grew.');
    for (const w of ['AI', 'EV', 'Covid', 'TV']) expect(mentionType(es, w), w).toBeUndefined();
  });

  it('reads a place in an "X-based" compound as the place, not a nationality', () => {
    const es = entitiesOf('The Lisbon-based start-up hired 40 engineers last year.');
    expect(mentions(es).some((m) => m.type === 'NORP')).toBe(false);
    expect(mentionType(es, 'Lisbon-based')).toBeUndefined();
  });

  it('takes no entities from photo credits', () => {
    const es = entitiesOf('Workers assemble batteries at the plant in Hefei. Pic/Agency\nPhoto: Jane Roe/Harbour Times\nSales rose 12 percent in March.');
    for (const m of mentions(es)) expect(['Pic', 'Agency', 'Jane Roe', 'Harbour Times']).not.toContain(m.text);
  });

  it('gives the same entities with curly and straight punctuation', () => {
    const curly = 'Ana Ruiz’s firm, Corvo Motors, said “sales rose” in Chile — its biggest market\u00a0— on Monday.';
    const straight = curly.replace(/’/g, "'").replace(/[“”]/g, '"').replace(/—/g, '-').replace(/\u00a0/g, ' ');
    const spans = (t: string) => mentions(entitiesOf(t)).map((m) => `${m.start}:${m.end}:${m.type}`).sort();
    expect(spans(curly)).toEqual(spans(straight));
    expect(spans(curly).length).toBeGreaterThan(2);
  });
});
