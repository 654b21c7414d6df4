// The analysis report's quotes section: one line per statement, paraphrase without quotation marks.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@lede/core';
import { buildReport } from '../src/report/sections.js';

// The store's attribution fixtures, loaded at run time (they live outside this package's rootDir).
const fixtures = new URL('../../../packages/store/test/statement-fixtures.ts', import.meta.url).href;
const { ratesAnalysis, seedAnalysis } = (await import(fixtures)) as { ratesAnalysis(): Analysis; seedAnalysis(): Analysis };

const quotesOf = (a: Analysis) => buildReport(a).sections.find((s) => s.heading.startsWith('Quotes'))!;

describe('report: quotes by statement', () => {
  it('joins the fragments of a statement and prints indirect speech as paraphrase', () => {
    const section = quotesOf(ratesAnalysis());
    expect(section.heading).toBe('Quotes (5)');
    const thedeen = section.blocks.find((b) => b.kind === 'group' && b.label === 'Erik Thedéen');
    expect(thedeen).toEqual({
      kind: 'group',
      label: 'Erik Thedéen',
      items: ['“We are not yet where we need to be,” … “and we will not cut before the summer.”', 'wage growth remained too strong (paraphrase)'],
    });
  });

  it('marks the seed’s partial quotation as mixed and keeps its block quotations plain', () => {
    const section = quotesOf(seedAnalysis());
    expect(section.heading).toBe('Quotes (6)');
    const xi = section.blocks.find((b) => b.kind === 'group' && b.label === 'Xi Jinping');
    expect(xi).toMatchObject({ items: ['“face difficulties head-on and strengthen confidence” (mixed)', '“to give full play to their capabilities”'] });
  });
});
