import { describe, expect, it } from 'vitest';
import { extractQuotes, splitParagraphs, type Entity, type EntityType } from '../src/index.js';

const quotesOf = (text: string, entities: Entity[] = []) => extractQuotes({ text, paragraphs: splitParagraphs(text), entities });
const speakerOf = (text: string, quote: string, entities: Entity[] = []) => {
  const q = quotesOf(text, entities).find((x) => x.text.startsWith(quote));
  expect(q, `quote "${quote}"`).toBeDefined();
  return q!.speaker?.name ?? null;
};

/** An entity with one mention per occurrence of `surface` (the tagger's view of the text). */
function entity(text: string, id: string, name: string, type: EntityType, surface = name): Entity {
  const mentions = [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({ start: m.index, end: m.index + surface.length, text: surface, type }));
  return { id, name, type, mentions, count: mentions.length, salience: 0.5 };
}

describe('speakers the tagger missed are still people', () => {
  it('resolves a later "he" to a titled speaker the tagger typed as an organisation', () => {
    const text =
      'The museum said the gun would not be displayed.\n\n' +
      'Rep. Hakeem Jeffries reacted to the news, saying: “The killer should be in prison, not on an auction site.”\n\n' +
      '“It should shock the conscience of every decent American,” he added.';
    const ents = [entity(text, 'o1', 'Rep. Hakeem Jeffries', 'ORG'), entity(text, 'o2', 'museum', 'ORG')];
    expect(speakerOf(text, 'It should shock', ents)).toBe('Hakeem Jeffries');
  });

  it('finds a given name inside a capitalised run the tagger folded into an organisation', () => {
    const text =
      'Senate Intelligence Ranking Democrat Dianne Feinstein said the emails were never marked.\n\n' +
      '“I have seen the emails, but I do not register anything on that at all,” she said.';
    const ents = [entity(text, 'o1', 'Senate Intelligence Ranking Democrat Dianne Feinstein', 'ORG'), entity(text, 'p1', 'Hillary Clinton', 'PERSON', 'Clinton')];
    expect(speakerOf(text, 'I have seen', ents)).toBe('Dianne Feinstein');
  });

  it('does not take a title-case headline for a person', () => {
    const text =
      'Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle\n\n' +
      '“He is a very good reporter, this guy, a very good reporter,” Boyle said at the event.';
    const ents = [entity(text, 'p1', 'Donald Trump', 'PERSON')];
    expect(speakerOf(text, 'He is a very', ents)).toBe('Boyle');
  });
});

describe('which quote a cue after a closed quote belongs to', () => {
  it('does not hand a closed quote to the subject of the next sentence’s report', () => {
    const text =
      'A Coca-Cola spokesman said the company had supported the foundation because it believed “in the great work that can be done when businesses come together.” He said Teneo had been hired to provide consulting.';
    expect(speakerOf(text, 'in the great work')).toBe('A Coca-Cola spokesman');
  });

  it('gives a sentence ending in "X reiterated:" to the next quote, not the previous one', () => {
    const text =
      'At a press conference, Sen. Mary Lane proclaimed, “I did not send any classified material to anyone.” The senator reiterated: “I know the rules very well.”';
    expect(speakerOf(text, 'I did not send')).toBe('Mary Lane');
  });

  it('keeps "Smith said Tuesday." with the quote before it', () => {
    const text = '“We will appeal this decision all the way to the top.” Mayor John Smith said Tuesday.';
    expect(speakerOf(text, 'We will appeal')).toBe('John Smith');
    const told = '“We are going to win this state in November.” Sen. Mary Lane told The Washington Post.';
    expect(speakerOf(told, 'We are going')).toBe('Mary Lane');
  });
});

