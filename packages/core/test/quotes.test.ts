import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, checkSpans, extractQuotes, groupQuotesBySpeaker, splitParagraphs } from '../src/index.js';

const seedDir = path.resolve(__dirname, '../../../seeds');
const seedText = fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.txt'), 'utf8');
const seedGold = JSON.parse(fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.gold.json'), 'utf8')) as {
  quotes: Array<{ start: number; end: number; text: string; speaker: string; form: string }>;
};

/** Quotes of a snippet, through the library entry point without the pipeline. */
const quotesOf = (text: string) => extractQuotes({ text, paragraphs: splitParagraphs(text) });

describe('quotes on the seed article', () => {
  const analysis = analyze({ id: 'seed', text: seedText }, { stages: ['quotes'] });

  it('finds exactly the gold quotations with their spans, forms and speakers', () => {
    const got = analysis.quotes.filter((q) => q.form !== 'indirect').map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name, form: q.form }));
    const want = seedGold.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, form: q.form }));
    expect(got).toEqual(want);
  });

  it('keeps the standoff contract and gives dash cues and speaker offsets', () => {
    expect(checkSpans(analysis)).toEqual([]);
    const grunberg = analysis.quotes.filter((q) => q.form !== 'indirect')[1]!;
    expect(grunberg.cue?.text).toBe('–');
    expect(seedText.slice(grunberg.speaker!.start!, grunberg.speaker!.end!)).toBe('Nis Grünberg');
  });

  it('groups the two Liu Dongshu quotes together', () => {
    const groups = groupQuotesBySpeaker(analysis.quotes.filter((q) => q.form !== 'indirect'));
    expect(groups.map((g) => [g.name, g.quotes.length])).toEqual([
      ['Xi Jinping', 2],
      ['Nis Grünberg', 1],
      ['Liu Dongshu', 2],
      ['Victor Shih', 1],
    ]);
  });
});

