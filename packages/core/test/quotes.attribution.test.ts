// The learned attribution tagger through the quote stage: reported speech, fragments grouped into
// one statement, speaker kinds and calibrated confidence. Sentences are written for these tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, checkSpans, Quote } from '../src/index.js';

const quotesOf = (text: string) => analyze({ id: 't', text }, { stages: ['quotes'] }).quotes;

describe('reported speech from the learned tagger', () => {
  it('finds an indirect statement and resolves its pronoun source to the named person', () => {
    const [q, ...rest] = quotesOf('Maria Chen runs the harbour authority. She said the old cranes would be replaced next spring.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ form: 'indirect', text: 'the old cranes would be replaced next spring', cue: { text: 'said' }, speaker: { name: 'Maria Chen', kind: 'resolved' } });
  });

  it('keeps a name with its appositive role as a named source of a "told … that" statement', () => {
    const [q] = quotesOf('Lena Ostrova, chief executive of Kelvar Systems, told reporters that the firm would cut 300 jobs.');
    expect(q).toMatchObject({ form: 'indirect', cue: { text: 'told' }, speaker: { name: 'Lena Ostrova', kind: 'named' } });
    expect(q!.text).toContain('the firm would cut 300 jobs');
  });

  it('reports an unnamed group of sources as a description, not as a person', () => {
    const [q] = quotesOf('Two officials familiar with the talks said the deal could be signed within weeks.');
    expect(q!.speaker?.kind).toBe('description');
    expect(q!.text).toBe('the deal could be signed within weeks');
  });

  it('reads British -ise spellings of cue verbs as the US ones it learned from', () => {
    const us = 'Union leader Priya Nair criticized the decision. She apologized to members and emphasized that the strike would go ahead on Friday.';
    const uk = us.replace(/iz(e|ed|ing)\b/g, 'is$1');
    expect(uk).toContain('emphasised');
    const view = (text: string) => quotesOf(text).map((q) => [q.form, q.start, q.end, q.speaker?.name, q.speaker?.kind]);
    expect(view(uk)).toEqual(view(us));
    expect(quotesOf(uk).find((q) => q.cue?.text === 'emphasised')).toMatchObject({ form: 'indirect', text: 'that the strike would go ahead on Friday', speaker: { name: 'Priya Nair' } });
  });

  it('links content to the reporting verb before it, not to a participle inside an aside (the learned linker)', () => {
    for (const aside of ['long criticised by campaigners', 'described in the report as unsafe']) {
      const qs = quotesOf(`Ana Ruiz said on Monday that the port, ${aside}, would reopen in May after repairs.`);
      expect(qs.find((q) => q.text.startsWith('that the port'))).toMatchObject({ cue: { text: 'said' }, speaker: { name: 'Ana Ruiz', kind: 'named' } });
    }
  });

  it('counts a sentence-opening common noun as a description, a surname of a named person as named', () => {
    const [officials] = quotesOf('Officials said the talks had stalled.');
    expect(officials!.speaker).toMatchObject({ name: 'Officials', kind: 'description' });
    expect(quotesOf('State media reported that the new rules would take effect in March.')[0]!.speaker).toMatchObject({ name: 'State media', kind: 'description' });
    const [brown] = quotesOf('Gordon Brown met union leaders on Friday. Brown said the talks had stalled.');
    expect(brown!.speaker).toMatchObject({ name: 'Gordon Brown', kind: 'named' });
  });

  it('names the person in apposition to a described source, with the description as role', () => {
    const [q] = quotesOf('The spokesman for the finance ministry, Lin Bo, said the tariffs would stay in place.');
    expect(q).toMatchObject({ form: 'indirect', cue: { text: 'said' }, speaker: { name: 'Lin Bo', kind: 'named', role: 'The spokesman for the finance ministry' } });
  });

  it('reads "Y, the agency said." as the whole clause Y, without the source phrase', () => {
    const [q] = quotesOf('The plant will be expanded to double its output, the official news agency said on Tuesday.');
    expect(q).toMatchObject({ form: 'indirect', text: 'The plant will be expanded to double its output', cue: { text: 'said' }, speaker: { name: 'the official news agency' } });
    const [r] = quotesOf('Demand for electric cars will keep growing this year, said Wang Chuanfu, the founder of the carmaker.');
    expect(r).toMatchObject({ text: 'Demand for electric cars will keep growing this year', speaker: { name: 'Wang Chuanfu' } });
  });

  it('finds nothing in text that reports nobody', () => {
    expect(quotesOf('The bridge opened in 1932. It is painted grey and carries four lanes of traffic.')).toEqual([]);
  });
});

describe('statements, confidence and the schema', () => {
  it('gives the fragments of one quoted statement one statement id', () => {
    const qs = quotesOf('"We are ready for the storm," Tomas Berg said, "and the pumps are already running."');
    expect(qs.map((q) => q.text)).toEqual(['We are ready for the storm,', 'and the pumps are already running.']);
    expect(new Set(qs.map((q) => q.statement)).size).toBe(1);
    expect(qs.every((q) => q.speaker?.name === 'Tomas Berg' && q.speaker.kind === 'named')).toBe(true);
  });

  it('gives separate statements separate ids', () => {
    const qs = quotesOf('"The roof leaks," said Ada Moss.\n\nLater, Piet Kroon said the council would pay for repairs.');
    expect(qs).toHaveLength(2);
    expect(qs[0]!.statement).not.toBe(qs[1]!.statement);
  });

  it('scores every quote of the seed with a confidence in [0, 1], quotations above paraphrase', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');
    const a = analyze({ id: 'seed', text }, { stages: ['quotes'] });
    expect(checkSpans(a)).toEqual([]);
    for (const q of a.quotes) {
      expect(Quote.parse(q)).toBeTruthy();
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      expect(q.statement).toMatch(/^s\d+$/);
    }
    const mean = (qs: typeof a.quotes) => qs.reduce((n, q) => n + q.confidence!, 0) / qs.length;
    const quoted = a.quotes.filter((q) => q.form !== 'indirect');
    const indirect = a.quotes.filter((q) => q.form === 'indirect');
    expect(quoted).toHaveLength(6);
    expect(indirect.length).toBeGreaterThan(0);
    expect(mean(quoted)).toBeGreaterThan(mean(indirect));
    // Reported statements on the seed all have a source that is in the text, never a line-spanning name.
    for (const q of indirect) {
      expect(q.speaker).not.toBeNull();
      expect(q.speaker!.name).not.toContain('\n');
      expect(text.slice(q.speaker!.start!, q.speaker!.end!).length).toBeGreaterThan(0);
    }
  });
});