describe('inverted and dash credits', () => {
  it('does not read the subject of a quoted clause as an inverted speaker', () => {
    const text = 'The former secretary of state said the U.S. “clearly” needed a more robust air campaign against the group.';
    expect(speakerOf(text, 'clearly')).not.toBe('U.S.');
  });

  it('takes a dash credit only when it ends the clause', () => {
    const text = 'He has called the senator “the next George Washington of our time” – the Founding Father who Beck idolizes.';
    expect(speakerOf(text, 'the next George')).not.toBe('Founding Father');
    const aside = 'Ann Lee noted that “a number of our friends” - including the Service Employees International Union - wanted more.';
    expect(speakerOf(aside, 'a number of')).toBe('Ann Lee');
  });
});

describe('clause subjects', () => {
  it('skips capitalised words inside a coordinated verb phrase', () => {
    const text = 'Tom Reyes took the stage.\n\nHe then adopted a fake Southern accent and joked, “I am just going to make it easier for them.”';
    expect(speakerOf(text, 'I am just')).toBe('Tom Reyes');
  });

  it('hangs a ", saying" participle on the sentence subject across a quoted title', () => {
    const text =
      'Sen. Bernie Sanders visited NBC’s “Today” to discuss his remarks about his rival, Hillary Clinton, saying “on her worst day” she would be better.';
    expect(speakerOf(text, 'on her worst')).toBe('Bernie Sanders');
  });

  it('skips an opening participle phrase to reach the subject', () => {
    const text = 'Reprising one of her favorite lines, the former secretary of state talked about continuing the “progress we had under President Obama.”';
    expect(speakerOf(text, 'progress we had')).toBe('the former secretary of state');
  });

  it('does not take an expletive "it" for the speaker and reads the inverted credit', () => {
    const text = 'It may be saying something like, “We have got to take this one day at a time,” or offering your own tips, says psychologist Nancy Molitor.';
    expect(speakerOf(text, 'We have got')).toBe('Nancy Molitor');
  });

  it('credits the owner of a response or of words', () => {
    expect(speakerOf('Clinton’s response was: “Is the store in Connecticut or Wisconsin?”', 'Is the store')).toBe('Clinton');
    const text = 'Hillary Clinton wants to bring back the 1990s. She promised to put him in charge because, in her words, “he knows how to do it.”';
    expect(speakerOf(text, 'he knows')).toBe('Hillary Clinton');
  });

  it('hands a quote after a colon to the clause subject, and after "shot back"', () => {
    const text = 'Former candidate Jeb Bush broke down what was wrong with the message to a Dutch newspaper: “What he did was so insensitive.”';
    expect(speakerOf(text, 'What he did')).toBe('Jeb Bush');
    const back = 'Clinton said she stood up to the banks. Sanders shot back, “Oh my goodness, they must have been really crushed by that.”';
    expect(speakerOf(back, 'Oh my goodness')).toBe('Sanders');
    const label = 'Name: Gabrielle Hatcher Age: 27 Why she is protesting: “As a tip worker, I make a sub-minimum wage of $5.”';
    expect(speakerOf(label, 'As a tip')).toBeNull();
  });

  it('gives a quote in a new sentence of its line to that sentence’s subject', () => {
    const text =
      'The FBI confirmed that it was “working on matters related to the server.” The agency declined to detail the investigation’s “specific focus, scope or potential targets.”';
    expect(speakerOf(text, 'specific focus')).toBe('The agency');
  });

  it('credits the asker of a passive "was asked by"', () => {
    const text = 'Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk “adding another expensive entitlement program.”';
    expect(speakerOf(text, 'adding another')).toBe('Gerard Baker');
  });

  it('reads "as X put it"', () => {
    const text = 'But at the time, as prosecutor Marc Lemaire put it, “apart from the wrong crowd there was not much to complain about.”';
    expect(speakerOf(text, 'apart from')).toBe('Marc Lemaire');
  });
});

