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

describe('news conventions on top of the tagger', () => {
  it('reads a dateline with a region as two places', () => {
    const es = entitiesOf('Shares rise on merger .\nIRVINE , Calif 1996-08-30\nShares of the company rose on Friday , traders said .');
    expect(mentionType(es, 'IRVINE')).toMatch(/^(GPE|LOC)$/);
    expect(mentionType(es, 'Calif')).toMatch(/^(GPE|LOC)$/);
  });

  it('reads a place in an adjectival compound as one descriptive name', () => {
    const es = entitiesOf('The move reunites him with Boston-based Reagan Communications , a Communist-led union said .');
    expect(mentionType(es, 'Boston-based')).toBe('NORP');
    expect(mentionType(es, 'Communist-led')).toBe('NORP');
    expect(mentionType(es, 'Boston')).toBeUndefined();
  });

  it('reads an acronym in brackets after an organisation as that organisation', () => {
    const es = entitiesOf('Peace talks were mediated by the Organisation for Security and Cooperation in Europe ( OSCE ) on Friday .');
    expect(mentionType(es, 'OSCE')).toBe('ORG');
  });

  it('reads the bare name of a company named with its legal form as the company', () => {
    const es = entitiesOf('Italian tyre and cables giant Pirelli SpA said on Friday it would invest in China .\nPirelli shares rose 2 percent .');
    expect(mentionType(es, 'Pirelli')).toBe('ORG');
  });

  it('completes a person the tagger cut short and leaves titles out', () => {
    const es = entitiesOf('Durham 114 ( S. Watkin 4-28 ) , while the Russian army under General Kutuzov was defeated .');
    expect(mentionType(es, 'S. Watkin')).toBe('PERSON');
    expect(mentionType(es, 'Kutuzov')).toBe('PERSON');
    expect(mentionType(es, 'General Kutuzov')).toBeUndefined();
  });

  it('reads a name with a country in brackets in a results list as a person', () => {
    const es = entitiesOf('Women \'s 100 metres hurdles\n1. Michelle Freeman ( Jamaica ) 12.71 seconds\n2. Ludmila Engquist ( Sweden ) 12.74\n');
    expect(mentionType(es, 'Ludmila Engquist')).toBe('PERSON');
    expect(mentionType(es, 'Sweden')).toBe('GPE');
  });

  it('reads plural team names and sides on a fixture as organisations', () => {
    const es = entitiesOf('The Texas Rangers defeated the Cleveland Indians 5-3 on Friday , while the Mets lost again .\nMay 18 v Worcestershire\n');
    expect(mentionType(es, 'Cleveland Indians')).toBe('ORG');
    expect(mentionType(es, 'Mets')).toBe('ORG');
    expect(mentionType(es, 'Worcestershire')).toBe('ORG');
  });

  it('reads a news outlet and a listed company by the words around them', () => {
    const es = entitiesOf('Interfax news agency quoted the spokesman as saying the deal was done , the daily Zycie Warszawy said .');
    expect(mentionType(es, 'Interfax')).toBe('ORG');
    expect(mentionType(es, 'Zycie Warszawy')).toBe('ORG');
  });

  it('joins a nationality to the competition it names', () => {
    const es = entitiesOf('Mauritania drew 0-0 with Benin in their African Nations Cup preliminary round on Saturday .');
    expect(mentionType(es, 'African Nations Cup')).toBe('EVENT');
  });

  it('reads clubs named after towns in a sports story, but keeps the dateline a place', () => {
    const text = 'SOCCER - BARATELLI TO COACH NICE .\nNICE , France 1996-08-30\nFormer international goalkeeper Jean-Luc Ettori will coach Nice after Nice \'s home defeat to Guingamp .\nLentini joined Milan from Torino in 1992 .';
    const es = entitiesOf(text);
    const dateline = text.indexOf('\nNICE') + 1;
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Nice'))?.type).toBe('ORG');
    expect(es.find((e) => e.mentions.some((m) => m.start === dateline))?.type).toMatch(/^(GPE|LOC)$/);
    expect(mentionType(es, 'Milan')).toBe('ORG');
  });

  it('splits a list the tagger ran into one name', () => {
    const es = entitiesOf('Banks interested in buying in Missouri are First Bank System Inc. and Norwest Corp. , analysts said .');
    expect(mentionType(es, 'Norwest Corp.')).toBe('ORG');
    expect(es.flatMap((e) => e.mentions).some((m) => / and /.test(m.text))).toBe(false);
  });

  it('reads a name ending in a legal form as a company, not a person', () => {
    const es = entitiesOf('Warner Bros and Salomon Bros were among the bidders , dealers said .');
    expect(mentionType(es, 'Warner Bros')).toBe('ORG');
    expect(mentionType(es, 'Salomon Bros')).toBe('ORG');
    const es2 = entitiesOf('Tokyo-based Hoshino Yamada Corp said on Monday it would raise its stake in the venture .');
    expect(mentionType(es2, 'Hoshino Yamada Corp')).toBe('ORG');
    const es3 = entitiesOf('Pemberton Chemical Co said it would close two plants in Texas .');
    expect(mentionType(es3, 'Pemberton Chemical Co')).toBe('ORG');
  });

  it('keeps "X & Co" one company', () => {
    const es = entitiesOf('" The market is nervous , " said John Miller , an analyst at Edward T. Jordan & Co .');
    expect(mentionType(es, 'Edward T. Jordan & Co')).toBe('ORG');
    expect(mentionType(es, 'Co')).toBeUndefined();
    expect(mentionType(es, 'John Miller')).toBe('PERSON');
  });

  it('does not read months heading a table as teams', () => {
    const es = entitiesOf('Norway central bank reserves ( billions of crowns )\nJuly 96 June 96\nForeign currency 163.2 160.1\nGold 2.1 2.1');
    expect(mentionType(es, 'July')).not.toBe('ORG');
    expect(mentionType(es, 'June')).not.toBe('ORG');
  });

  it('leaves a month before a name out of the name', () => {
    const es = entitiesOf('The August National Association of Purchasing Management index rose to 52.1 , the group said .');
    expect(mentionType(es, 'National Association of Purchasing Management')).toBe('ORG');
    const es2 = entitiesOf('Traders said the September Bund future rose 0.3 points in Frankfurt on Tuesday .');
    expect(es2.flatMap((e) => e.mentions).some((m) => m.text.startsWith('September ') && m.type !== 'DATE')).toBe(false);
  });
});
