import fs from 'node:fs';
import path from 'node:path';
import type { Analysis, Quote, SpeakerKind } from '@lede/core';
import { fixture } from './fixtures.js';

/**
 * Attribution fixtures: quotes with forms, statements, speaker kinds and confidences as the
 * learned attribution reports them, over real text (the seed article) and a small real-ish story.
 */
type Extra = { form?: Quote['form']; statement?: string; kind?: SpeakerKind; confidence?: number };

function withAttribution(a: Analysis, extras: Extra[]): Analysis {
  a.quotes = a.quotes.map((q, i) => {
    const x = extras[i] ?? {};
    return {
      ...q,
      ...(x.form && { form: x.form }),
      ...(x.statement && { statement: x.statement }),
      ...(x.confidence !== undefined && { confidence: x.confidence }),
      speaker: q.speaker && x.kind ? { ...q.speaker, kind: x.kind } : q.speaker,
    };
  });
  return a;
}

/** A rate decision: a statement in two fragments, reported speech from a description, an organisation and a pronoun. */
export const RATES_TEXT =
  'Sweden’s Riksbank kept its policy rate at 4 per cent on Thursday.\n\n' +
  '"We are not yet where we need to be," Governor Erik Thedéen said, "and we will not cut before the summer."\n\n' +
  'Analysts said the decision had been widely expected. The bank said inflation would fall back to its target next year. ' +
  'Thedéen told reporters that wage growth remained too strong. The finance ministry said it would not comment on monetary policy.';

export function ratesAnalysis(id = 'riksbank-hold'): Analysis {
  const a = fixture({
    id,
    title: 'Riksbank holds rate, signals no cut before summer',
    publishedAt: '2024-02-01T10:00:00Z',
    text: RATES_TEXT,
    entities: [
      { name: 'Riksbank', type: 'ORG', salience: 0.9, wikidata: 'Q1337823' },
      { name: 'Erik Thedéen', type: 'PERSON', salience: 0.8 },
    ],
    quotes: [
      { text: 'We are not yet where we need to be,', speaker: 'Erik Thedéen', entity: 'Erik Thedéen', role: 'Governor' },
      { text: 'and we will not cut before the summer.', speaker: 'Erik Thedéen', entity: 'Erik Thedéen', role: 'Governor' },
      { text: 'the decision had been widely expected', speaker: 'Analysts' },
      { text: 'inflation would fall back to its target next year', speaker: 'Riksbank', entity: 'Riksbank' },
      { text: 'wage growth remained too strong', speaker: 'Erik Thedéen', entity: 'Erik Thedéen' },
      { text: 'it would not comment on monetary policy', speaker: 'The finance ministry' },
    ],
  });
  return withAttribution(a, [
    { form: 'direct', statement: 's0', kind: 'named', confidence: 0.96 },
    { form: 'direct', statement: 's0', kind: 'named', confidence: 0.93 },
    { form: 'indirect', kind: 'description', confidence: 0.71 },
    { form: 'indirect', kind: 'organisation', confidence: 0.82 },
    { form: 'indirect', kind: 'resolved', confidence: 0.64 },
    { form: 'indirect', kind: 'organisation', confidence: 0.55 },
  ]);
}

const seedDir = path.resolve(import.meta.dirname, '../../../seeds');

/** The seed article with its six gold quotations (gold forms and speakers), as the analyser should report them. */
export function seedAnalysis(): Analysis {
  const text = fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.txt'), 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(seedDir, 'china-two-sessions-tech.gold.json'), 'utf8')) as {
    quotes: Array<{ start: number; end: number; text: string; speaker: string; form: Quote['form'] }>;
  };
  const a = fixture({
    id: 'china-two-sessions',
    title: 'China’s two sessions',
    publishedAt: '2025-03-04T08:00:00Z',
    text,
    quotes: gold.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
  });
  // fixture() finds each quote's first occurrence; the gold offsets are the truth.
  a.quotes = a.quotes.map((q, i) => ({ ...q, start: gold.quotes[i]!.start, end: gold.quotes[i]!.end }));
  return withAttribution(a, gold.quotes.map((q) => ({ form: q.form, kind: 'named' as const, confidence: 0.9 })));
}
