import { describe, expect, it } from 'vitest';
import { analyze, type Entity } from '../src/index.js';

const entitiesOf = (text: string): Entity[] => analyze({ id: 't', text }, { stages: ['entities'] }).entities;
const typeOf = (es: Entity[], surface: string): string | undefined => es.find((e) => e.mentions.some((m) => m.text === surface))?.type;

describe('places used as teams', () => {
  it('reads a county that beats another as a team, everywhere in the article, and its opponent too', () => {
    const es = entitiesOf(
      'LONDON 1996-08-30\nAll-rounder Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset by an innings and 39 runs.\n' +
        'After bowling Somerset out for 83 on the opening morning, Leicestershire batted on into the evening.\n',
    );
    expect(typeOf(es, 'Leicestershire')).toBe('ORG');
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Leicestershire'))?.mentions.every((m) => m.type === 'ORG')).toBe(true);
    expect(typeOf(es, 'Somerset')).toBe('ORG');
    expect(typeOf(es, 'LONDON')).toBe('GPE');
  });

  it('finds both sides of a result line, keeping national sides as places', () => {
    const es = entitiesOf('Scottish league results on Saturday :\nPartick 1 St Mirren 1\nBournemouth 1 Peterborough 2\nGermany 2 Italy 1\n');
    expect(typeOf(es, 'St Mirren')).toBe('ORG');
    expect(typeOf(es, 'Peterborough')).toBe('ORG');
    expect(typeOf(es, 'Germany')).toBe('GPE');
  });

  it('leaves a city in ordinary prose a place', () => {
    const es = entitiesOf('The minister flew to Chicago on Monday and met business leaders in Houston the next day.');
    expect(typeOf(es, 'Chicago')).toBe('GPE');
    expect(typeOf(es, 'Houston')).toBe('GPE');
  });
});

describe('one sense per article', () => {
  it('reads a surname that is also a place as the person named in full earlier', () => {
    const es = entitiesOf('Golfer Peter Houston shot a 68 on Thursday. Houston leads by two strokes after Houston holed a long putt at the last.');
    const houston = es.flatMap((x) => x.mentions).filter((m) => m.text === 'Houston');
    expect(houston).toHaveLength(2);
    expect(houston.every((m) => m.type === 'PERSON')).toBe(true);
  });
});
