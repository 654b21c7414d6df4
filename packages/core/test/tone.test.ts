import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, sentenceTones } from '../src/index.js';

const tone = (text: string) => analyze({ id: 't', text }, { stages: ['tone'] }).tone!.document;

describe('VADER rules', () => {
  it('negation flips, boosters intensify, "but" shifts weight', () => {
    expect(tone('The plan is not good.')).toBeLessThan(0);
    expect(tone('The plan is good.')).toBeGreaterThan(0);
    expect(tone('The plan is very good.')).toBeGreaterThan(tone('The plan is good.'));
    expect(tone('The food was good, but the service was terrible.')).toBeLessThan(0);
    expect(tone('The service was terrible, but the food was good.')).toBeGreaterThan(tone('The food was good, but the service was terrible.'));
  });

  it('reads emphasis, "hardly" and news vocabulary', () => {
    expect(tone('The result was GOOD for the team.')).toBeGreaterThan(tone('The result was good for the team.'));
    expect(tone('The result was good!!!')).toBeGreaterThan(tone('The result was good.'));
    expect(tone('The courthouses hardly inspire confidence.')).toBeLessThan(0);
    expect(tone('The minister was convicted of corruption and bribery.')).toBeLessThan(-0.3);
    expect(tone('The committee met on Tuesday in Brussels.')).toBe(0);
    // "party" is a political party in news, not a celebration (VADER rates it +1.7).
    expect(tone('The Communist Party met in Beijing on Tuesday.')).toBe(0);
  });
});

describe('valence shifters: verbs that lessen or avert what they govern', () => {
  it('reads a negative thing reduced, fought or overcome as mildly positive, not negative', () => {
    expect(tone('The new vaccine will reduce the risk of disease.')).toBeGreaterThan(0);
    expect(tone('The new vaccine will increase the risk of disease.')).toBeLessThan(0);
    expect(tone('The council pledged to fight corruption.')).toBeGreaterThan(0);
    expect(tone('She worked hard to overcome discrimination.')).toBeGreaterThan(0);
    // Flipped at half strength: less positive than plain praise of the same size.
    expect(tone('The council pledged to fight corruption.')).toBeLessThan(tone('The council pledged honesty.') + 0.5);
  });

  it('leaves positive words and words out of reach alone', () => {
    expect(tone('They reduced the excellent programme.')).toBeGreaterThan(0);
    expect(tone('Officials will reduce the budget for roads, which is a disaster.')).toBeLessThan(0);
  });
});

describe('news rules: negation, lessening, questions, names', () => {
  it('reads a negated negative word as cancelled, not as praise', () => {
    expect(tone('The proposal is not bad.')).toBe(0);
    expect(tone('The senator was never charged with a crime.')).toBe(0);
    // A negated positive word still flips.
    expect(tone('The proposal is not good.')).toBeLessThan(0);
  });

  it('reverses a negative subject of a verb of lessening, and leaves the verb alone otherwise', () => {
    expect(tone('Crime fell sharply last year.')).toBeGreaterThan(0);
    expect(tone('Tensions eased after the talks.')).toBeGreaterThan(0);
    expect(tone('Sales fell sharply last year.')).toBeLessThan(0);
    expect(tone('The number of children living in poverty rose again.')).toBeLessThan(0);
  });

  it("lets a reverser reach the end of its object, but not past the clause", () => {
    expect(tone('The programme aims to reduce the number of children living in poverty.')).toBeGreaterThan(0);
    // A semicolon, or a comma before "which", "but" and other clause openers, ends the reach.
    expect(tone('The plan will reduce poverty; crime is a disaster.')).toBeLessThan(0);
    expect(tone('Officials will reduce the budget for the new roads, which is a disaster.')).toBeLessThan(0);
  });

  it('gives a question half the weight of the statement', () => {
    const question = tone('Is this really a good plan?');
    const statement = tone('This is really a good plan.');
    expect(question).toBeGreaterThan(0);
    expect(question).toBeLessThan(statement - 0.1);
  });

  it('reads proper nouns and capitalised name runs as names', () => {
    expect(tone('The Supreme Court heard the case on Monday.')).toBe(0);
    expect(tone('Officials at the Justice Department met on Monday.')).toBe(0);
    expect(tone('The ruling was a victory for justice.')).toBeGreaterThan(0);
    // A capitalised first word is not a name unless a capitalised word follows it.
    expect(tone('Good work by the staff.')).toBeGreaterThan(0);
  });

  it('rates the formal condemnation of opinion writing', () => {
    expect(tone("The council's handling of the budget was egregious and feckless.")).toBeLessThan(-0.5);
  });
});

describe('tone on the seed article', () => {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');
  const a = analyze({ id: 'seed', text }, { stages: ['tone'] });

  it('scores the document and every sentence in -1..1', () => {
    const t = a.tone!;
    expect(t.document).toBeGreaterThanOrEqual(-1);
    expect(t.document).toBeLessThanOrEqual(1);
    expect(t.sentences.map((s) => s.index)).toEqual(a.sentences.map((s) => s.index));
    for (const s of t.sentences) expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
    // "a renewed wave of confidence and national pride" opens the article on a positive note.
    expect(t.sentences[0]!.score).toBeGreaterThan(0);
  });

  it('gives each entity the tone of the sentences its mentions fall in', () => {
    const doc = analyzeDoc({ id: 'seed', text }, { stages: ['tone'] });
    const scores = sentenceTones(doc);
    expect(doc.entities.length).toBeGreaterThan(0);
    for (const e of doc.tone!.entities) {
      const entity = doc.entities.find((x) => x.id === e.entityId)!;
      expect(e.sentences.length).toBeGreaterThan(0);
      for (const m of entity.mentions) {
        const s = doc.sentences.findIndex((x) => x.start <= m.start && m.start < x.end);
        expect(e.sentences).toContain(s);
      }
      const mean = e.sentences.reduce((sum, s) => sum + scores[s]!, 0) / e.sentences.length;
      expect(e.score).toBeCloseTo(mean, 3);
    }
    expect(doc.tone!.entities).toHaveLength(doc.entities.length);
  });

  it("gives Xi Jinping the tone of the sentences that name him", () => {
    const doc = analyzeDoc({ id: 'seed', text }, { stages: ['tone'] });
    const xi = doc.entities.find((e) => e.name === 'Xi Jinping' && e.type === 'PERSON');
    expect(xi).toBeDefined();
    const tone = doc.tone!.entities.find((e) => e.entityId === xi!.id)!;
    // Independently of the entities stage: the sentences whose text names "Xi".
    const naming = doc.sentences.filter((s) => /\bXi\b/.test(s.text)).map((s) => s.index);
    expect(naming.length).toBeGreaterThan(1);
    expect(tone.sentences).toEqual(naming);
    const scores = sentenceTones(doc);
    expect(tone.score).toBeCloseTo(naming.reduce((sum, s) => sum + scores[s]!, 0) / naming.length, 3);
  });
});