describe('quote marks', () => {
  it('reads a quote running over several paragraphs as one speaker’s, one span per paragraph', () => {
    const text = [
      'The senator spoke for an hour.',
      '“We will not back down from this fight, not now and not ever,” said Sen. Maria Lopez. “The people of this state sent us here to do a job.',
      '“And we are going to do it, whatever it costs us in the polls.”',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual([
      'We will not back down from this fight, not now and not ever,',
      'The people of this state sent us here to do a job.',
      'And we are going to do it, whatever it costs us in the polls.',
    ]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Maria Lopez', 'Maria Lopez', 'Maria Lopez']);
  });

  it('keeps nested single quotes inside the outer quotation', () => {
    const text = '“He told me, ‘Don’t worry about the money,’ and then he walked out,” Jane Porter said.';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q!.text).toBe('He told me, ‘Don’t worry about the money,’ and then he walked out,');
    expect(q!.speaker?.name).toBe('Jane Porter');
  });

  it('rejects scare quotes, nicknames and titles of works', () => {
    const text =
      'The so-called “deal” collapsed on Friday. Critics of the “Never Trump” movement gathered after the broadcast of “Fox News Sunday.” ' +
      'The film, titled “Unfit,” ran once.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('does not take apostrophes for quote marks', () => {
    const text = 'It’s Musk’s company, and the Clintons’ foundation isn’t involved, the report said. Tesla’s shares rose.';
    expect(quotesOf(text).filter((q) => q.form !== 'indirect')).toEqual([]);
  });

  it('bounds a stray opening mark to its paragraph', () => {
    const long = 'The committee met again on Tuesday to discuss the budget and the schedule for the coming year. ';
    const text = `“${long}\n\n${long.repeat(3)}\n\n“This is the real quote,” Tom Reyes said.`;
    const quotes = quotesOf(text);
    const last = quotes[quotes.length - 1]!;
    expect(last.text).toBe('This is the real quote,');
    expect(last.speaker?.name).toBe('Tom Reyes');
    for (const q of quotes) expect(q.end - q.start).toBeLessThanOrEqual(2000);
    expect(quotes.every((q) => !q.text.includes('\n'))).toBe(true);
  });
});

describe('speakers', () => {
  it('resolves “he said” to the previous male-compatible named person', () => {
    const text =
      'Governor Sarah Mills met Paul Becker, the finance minister, on Monday.\n\n“We have a plan and we will stick to it,” he said.';
    const [q] = quotesOf(text);
    expect(q!.speaker?.name).toBe('Paul Becker');
    expect(q!.cue?.text).toBe('said');
  });

  it('takes a role from an appositive and canonicalises a later short name', () => {
    const text =
      '“Beijing wants growth above all,” said Liu Dongshu, an assistant professor at City University of Hong Kong.\n\n' +
      '“That will not change soon,” Liu said.';
    const quotes = quotesOf(text);
    expect(quotes[0]!.speaker).toMatchObject({ name: 'Liu Dongshu', role: 'an assistant professor at City University of Hong Kong' });
    expect(quotes[1]!.speaker?.name).toBe('Liu Dongshu');
    expect(groupQuotesBySpeaker(quotes)).toHaveLength(1);
  });

  it('keeps the phrase that completes a described speaker, on either side of the cue', () => {
    const speakers = [
      'Talks resumed on Monday. “We expect a deal soon,” said a person close to the talks.',
      'The plan was delayed. “The plan is on track,” a source familiar with the matter said.',
      'The governor resigned. “It was a mistake,” said a longtime adviser to the governor.',
      'The inquiry stalled. “Nothing has changed,” several officials briefed on the case said.',
      'The boxer lost the fight. “We will appeal,” the 46-year-old said.',
    ].map((text) => quotesOf(text)[0]?.speaker?.name);
    expect(speakers).toEqual(['a person close to the talks', 'a source familiar with the matter', 'a longtime adviser to the governor', 'several officials briefed on the case', 'the 46-year-old']);
  });

  it('resolves an age standing for a person to the person just named, and keeps a spokesman’s named body', () => {
    const analysed = (text: string) => analyze({ id: 't', text }, { stages: ['quotes'] }).quotes;
    const age = analysed('Marta Kovac won the final in straight sets. “I played my best tennis today,” the 24-year-old said.')[0]?.speaker;
    expect(age).toMatchObject({ name: 'Marta Kovac', start: expect.any(Number) });
    // A named body speaks through its spokesman; a clause after the body is not part of the speaker.
    const body = quotesOf('Trains were cancelled. “We are sorry for the delays,” a spokesman for Northern Rail said.')[0]?.speaker;
    expect(body?.name).toBe('Northern Rail');
    const clause = quotesOf('A spokesman for the group was unable to say more. “Demand is strong,” said Ian Roe, a trader.')[0]?.speaker;
    expect(clause?.name).toBe('Ian Roe');
  });

  it('credits the person, not the body of their role, when the body stands right before the cue', () => {
    const speakers = [
      'Farmers are worried. “Prices will rise,” George Wells of the Farm Bureau said.',
      'Farmers are worried. Mr. Wells of the Farm Bureau said: “Prices will rise.”',
      'Oil fell. “We are ready,” Anna Berg, chief executive of Nordvik Energy said.',
    ].map((text) => quotesOf(text)[0]?.speaker);
    expect(speakers.map((s) => s?.name)).toEqual(['George Wells', 'Wells', 'Anna Berg']);
    expect(speakers[2]?.role).toBe('chief executive of Nordvik Energy');
    // A body whose own name has "of" in it still speaks for itself.
    expect(quotesOf('Rates held. “Inflation is falling,” the Bank of England said.')[0]?.speaker?.name).toBe('Bank of England');
  });

  it('attributes “according to” and leaves an unattributed quote without a speaker', () => {
    const text = 'According to Sen. Ann Ortiz, “the vote will happen next week no matter what.”\n\nA banner read “We will not be moved by anyone at all.”';
    const quotes = quotesOf(text);
    expect(quotes[0]!.speaker?.name).toBe('Ann Ortiz');
    expect(quotes[1]!.speaker).toBeNull();
  });
});

describe('indirect speech', () => {
  it('finds reported speech with its cue and speaker', () => {
    const text = 'The central bank kept rates on hold. Finance Minister Paul Becker said that the economy would grow by 2% next year.';
    const a = analyze({ id: 'i', text }, { stages: ['quotes'] });
    const indirect = a.quotes.filter((q) => q.form === 'indirect');
    expect(indirect).toHaveLength(1);
    expect(indirect[0]!.text).toBe('that the economy would grow by 2% next year');
    expect(indirect[0]!.cue?.text).toBe('said');
    expect(indirect[0]!.speaker?.name).toBe('Paul Becker');
  });
});

describe('short quotations near a reporting verb', () => {
  it('keeps a four-word quote beside a reporting verb and still drops a short scare quote', () => {
    const text =
      'Asked about the plan on Monday, the answer was to “stay the course together” for now.\n\n' +
      'The “reform” package stalled again.';
    const quotes = quotesOf(text).filter((q) => q.form !== 'indirect');
    expect(quotes.map((q) => q.text)).toEqual(['stay the course together']);
  });
});
