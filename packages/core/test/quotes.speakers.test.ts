import { describe, expect, it } from 'vitest';
import { extractQuotes, splitParagraphs, type Entity } from '../src/index.js';

const quotesOf = (text: string, entities: Entity[] = []) => extractQuotes({ text, paragraphs: splitParagraphs(text), entities });
const speakerOf = (text: string, quote: string, entities: Entity[] = []) =>
  quotesOf(text, entities).find((q) => q.text.startsWith(quote))?.speaker ?? null;

/** An ORG entity with one mention per occurrence of its name, as the entities layer gives it. */
function org(text: string, name: string): Entity {
  const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name, type: 'ORG' as const }));
  return { id: 'o1', name, type: 'ORG', mentions, count: mentions.length, salience: 0.5 };
}

describe('pronoun speakers are resolved or left out, never output as names', () => {
  const text =
    'The Harbor Trust filed its appeal on Monday after the council vote.\n\n' +
    '“We will take this decision to the state supreme court if we have to,” it said in a statement.';

  it('resolves “it said” to the organisation mentioned just before', () => {
    expect(speakerOf(text, 'We will take', [org(text, 'Harbor Trust')])).toMatchObject({ name: 'Harbor Trust', entityId: 'o1' });
  });

  it('leaves the quote unattributed when no organisation fits', () => {
    const q = quotesOf(text).find((x) => x.text.startsWith('We will take'));
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
  });

  it('gives no speaker for an unresolvable “he”', () => {
    const q = quotesOf('“The numbers simply do not add up for the city this year,” he said.')[0];
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('speaker phrases', () => {
  it('takes the person before an appositive that itself names an organisation', () => {
    const text =
      'Maria Lopez, executive director of the Harbor Trust, a local charity, said the plan “will hurt the families who depend on the ferry every day.”';
    expect(speakerOf(text, 'will hurt')).toMatchObject({ name: 'Maria Lopez' });
  });

  it('takes the name after the last title of a long role', () => {
    const text = '“We will pass the bill before the recess, whatever it takes,” said House Majority Leader Kevin McCarthy.';
    expect(speakerOf(text, 'We will pass')).toMatchObject({ name: 'Kevin McCarthy', role: 'House Majority Leader' });
  });

  it('reads role words before the subject of a participle clause', () => {
    const text =
      'Democratic presidential nominee Hillary Clinton weighed in on Twitter, saying that officials should release the videos “without delay and in full.”';
    expect(speakerOf(text, 'without delay')?.name).toBe('Hillary Clinton');
  });

  it('does not take the listener of “telling X” or a name inside an introductory phrase', () => {
    const text =
      'In an interview with The Wall Street Journal, Donald Trump doubled down on his comments and said the judge had “an inherent conflict of interest in the case.”';
    expect(speakerOf(text, 'an inherent')?.name).toBe('Donald Trump');
    const told = 'The Trayvon Martin Foundation declined to comment, telling Fox 35 that the organization is focused on “ending senseless gun violence in our communities.”';
    expect(speakerOf(told, 'ending senseless')?.name).not.toBe('Fox');
  });

  it('does not read a verb phrase as a role before a name', () => {
    const text = 'Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday, saying it is time to have a “real constitutional conservative in the White House.”';
    expect(speakerOf(text, 'real constitutional')?.name).toBe('Carly Fiorina');
  });

  it('resolves a pronoun after its quote to someone named before the quote, not between its parts', () => {
    const text =
      'Bloomberg’s pollster, Douglas Schoen, says his man has the money and the time.\n\n' +
      '“I don’t think the conventional wisdom” -- that Bloomberg is a nanny-state liberal -- “is going to last,” he says.';
    expect(speakerOf(text, 'is going to last')?.name).toBe('Douglas Schoen');
  });
});