describe('speaker phrases', () => {
  it('reads coordinated titles before the name', () => {
    const text = '“Joe can remind the voters of what is at stake,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.';
    expect(speakerOf(text, 'Joe can remind')).toBe('Ed Rendell');
  });

  it('takes a capitalised name for the subject, not for an auxiliary ("Will wrote")', () => {
    const text = 'Columnist George Will attacked the field.\n\n“The eruption of war in a NATO capital is a reminder of the stakes,” Will wrote.';
    const [q] = quotesOf(text);
    expect(q!.cue?.text).toBe('wrote');
    expect(q!.speaker?.name).toBe('George Will');
  });

  it('reads descriptions headed by -ly nouns, numbers and possessives', () => {
    expect(speakerOf('“We endorse her without hesitation,” the influential US daily wrote.', 'We endorse')).toBe('the influential US daily');
    expect(speakerOf('“You seem to have picked a new standard out of thin air,” the two write.', 'You seem')).toBe('the two');
    expect(speakerOf('In court documents, Lazar’s public defense counsel asked for three years, calling his hacking "an addiction of sorts."', 'an addiction')).toBe('Lazar’s public defense counsel');
    expect(speakerOf('Scott’s family has called on police to release the videos “as a matter of the greater good.”', 'as a matter')).toBe('Scott’s family');
  });

  it('reads a long appositive and a relative clause before the next quote', () => {
    const text =
      '“Very good reporter, very good reporter this guy,” Trump, the GOP frontrunner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primary, said.';
    expect(speakerOf(text, 'Very good')).toBe('Trump');
    const rel =
      '“It is a great day for the state,” said Rep. Beto Ruiz (D-Tex.), a Clinton endorser whose district went for her but who suggested that Sanders could pull out voters. “In El Paso, she crushed him.”';
    expect(speakerOf(rel, 'In El Paso')).toBe('Beto Ruiz');
  });

  it('credits co-authors together after a dash and a colon', () => {
    const text = 'POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: “Although the polls failed to predict the win, they were not dead wrong.”';
    expect(speakerOf(text, 'Although the polls')).toBe('Mark Blumenthal and Jon Cohen');
  });

  it('reads a present-tense cue the tagger may call a noun after a name', () => {
    const text = 'According to Fox News’s Ed Henry, the money will pay for ads.\n\n“It helps Republicans down ballot,” Henry reports on Monday evening, noting that Trump and Adelson met on Sunday.';
    // The tagger calls "reports" a noun here.
    const tokens = [{ start: text.indexOf('reports'), pos: 'NOUN' }];
    const entities = [entity(text, 'p1', 'Ed Henry', 'PERSON'), entity(text, 'p2', 'Donald Trump', 'PERSON', 'Trump')];
    const q = extractQuotes({ text, paragraphs: splitParagraphs(text), entities, tokens }).find((x) => x.text.startsWith('It helps'));
    expect(q?.cue?.text).toBe('reports');
    expect(q?.speaker?.name).toBe('Ed Henry');
  });
});

describe('more clause shapes', () => {
  it('reads "but said" like "and said"', () => {
    const text = 'Gov. Pat Lane spoke first.\n\nMayor Jennifer Roberts said Friday that she thinks the video should be released but said “the question is the timing.”';
    expect(speakerOf(text, 'the question')).toBe('Jennifer Roberts');
  });

  it('skips a sentence-opening "But" before a pronoun subject', () => {
    const text = 'Bernie Sanders insisted he is still in the race. But he laid off 200 staffers and began talking about what will happen “if we do not win.”';
    expect(speakerOf(text, 'if we do not')).toBe('Bernie Sanders');
  });

  it('reads a role with a date in it', () => {
    expect(speakerOf('“The rationales for the veto do not hold weight,” said 9/11 widow Terry Strada.', 'The rationales')).toBe('Terry Strada');
  });

  it('credits "From the report:" and an "according to" document', () => {
    expect(speakerOf('A new study compares web panels. From the report: “In general, samples with more elaborate weighting did better.”', 'In general')).toBe('the report');
    const text = 'According to the recently court-released Trump University playbook, his salespersons were told, “You do not sell products. You sell feelings.”';
    expect(speakerOf(text, 'You do not sell')).toBe('the recently court-released Trump University playbook');
  });

  it('does not read a verb between a description and a name as a role', () => {
    const text = 'A staffer emailed Mills the list of attendees under the subject line “DOS participation at CGI this year.”';
    const tokens = [{ start: text.indexOf('emailed'), pos: 'VERB' }];
    const q = extractQuotes({ text, paragraphs: splitParagraphs(text), tokens }).find((x) => x.text.startsWith('DOS'));
    expect(q?.speaker?.name).toBe('A staffer');
  });
});

