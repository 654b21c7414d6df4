import { analyze } from '@lede/core';
import type { CorpusStore } from '@lede/store';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';
import { dom, webApp } from './web-helpers.js';

const web = webApp();
const facet = async (path: string, key: string) =>
  [...(await web.page(path)).querySelectorAll(`ul[aria-labelledby="f-${key}"] li`)].map((li) => li.textContent);

describe('corpus page facets', () => {
  it('narrow by entity, speaker, outlet and search text, each leaving out its own filter', async () => {
    // The Leeds story is from Yorkshire Desk and quotes Margaret Holt; the seed is from Test Wire and quotes Liu Dongshu.
    expect(await facet('/?entity=Leeds', 'outlets')).toEqual(['Yorkshire Desk 1']);
    expect(await facet('/?speaker=Liu%20Dongshu', 'outlets')).toEqual(['Test Wire 1']);
    expect(await facet('/?q=chips', 'outlets')).toEqual(['Test Wire 1']);
    const speakers = await facet('/?source=Yorkshire%20Desk', 'speakers');
    expect(speakers).toContain('Margaret Holt 1');
    expect(speakers.some((s) => s?.startsWith('Liu Dongshu'))).toBe(false);
    expect((await facet('/?q=flooding', 'entities')).some((e) => e?.startsWith('Leeds'))).toBe(true);
    expect((await facet('/?q=chips', 'entities')).some((e) => e?.startsWith('Leeds'))).toBe(false);
    // Its own filter does not narrow a facet: the other outlets stay there to switch to.
    expect(await facet('/?source=Yorkshire%20Desk', 'outlets')).toEqual(expect.arrayContaining(['Test Wire 1', 'Yorkshire Desk 1']));
    // The outlet choices in the form follow the same counts.
    const options = [...(await web.page('/?entity=Leeds')).querySelectorAll('select[name="source"] option')].map((o) => o.textContent);
    expect(options).toEqual(['any', 'Yorkshire Desk (1)']);
  });

  it('narrow the theme and primary-topic counts by the other filters', async () => {
    const all = await facet('/', 'themes');
    const leeds = await facet('/?speaker=Margaret%20Holt', 'themes');
    expect(leeds.length).toBeGreaterThan(0);
    expect(leeds.every((t) => t?.endsWith(' 1'))).toBe(true);
    expect(all).not.toEqual(leeds);
    const primary = await facet('/?q=flooding', 'primary');
    expect(primary).toHaveLength(1);
  });

  it('download as CSV with the same narrowed counts', async () => {
    const res = await request(web.app).get('/?format=csv&table=outlets&entity=Leeds').expect(200).expect('Content-Type', /text\/csv/);
    expect(res.text.trim().split('\r\n')).toEqual(['name,articles', 'Yorkshire Desk,1']);
  });
});

describe('search totals', () => {
  let app: Express;
  let store: CorpusStore;
  beforeAll(async () => {
    ({ app, store } = await testApp());
    // 30 short harbour notes, each with the word once: more hits than one page holds.
    for (let i = 0; i < 30; i++) {
      await store.add(analyze({ id: `harbour-${i}`, title: `Harbour note ${i}`, text: `The harbour master logged ${i + 2} ferries and a tanker on day ${i + 1}.` }));
    }
  });
  afterAll(() => store.close());

  it('show the exact number of hits and articles, with pages of hits', async () => {
    const first = dom((await request(app).get('/?q=tanker').expect(200)).text);
    expect(first.querySelector('[role="status"]')?.textContent).toBe('30 hits in 30 articles for “tanker”');
    expect(first.querySelectorAll('.results > li').length).toBe(25);
    expect(first.querySelector('.pager span')?.textContent).toBe('Page 1 of 2');
    expect(first.querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe('/?q=tanker&page=2');
    const second = dom((await request(app).get('/?q=tanker&page=2').expect(200)).text);
    expect(second.querySelectorAll('.results > li').length).toBe(5);
    expect(second.querySelector('.pager span')?.textContent).toBe('Page 2 of 2');
    expect(second.querySelector('.pager a[rel="next"]')).toBeNull();
    const quotesOnly = dom((await request(app).get('/?q=tanker&kind=quotes').expect(200)).text);
    expect(quotesOnly.querySelector('[role="status"]')?.textContent).toBe('0 hits in 0 articles for “tanker”');
  });
});
