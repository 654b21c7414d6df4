// The source ranker and speaker linking through the quote stage, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Indirect statements of a text, with the speaker as given in the text and as resolved. */
function reported(text: string) {
  return analyze({ id: 't', text }, { stages: ['quotes'] })
    .quotes.filter((q) => q.form === 'indirect')
    .map((q) => ({ text: q.text, speaker: q.speaker?.name, kind: q.speaker?.kind, at: q.speaker ? text.slice(q.speaker.start!, q.speaker.end!) : null, entity: !!q.speaker?.entityId }));
}

describe('sources of reported statements (learned ranker)', () => {
  it('an organisation that speaks is linked to its entity', () => {
    const st = reported('The ministry of commerce was not available. Xinhua said that exports had risen by 7 percent in March.');
    expect(st).toContainEqual({ text: 'that exports had risen by 7 percent in March', speaker: 'Xinhua', kind: 'organisation', at: 'Xinhua', entity: true });
  });

  it('"the bank said" resolves to the bank named before', () => {
    const st = reported('Deutsche Bank reported a loss for the quarter. The bank said on Tuesday that it would cut 500 jobs in its investment unit.');
    expect(st).toContainEqual({ text: 'that it would cut 500 jobs in its investment unit', speaker: 'Deutsche Bank', kind: 'organisation', at: 'The bank', entity: true });
  });

  it('a relative "who" source stays at the pronoun and takes the name before it', () => {
    const st = reported('The strike was called off on Friday by Maria Lopez, who said that the union had won a pay rise of four percent.');
    expect(st).toContainEqual({ text: 'that the union had won a pay rise of four percent', speaker: 'Maria Lopez', kind: 'named', at: 'who', entity: true });
  });

  it('"he added" after a named economist is that economist, resolved', () => {
    const st = reported('Paul Becker, the chief economist at Norbank, said that growth would slow next year. He added that inflation would ease.');
    expect(st).toContainEqual({ text: 'that inflation would ease', speaker: 'Paul Becker', kind: 'resolved', at: 'He', entity: true });
  });

  it('"according to X" reports the clause its comma sets off, before or after it', () => {
    const want = { speaker: 'the port authority', kind: 'description', at: 'the port authority', entity: false };
    expect(reported('According to the port authority, container traffic fell by a fifth in the first half of the year.')).toEqual([{ text: 'container traffic fell by a fifth in the first half of the year', ...want }]);
    expect(reported('Container traffic fell by a fifth in the first half of the year, according to the port authority.')).toEqual([{ text: 'Container traffic fell by a fifth in the first half of the year', ...want }]);
  });
});
