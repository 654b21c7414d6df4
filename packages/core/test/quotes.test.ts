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

  it('finds exactly the gold quotes with their spans, forms and speakers', () => {
    const got = analysis.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name, form: q.form }));
    const want = seedGold.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, form: q.form }));
    expect(got).toEqual(want);
  });

  it('keeps the standoff contract and gives dash cues and speaker offsets', () => {
    expect(checkSpans(analysis)).toEqual([]);
    const grunberg = analysis.quotes[1]!;
    expect(grunberg.cue?.text).toBe('–');
    expect(seedText.slice(grunberg.speaker!.start!, grunberg.speaker!.end!)).toBe('Nis Grünberg');
  });

  it('groups the two Liu Dongshu quotes together', () => {
    const groups = groupQuotesBySpeaker(analysis.quotes);
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
    expect(indirect[0]!.text).toBe('the economy would grow by 2% next year');
    expect(indirect[0]!.cue?.text).toBe('said');
    expect(indirect[0]!.speaker?.name).toBe('Paul Becker');
  });
});

describe('speakers: pronouns, possessives and sentence subjects', () => {
  // The full stage: sentences and the entities layer's people, as users get it.
  const speakerOf = (text: string, quote: string) =>
    analyze({ id: 't', text }, { stages: ['quotes'] }).quotes.find((q) => q.form !== 'indirect' && q.text.startsWith(quote))?.speaker ?? null;

  it('resolves a pronoun to the previous sentence’s subject, not the nearer object', () => {
    const text = 'Senator Ryan Cole said Mark Dayton has never respected the budget rules.\n\nHe says Dayton “knows full well that the law already forbids this kind of spending.”';
    expect(speakerOf(text, 'knows full well')?.name).toBe('Ryan Cole');
  });

  it('lets a person of unknown gender in the same sentence take “he”', () => {
    const text =
      'Governor Roy Cooper urged calm on Friday.\n\n' +
      'Kerr Putney, the police chief, said the footage was unclear, but he said other evidence “supports what we have heard” from witnesses.';
    expect(speakerOf(text, 'supports what')?.name).toBe('Kerr Putney');
  });

  it('resolves “he” to a description that spoke before', () => {
    const text =
      'Bill Clinton met the firm’s chief in 2009.\n\nA Coca-Cola spokesman said the company backed the foundation because it believed “in the great work that can be done together.” ' +
      'He said the consultancy had been hired to provide “business and communications” advice.';
    expect(speakerOf(text, 'business and')?.name).toBe('A Coca-Cola spokesman');
  });

  it('takes the name after a possessive or an organisation and role, never the possessive', () => {
    const text =
      '“She is a super-wonk, and that makes for a dull speech,” said Clinton’s communications director, Jennifer Palmieri.\n\n' +
      '“The race is closer than the national numbers suggest,” said Marquette pollster Charles Franklin.';
    const quotes = quotesOf(text);
    expect(quotes[0]!.speaker).toMatchObject({ name: 'Jennifer Palmieri', role: 'Clinton’s communications director' });
    expect(quotes[1]!.speaker).toMatchObject({ name: 'Charles Franklin', role: 'Marquette pollster' });
  });

  it('credits a quoted fragment to the subject of its sentence when no verb reports it', () => {
    const text =
      'Vice President Ann Moore thanked him for “stepping up and taking action when Congress won’t.”\n\n' +
      'Earlier this week, Governor Todd Banks pressed the chairman to take “the higher moral ground on his taxes” before the vote.';
    expect(speakerOf(text, 'stepping up')?.name).toBe('Ann Moore');
    expect(speakerOf(text, 'the higher moral')?.name).toBe('Todd Banks');
  });
});

describe('speakers: checked people, descriptions and introduced quotations', () => {
  const analyzed = (text: string) => analyze({ id: 't', text }, { stages: ['quotes'] }).quotes.filter((q) => q.form !== 'indirect');

  it('never names an organisation or a match-up as the speaker of a surname', () => {
    const text =
      'Mary Dunn runs the Dunn Foundation, which funds rural clinics.\n\n' +
      '“We are not going to stop now, whatever the board decides,” Dunn said.\n\n' +
      'The Dunn vs. Carter debate drew a crowd. “I won every single exchange tonight,” Carter said.';
    const quotes = analyzed(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Mary Dunn', 'Carter']);
  });

  it('ends a subject description at its head noun, and tells a noun from a reporting verb', () => {
    const text =
      'The newspaper took note of the mayor’s shortcomings, writing: “We recognize that many voters distrust her. The negative feelings reflect the bitter politics of the city.”\n\n' +
      'The GOP presidential candidate sent an email to supporters on Tuesday, inviting them to “win my engraved shotgun!”';
    const quotes = analyzed(text);
    expect(quotes[0]!.speaker?.name).toBe('The newspaper');
    expect(quotes[quotes.length - 1]!.speaker?.name).toBe('The GOP presidential candidate');
  });

  it('keeps a party-state tag and a home state with the person', () => {
    const text =
      'In a statement released Thursday, Rep. Hakeem Ortiz (D-N.Y.) reacted to the news, saying: “This man should be in prison for what he did.”\n\n' +
      '“It is going to be fought all the way to the finish,” Trump running mate Gov. Mike Pence of Indiana told reporters.';
    expect(analyzed(text).map((q) => q.speaker?.name)).toEqual(['Hakeem Ortiz', 'Mike Pence']);
  });

  it('credits quoted paragraphs to the subject of a line that introduces them with a colon', () => {
    const text =
      'Morton Black backed the senator on Sunday.\n\n' +
      'He then listed the qualities he wants in a nominee:\n\n' +
      '“Has the candidate a record of leadership for conservative principles?\n\n' +
      '“Is the candidate surrounded by people with a firm commitment to those principles?”';
    const quotes = analyzed(text);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Morton Black', 'Morton Black']);
  });

  it('reads an inverted cue after the quote’s own clause', () => {
    const text =
      '“Many would consider that an embarrassment for the governor” if she didn’t win by more, said David Wasserman, an analyst at the Cook Political Report.';
    expect(analyzed(text)[0]!.speaker?.name).toBe('David Wasserman');
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
