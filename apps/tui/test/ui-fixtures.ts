/**
 * Test corpus for the browser: analyses of short articles written here, with layers built by hand
 * from exact spans so UI tests do not depend on how good the analyzers are today.
 */
import { toArticle, type Analysis, type EntityType } from '@lede/core';
import { openStore, type CorpusStore } from '@lede/store';

interface Spec {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  url?: string;
  text: string;
  quotes?: Array<{ text: string; speaker: string; role?: string }>;
  entities?: Array<{ name: string; type: EntityType }>;
  themes?: Array<[string, number]>;
  tone?: number;
  keyphrases?: string[];
}

const span = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });

export function analysisOf(s: Spec): Analysis {
  const article = toArticle({ id: s.id, text: s.text, title: s.title, source: s.source, publishedAt: s.publishedAt, url: s.url });
  const text = article.text;
  const quotes = (s.quotes ?? []).map((q, i) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    const end = start + q.text.length;
    const ss = text.indexOf(q.speaker, end);
    return {
      id: `q${i}`,
      ...span(text, start, end),
      form: 'direct' as const,
      cue: null,
      speaker: { name: q.speaker, ...(q.role && { role: q.role }), ...(ss >= 0 && { start: ss, end: ss + q.speaker.length }) },
    };
  });
  const entities = (s.entities ?? []).map((e, i) => {
    const mentions = [];
    for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) mentions.push({ ...span(text, at, at + e.name.length), type: e.type });
    return { id: `e${i}`, name: e.name, type: e.type, mentions, count: mentions.length, salience: 1 / (i + 1) };
  });
  const firstSentenceEnd = text.indexOf('. ') > 0 ? text.indexOf('. ') + 1 : text.length;
  return {
    id: s.id,
    article,
    sentences: [],
    quotes,
    entities,
    themes: (s.themes ?? []).map(([label, score], i) => ({ id: `lede:${label.toLowerCase().replace(/\W+/g, '-')}`, label, topLevel: 'medtop:04000000', score, evidence: [], ...(i === 0 && { primary: true }) })),
    // Each entity carries the article's tone, so tone toward entities over time has data.
    tone: s.tone === undefined ? null : { document: s.tone, sentences: [], entities: entities.map((e) => ({ entityId: e.id, score: s.tone!, sentences: [] })) },
    keyphrases: (s.keyphrases ?? []).map((k, i) => ({ text: k, score: 1 - i / 10, spans: [] })),
    summary: [{ ...span(text, 0, firstSentenceEnd), index: 0 }],
    readability: null,
  };
}

export const chipsText =
  'Beijing wants its own chips. Chinese firms such as Huawei are pouring money into high-end chips and artificial intelligence.\n' +
  '"China needs to find a new engine for its economic development," said Liu Dongshu, who studies Chinese politics.\n' +
  'Analysts expect China to publish new support measures for the sector within weeks.';

export const corpus: Spec[] = [
  {
    id: 'chips-1',
    title: 'China bets on chips to drive growth',
    source: 'Example Wire',
    publishedAt: '2025-03-04',
    url: 'https://news.example/chips',
    text: chipsText,
    quotes: [{ text: 'China needs to find a new engine for its economic development,', speaker: 'Liu Dongshu', role: 'City University of Hong Kong' }],
    entities: [
      { name: 'China', type: 'GPE' },
      { name: 'Huawei', type: 'ORG' },
      { name: 'Liu Dongshu', type: 'PERSON' },
    ],
    themes: [['Science and technology', 0.82], ['Economy', 0.41]],
    tone: 0.18,
    keyphrases: ['high-end chips', 'support measures'],
  },
  {
    id: 'farm-1',
    title: 'Farm subsidies split the assembly',
    source: 'Valley Herald',
    publishedAt: '2025-02-11',
    text:
      'Lawmakers argued for hours over farm subsidies on Tuesday.\n' +
      '"We cannot ask growers to carry the drought alone," said Maria Lopez, the agriculture minister.\n' +
      'The vote was postponed until March.',
    quotes: [{ text: 'We cannot ask growers to carry the drought alone,', speaker: 'Maria Lopez', role: 'agriculture minister' }],
    entities: [{ name: 'Maria Lopez', type: 'PERSON' }],
    themes: [['Agriculture', 0.9]],
    tone: -0.32,
  },
  {
    id: 'bank-1',
    title: 'Central bank holds rates steady',
    source: 'Example Wire',
    publishedAt: '2025-01-20',
    text: 'The central bank of China left interest rates unchanged on Monday, citing stable prices and a cooling property market.',
    entities: [{ name: 'China', type: 'GPE' }],
    themes: [['Economy', 0.77]],
    tone: -0.05,
  },
];

/** A real in-memory store holding the test corpus (and `extra` generated articles). */
export async function corpusStore(extra = 0): Promise<CorpusStore> {
  const store = await openStore({ db: ':memory:' });
  for (const s of corpus) await store.add(analysisOf(s));
  for (let i = 0; i < extra; i++) {
    const n = String(i).padStart(4, '0');
    await store.add(
      analysisOf({
        id: `gen-${n}`,
        title: `Council meeting ${n} reviews the budget`,
        source: 'Town Crier',
        publishedAt: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        text: `The council met for session ${n} and reviewed line ${i * 7} of the budget before adjourning.`,
        themes: [['Politics', 0.5]],
        tone: 0,
      }),
    );
  }
  return store;
}