describe('reduced clauses and group heads', () => {
  it('skips "when asked" for the cue before it', () => {
    const text = 'Any decision to charge someone would involve Attorney General Loretta E. Lynch, who told Congress when asked last month about the inquiry: “That matter is being handled by career agents.”';
    expect(speakerOf(text, 'That matter')).toBe('Loretta E. Lynch');
  });

  it('keeps a group noun before "of the …"', () => {
    const text = 'An AIPAC spokesman declined to comment. Leaders of the organization have said they invite candidates to ensure that “our community develops a constructive relationship with whoever wins.”';
    expect(speakerOf(text, 'our community')).toBe('Leaders of the organization');
  });
});

describe('descriptions', () => {
  it('reads "Yet another said" and a document heading its sentence', () => {
    const text = '“There are more candidates competing here,” added one New Hampshire Republican. Yet another said, “Rubio is in a five-person battle for second place.”';
    expect(speakerOf(text, 'Rubio is in')).toBe('another');
    const cable = 'Ambassador Chris Stevens asked for more guards. The cable indicated 13 security personnel would be the minimum needed for “transportation security and incident response.”';
    expect(speakerOf(cable, 'transportation security')).toBe('The cable');
  });

  it('resolves "the senator" to the person the text is about, not to a senator met in passing', () => {
    const text =
      'Marco Rubio, who is third in the polls, stressed defense issues during an appearance with Sen. Joni Ernst.\n\n' +
      'The Florida senator told reporters he feels good, and “we will see what it translates to a week from tonight.”';
    expect(speakerOf(text, 'we will see')).toBe('Marco Rubio');
    const titled = 'Sen. Joni Ernst spoke at the rally on Monday.\n\n“We are going to win this state,” the senator said.';
    expect(speakerOf(titled, 'We are going')).toBe('Joni Ernst');
  });
});

describe('appositives', () => {
  it('reads past an appositive that ends in a quoted title to the verb', () => {
    const text = 'Actress Kerry Washington attended the event.\n\nWashington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us all safer.”';
    expect(speakerOf(text, 'taking these', [entity(text, 'p1', 'Kerry Washington', 'PERSON', 'Washington')])).toBe('Kerry Washington');
  });
});

describe('capitalised modifiers', () => {
  it('does not take the adjective of a noun for the subject of a participle', () => {
    const text = 'The first taste the Mexican audience gets of Donald Trump is his golden head speaking from a giant bill, calling them “frijoleros and worse, every single one of them.”';
    const tokens = [{ start: text.indexOf('audience'), pos: 'NOUN' }];
    const q = extractQuotes({ text, paragraphs: splitParagraphs(text), tokens }).find((x) => x.text.startsWith('frijoleros'));
    expect(q?.speaker?.name).toBe('Donald Trump');
  });
});

describe('pull quotes', () => {
  it('takes the credit line that closes a pull quote', () => {
    const text =
      'Obama won the nomination anyway.\n\n"I’d have a beer with Donald Trump, if he drank. But I wouldn’t let him into my home.\nMo Elleithee, director of Georgetown University’s Institute of Politics."\n\nEight years later, Obama campaigned.';
    expect(speakerOf(text, 'I’d have a beer')).toBe('Mo Elleithee');
  });
});
