import type { Analysis, Entity, EntityType, Quote, Theme } from '@lede/core';
import { splitParagraphs } from '@lede/core';

/**
 * Build a realistic Analysis over our own text: spans are located in the text, so the standoff
 * contract holds and the store sees what the analyzers will hand it.
 */
export interface FixtureSpec {
  id: string;
  title: string;
  text: string;
  publishedAt?: string;
  source?: string;
  quotes?: Array<{ text: string; speaker?: string; entity?: string; role?: string }>;
  entities?: Array<{ name: string; type: EntityType; salience?: number; tone?: number; wikidata?: string }>;
  /** The first theme is the article's primary topic. */
  themes?: Array<{ id: string; label: string; topLevel?: string; score?: number }>;
  tone?: number;
  keyphrases?: string[];
}

export function fixture(spec: FixtureSpec): Analysis {
  const { text } = spec;
  const spanOf = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture: "${s}" not in text of ${spec.id}`);
    return { start, end: start + s.length, text: s };
  };
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => {
    const mentions = [] as Entity['mentions'];
    for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) mentions.push({ start: at, end: at + e.name.length, text: e.name, type: e.type });
    return {
      id: `e${i}`, name: e.name, type: e.type, mentions, count: Math.max(1, mentions.length), salience: e.salience ?? 0.5,
      ...(e.wikidata && { links: { wikidata: e.wikidata } }),
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => ({
    id: `q${i}`, ...spanOf(q.text), form: 'direct', cue: null,
    speaker: q.speaker ? { name: q.speaker, ...(q.entity && { entityId: entities.find((e) => e.name === q.entity)!.id }), ...(q.role && { role: q.role }) } : null,
  }));
  const themes: Theme[] = (spec.themes ?? []).map((t, i) => ({
    id: t.id, label: t.label, topLevel: t.topLevel ?? t.id, score: t.score ?? 0.7, evidence: [], ...(i === 0 && { primary: true }),
  }));
  const entityTone = (spec.entities ?? []).flatMap((e, i) => (e.tone === undefined ? [] : [{ entityId: `e${i}`, score: e.tone, sentences: [] }]));
  return {
    id: spec.id,
    article: {
      id: spec.id, text, title: spec.title, paragraphs: splitParagraphs(text),
      ...(spec.publishedAt && { publishedAt: spec.publishedAt }), ...(spec.source && { source: spec.source }),
    },
    sentences: [],
    quotes,
    entities,
    themes,
    tone: spec.tone === undefined && !entityTone.length ? null : { document: spec.tone ?? 0, sentences: [], entities: entityTone },
    keyphrases: (spec.keyphrases ?? []).map((k) => ({ text: k, score: 1, spans: [spanOf(k)] })),
    summary: [],
    readability: null,
  };
}

const ECON = { id: 'medtop:04000000', label: 'economy, business and finance' };
const POL = { id: 'medtop:11000000', label: 'politics' };
const SPORT = { id: 'medtop:15000000', label: 'sport' };

/** A small corpus: two economy stories quoting Lagarde, a politics story, a sport story, over three months. */
export const corpus: FixtureSpec[] = [
  {
    id: 'ecb-rates-jan',
    title: 'ECB holds interest rates as inflation cools',
    publishedAt: '2024-01-25T13:45:00Z',
    source: 'Example Wire',
    text:
      'The European Central Bank kept interest rates on hold on Thursday.\n\n' +
      '"It is premature to discuss rate cuts," Christine Lagarde told reporters in Frankfurt. ' +
      'Analysts at Deutsche Bank said markets still expect a cut by June.',
    quotes: [{ text: 'It is premature to discuss rate cuts', speaker: 'Christine Lagarde', entity: 'Christine Lagarde', role: 'ECB President' }],
    entities: [
      { name: 'European Central Bank', type: 'ORG', salience: 0.9, tone: 0.1 },
      { name: 'Christine Lagarde', type: 'PERSON', salience: 0.8, tone: 0.2, wikidata: 'Q8829' },
      { name: 'Frankfurt', type: 'GPE', salience: 0.2 },
      { name: 'Deutsche Bank', type: 'ORG', salience: 0.4 },
    ],
    themes: [ECON],
    tone: 0.05,
    keyphrases: ['interest rates'],
  },
  {
    id: 'ecb-rates-mar',
    title: 'Lagarde signals June cut',
    publishedAt: '2024-03-07',
    text:
      'Christine Lagarde said the bank was making good progress towards its inflation target.\n\n' +
      '"We will know a little more in April and a lot more in June," Lagarde said. ' +
      'The European Central Bank left its deposit rate at 4%.',
    quotes: [{ text: 'We will know a little more in April and a lot more in June', speaker: 'Lagarde', entity: 'Christine Lagarde' }],
    entities: [
      { name: 'Christine Lagarde', type: 'PERSON', salience: 0.9, tone: 0.4, wikidata: 'Q8829' },
      { name: 'European Central Bank', type: 'ORG', salience: 0.7, tone: 0.3 },
    ],
    themes: [ECON],
    tone: 0.3,
  },
  {
    id: 'budget-vote',
    title: 'Parliament passes budget after all-night session',
    publishedAt: '2024-03-08',
    text:
      'Lawmakers approved the budget by 312 votes to 290 early on Friday.\n\n' +
      '"This budget protects working families," the finance minister, Anna Berg, said. ' +
      'Opposition leader Tom Hale called it "a tax raid on savers". ' +
      'The European Central Bank was not consulted.',
    quotes: [
      { text: 'This budget protects working families', speaker: 'Anna Berg', entity: 'Anna Berg', role: 'finance minister' },
      { text: 'a tax raid on savers', speaker: 'Tom Hale', entity: 'Tom Hale' },
    ],
    entities: [
      { name: 'Anna Berg', type: 'PERSON', salience: 0.8, tone: 0.5 },
      { name: 'Tom Hale', type: 'PERSON', salience: 0.6, tone: -0.4 },
      { name: 'European Central Bank', type: 'ORG', salience: 0.1, tone: -0.2 },
    ],
    themes: [{ ...POL, score: 0.8 }, { ...ECON, score: 0.55 }],
    tone: -0.1,
  },
  {
    id: 'cup-final',
    title: 'Late goal settles cup final',
    publishedAt: '2024-02-12',
    text: 'A stoppage-time header won the cup final on Sunday.\n\n"We never stopped believing," the captain said.',
    quotes: [{ text: 'We never stopped believing' }],
    entities: [],
    themes: [SPORT],
    tone: 0.6,
  },
];
