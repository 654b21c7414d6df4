import { describe, expect, it } from 'vitest';
import { analyze, type Entity } from '../src/index.js';

const entitiesOf = (text: string): Entity[] => analyze({ id: 't', text }, { stages: ['entities'] }).entities;
const mentionType = (es: Entity[], surface: string): string | undefined =>
  es.flatMap((e) => e.mentions).find((m) => m.text === surface)?.type;

describe('recognition rules on top of the tagger', () => {
  it('reads an initial and a surname in a scorecard as a person', () => {
    const es = entitiesOf('Surrey 429-7 ( C. Lewis 80 not out , M. Butcher 70 , G. Kersey 63 ) .');
    for (const name of ['C. Lewis', 'M. Butcher', 'G. Kersey']) expect(mentionType(es, name), name).toBe('PERSON');
  });

  it('names nationality and religious adjectives NORP, but leaves a party alone', () => {
    const es = entitiesOf('He led the side during the European championship in June , while Kurdish rebels and Moslem groups met .');
    expect(mentionType(es, 'European')).toBe('NORP');
    expect(mentionType(es, 'Kurdish')).toBe('NORP');
    expect(mentionType(es, 'Moslem')).toBe('NORP');
  });

  it('joins two nationality words into one group', () => {
    const es = entitiesOf('Iraqi Kurds fled to the border on Tuesday , officials said .');
    expect(mentionType(es, 'Iraqi Kurds')).toBe('NORP');
  });

  it('reads a place before a competition head as the event', () => {
    const es = entitiesOf('Faldo won the Hong Kong Open last year and will defend his title next month .');
    expect(mentionType(es, 'Hong Kong Open')).toBe('EVENT');
    expect(mentionType(es, 'Hong Kong')).toBeUndefined();
  });

  it('keeps a home nation a place where a county is a team', () => {
    const es = entitiesOf('Scotland beat Wales 2-1 in Glasgow on Saturday , while Leicestershire beat Somerset at Taunton .');
    expect(mentionType(es, 'Scotland')).toBe('GPE');
    expect(mentionType(es, 'Leicestershire')).toBe('ORG');
  });

  it('does not read a place in a headline name as a person elsewhere', () => {
    const es = entitiesOf('Yeltsin endorses Lebed Chechnya peace plan .\nMOSCOW 1996-08-31\nLebed is now in Chechnya solving problems , the agency said .');
    expect(mentionType(es, 'Chechnya')).toMatch(/^(GPE|LOC)$/);
  });

  it('reads the name on a dateline line as a place', () => {
    for (const city of ['WARSAW', 'MADRID', 'MONTE CARLO']) {
      const es = entitiesOf(`Polish shares fall on profit taking .\n${city} 1996-08-30\nShares fell on Friday as investors took profits , dealers said .`);
      expect(mentionType(es, city), city).toMatch(/^(GPE|LOC)$/);
    }
  });
});
