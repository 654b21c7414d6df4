import { describe, expect, it } from 'vitest';
import { analyze, checkSpans } from '@lede/core';
import { parseInput, type IngestResult } from '../src/index.js';
import { atomFeed, markdownArticle, newsPage, rssFeed, seedLike } from './fixtures/samples.js';

function articles(results: IngestResult[]) {
  return results.map((r) => {
    if (!r.ok) throw new Error(`${r.record}: ${r.error.code} ${r.error.message}`);
    return r.article;
  });
}

describe('plain text', () => {
  it('keeps one paragraph per line and the exact text', () => {
    const [a] = articles(parseInput(seedLike, { name: 'brief.txt' }));
    expect(a!.text).toBe(seedLike);
    expect(a!.title).toBeUndefined();
    const analysis = analyze(a!, { stages: ['segment'] });
    expect(analysis.article.paragraphs.map((p) => p.text)).toEqual(seedLike.split('\n'));
  });

  it('gives the same content hash id for the same text, a different one for different text', () => {
    const [a] = articles(parseInput(seedLike));
    const [b] = articles(parseInput(seedLike.replace(/\n/g, '\r\n')));
    const [c] = articles(parseInput(seedLike + ' Extra.'));
    expect(a!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b!.id).toBe(a!.id);
    expect(c!.id).not.toBe(a!.id);
  });
});

