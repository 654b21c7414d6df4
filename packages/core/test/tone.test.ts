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
