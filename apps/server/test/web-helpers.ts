import { analyze } from '@lede/core';
import type { CorpusStore } from '@lede/store';
import type { Express } from 'express';
import { parseHTML } from 'linkedom';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { seedText, shortArticle, testApp } from './helpers.js';

export const seedMeta = { id: 'china-two-sessions-tech', title: "China's two sessions bet on technology", source: 'Test Wire', publishedAt: '2024-03-05', url: 'https://example.org/china-tech' };

/** An article built to attack the page: markup and a script URL in every field the reader shows. */
export const hostile = {
  id: 'xss-probe',
  title: '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
  byline: '<b onmouseover="window.__pwned = 3">Mallory</b>',
  source: '<iframe src="javascript:alert(1)"></iframe>',
  url: 'javascript:window.__pwned = 4',
  publishedAt: '2024-03-06',
  text: [
    '<script>window.__pwned = 5</script> Officials met on Monday.',
    '"<img src=x onerror=window.__pwned=6> is not a picture," said Jane <a href="javascript:alert(7)">Doe</a>, a spokeswoman.',
    'Analysts at <svg onload=alert(8)> Acme Corp said the plan would fail.',
  ].join('\n\n'),
};

/** The seed article, a short second one and the hostile one, in a fresh store. */
export async function fillWebStore(store: CorpusStore): Promise<void> {
  await store.add(analyze({ ...seedMeta, text: seedText }));
  await store.add(analyze({ id: 'leeds-floods', title: 'Floods close Leeds schools', publishedAt: '2024-02-20', source: 'Yorkshire Desk', text: shortArticle }));
  await store.add(analyze(hostile));
}

export const dom = (html: string) => parseHTML(html).document;

/** Anything in a page that could run code: script elements, event-handler attributes, script URLs. */
export function activeContent(html: string): string[] {
  const doc = dom(html);
  const found: string[] = [];
  for (const s of doc.querySelectorAll('script')) if (!/^\/assets\/reader\.js\?v=\w+$/.test(s.getAttribute('src') ?? '')) found.push(`script ${s.outerHTML.slice(0, 80)}`);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      const emptyIcon = el.tagName === 'LINK' && attr.value === 'data:,'; // the layout's "no favicon"
      if (['href', 'src', 'action', 'formaction'].includes(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value) && !emptyIcon) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'IMG', 'SVG'].includes(el.tagName.toUpperCase()) && !el.closest('figure')) found.push(el.tagName);
  }
  return found;
}

/**
 * A test file's app over the web store, opened before its tests and closed after: `web.app` and
 * `web.store` are set by then; `web.page(path)` fetches a page that must be 200 HTML, as a DOM.
 */
export function webApp() {
  const web = {
    app: undefined as unknown as Express,
    store: undefined as unknown as CorpusStore,
    page: async (path: string) => dom((await request(web.app).get(path).expect(200).expect('Content-Type', /text\/html/)).text),
  };
  beforeAll(async () => {
    ({ app: web.app, store: web.store } = await testApp());
    await fillWebStore(web.store);
  });
  afterAll(() => web.store.close());
  return web;
}