describe('HTML page', () => {
  const [page] = articles(parseInput(newsPage, { name: 'flood.html' }));

  it('extracts the article body without navigation, promos, sidebars or footer', () => {
    expect(page!.text).toContain('Councillors in Port Ellery voted 31 to 4');
    expect(page!.text).toContain('subject to a marine licence.');
    for (const boiler of ['Subscribe today', 'harbour mouth at low tide', 'Read more:', 'Most read', 'All rights reserved', 'Privacy']) expect(page!.text).not.toContain(boiler);
  });

  it('keeps paragraphs apart with blank lines and turns &nbsp; into a space', () => {
    const paragraphs = page!.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(paragraphs.find((p) => p.startsWith('"We have had three'))).toMatch(/will not be a near miss\." The barrier/);
    expect(page!.text).toContain('town centre');
    expect(page!.text).not.toContain('\u00a0');
  });

  it('reads title, byline, date, source, url and language from the page metadata', () => {
    expect(page!.title).toBe('Harbour council approves £40m flood barrier');
    expect(page!.byline).toBe('Priya Natarajan');
    expect(page!.publishedAt).toBe('2025-02-14T09:30:00.000Z');
    expect(page!.source).toBe('The Coastal Courier');
    expect(page!.url).toBe('https://courier.example/news/flood-barrier');
    expect(page!.language).toBe('en-GB');
  });

  it('produces an article whose analysis keeps the standoff contract', () => {
    const analysis = analyze(page!, { stages: ['segment'] });
    expect(analysis.article.paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(checkSpans(analysis)).toEqual([]);
  });
});

describe('Markdown', () => {
  const [md] = articles(parseInput(markdownArticle, { name: 'olives.md' }));

  it('renders markup to prose and takes metadata from front matter', () => {
    expect(md!.title).toBe('Drought hits olive harvest');
    expect(md!.byline).toBe('Sofia Marin');
    expect(md!.publishedAt).toBe('2024-11-20');
    expect(md!.url).toBe('https://farmnews.example/olives');
    expect(md!.text.startsWith('Olive growers')).toBe(true); // the H1 is the title, not body text
    expect(md!.text).toContain('their smallest harvest in a decade');
    expect(md!.text).toContain('said grower Jaime Ortega. Prices at wholesale markets rose');
    expect(md!.text).not.toMatch(/[*#[\]]|---|https:/);
    expect(md!.text).toContain('Output is forecast at 600,000 tonnes.\n\nExports will fall');
  });
});

describe('feeds', () => {
  it('turns each RSS item into an article, preferring content:encoded, and reports the empty item', () => {
    const results = parseInput(rssFeed, { name: 'gazette.rss' });
    expect(results).toHaveLength(3);
    const [first, second, third] = results;
    expect(first!.ok && first!.article).toMatchObject({
      id: 'gazette-1001',
      title: 'Library opens on Sundays',
      byline: 'Tom Okafor',
      publishedAt: '2025-03-03T08:15:00.000Z',
      source: 'Valley Gazette',
      url: 'https://gazette.example/library-sundays',
    });
    expect(first!.ok && first!.article.text).toBe('The central library will open on Sundays from April, the county said.\n\n"Demand has never been higher," said librarian Ana Ruiz.');
    expect(second!.ok && second!.article.text).toBe('Repairs to the Mill Lane bridge will take two more weeks.');
    expect(second!.ok && second!.article.id).toBe('https://gazette.example/bridge');
    expect(second!.ok && second!.article.publishedAt).toBe('2025-03-04T16:00:00.000Z');
    expect(third!.ok).toBe(false);
    expect(!third!.ok && third!.error.toJSON()).toMatchObject({ code: 'EMPTY_INPUT', record: 'gazette.rss[2]', field: 'text' });
  });

  it('reads Atom entries with their links, authors and dates', () => {
    const [entry] = articles(parseInput(atomFeed, { name: 'metro.xml' }));
    expect(entry).toMatchObject({
      id: 'urn:metro:4411',
      title: 'Tram line & depot approved',
      byline: 'Lena Vogt',
      publishedAt: '2025-05-01T16:45:00.000Z',
      source: 'Metro Wire',
      url: 'https://metro.example/tram',
      text: 'The city approved a new tram line on Thursday.\n\nConstruction starts in 2026.',
    });
  });

  it('reads a JSON Feed', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Night Desk',
      items: [{ id: 'nd-7', url: 'https://nd.example/7', title: 'Port strike ends', content_text: 'Dock workers returned on Friday.', date_published: '2025-06-06T22:00:00Z' }],
    });
    const [item] = articles(parseInput(feed, { name: 'night.json' }));
    expect(item).toMatchObject({ id: 'nd-7', source: 'Night Desk', text: 'Dock workers returned on Friday.', publishedAt: '2025-06-06T22:00:00.000Z' });
  });
});

describe('JSON and JSONL records', () => {
  it('reads a JSON array of records with text or html', () => {
    const json = JSON.stringify([
      { id: 'a1', text: 'Rail fares rise 4% in March.', title: 'Fares up', source: 'Wire', publishedAt: '2025-01-15T07:00:00-05:00' },
      { id: 42, html: '<p>Snow closed <em>three</em> schools.</p><p>Buses ran late.</p>', url: 'https://w.example/snow' },
    ]);
    const [a, b] = articles(parseInput(json, { name: 'batch.json' }));
    expect(a).toMatchObject({ id: 'a1', title: 'Fares up', source: 'Wire', publishedAt: '2025-01-15T12:00:00.000Z' });
    expect(b).toMatchObject({ id: '42', text: 'Snow closed three schools.\n\nBuses ran late.', url: 'https://w.example/snow' });
  });

  it('names JSONL records by line and keeps their ids', () => {
    const jsonl = ['{"id":"n1","text":"First story."}', '', '{"id":"n2","html":"<!doctype html><html><body><p>Second story.</p></body></html>"}'].join('\n');
    const results = parseInput(jsonl, { name: 'feed.jsonl' });
    expect(results.map((r) => r.record)).toEqual(['feed.jsonl:1', 'feed.jsonl:3']);
    expect(articles(results).map((a) => [a.id, a.text])).toEqual([['n1', 'First story.'], ['n2', 'Second story.']]);
  });
});

describe('offset map', () => {
  it('keeps given plain text exactly, so its offsets are the identity', () => {
    const raw = 'Héllo\u200b world\r\nSecond\u00a0line';
    const [r] = parseInput(raw, { keepOffsets: true });
    if (!r!.ok) throw new Error('expected ok');
    expect(r!.article.text).toBe(raw);
    expect(r!.article.textSource).toBe('given');
    const i = r!.article.text.indexOf('world');
    expect(r!.offsets![i]).toBe(i);
  });

  it('maps normalised offsets of extracted (HTML) text back to the raw input', () => {
    const raw = '<p>Héllo\u200b   world</p>\n<p>Second&nbsp;line</p>';
    const [r] = parseInput(raw, { format: 'html', keepOffsets: true });
    if (!r!.ok) throw new Error('expected ok');
    expect(r!.article.textSource).toBe('extracted');
    expect(r!.article.text).toBe('Héllo world\n\nSecond line');
  });
});
