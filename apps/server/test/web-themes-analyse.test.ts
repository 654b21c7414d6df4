import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { CorpusStore } from '@lede/store';
import { shortArticle, testApp } from './helpers.js';
import { activeContent, dom, fillWebStore, hostile } from './web-helpers.js';

let app: Express;
let store: CorpusStore;

beforeAll(async () => {
  ({ app, store } = await testApp({ security: { token: 'web-test-token' } }));
  await fillWebStore(store);
});
afterAll(() => store.close());

describe('themes page', () => {
  it('charts coverage per theme and lists its top speakers and entities', async () => {
    const doc = dom((await request(app).get('/themes').expect(200)).text);
    const blocks = [...doc.querySelectorAll('section.theme-block')];
    expect(blocks.length).toBeGreaterThan(1);
    const economy = blocks.find((b) => b.querySelector('h2 a')?.textContent === 'economy, business and finance')!;
    expect(economy.querySelectorAll('svg.chart rect.bar').length).toBe(1);
    expect([...economy.querySelectorAll('table a')].map((a) => a.textContent)).toContain('Liu Dongshu');
  });

  it('narrows to one theme from the URL and downloads its tables as CSV', async () => {
    const doc = dom((await request(app).get('/themes?theme=medtop:04000000').expect(200)).text);
    expect(doc.querySelector('h1')?.textContent).toBe('Themes: economy, business and finance');
    const counts = await request(app).get('/themes?format=csv&table=counts').expect(200).expect('Content-Type', /text\/csv/);
    expect(counts.text.split('\r\n')[0]).toBe('theme,theme_id,articles,primary');
    expect(counts.text).toContain('"economy, business and finance",medtop:04000000,');
    const timeline = await request(app).get('/themes?format=csv&table=timeline&by=day').expect(200);
    expect(timeline.text).toContain('2024-03-05,"economy, business and finance",1');
  });
});

describe('analyse page', () => {
  it('analyses pasted text and shows the article view without storing it', async () => {
    const before = await store.stats();
    const res = await request(app).post('/analyse').type('form').send({ text: shortArticle, title: 'Pasted floods', format: 'text' }).expect(200);
    const doc = dom(res.text);
    expect(doc.querySelector('.article-head h1')?.textContent).toBe('Pasted floods');
    const holt = [...doc.querySelectorAll('.text .quote[id]')].find((q) => q.getAttribute('title') === 'quoted: Margaret Holt');
    expect(holt?.textContent).toBe('We have never seen water this high,');
    expect(await store.stats()).toEqual(before);
  });

  it('downloads the analysed text\'s tables as CSV, posting the text again (nothing stored to link to)', async () => {
    const before = await store.stats();
    const res = await request(app).post('/analyse').type('form').send({ text: shortArticle, title: 'Pasted floods', format: 'text' }).expect(200);
    const form = dom(res.text).querySelector('#h-downloads + form[method="post"][action="/analyse"]')!;
    expect(form.querySelector('input[type="hidden"][name="text"]')?.getAttribute('value')).toBe(shortArticle);
    const buttons = [...form.querySelectorAll('button[name="download"]')].map((b) => b.getAttribute('value'));
    expect(buttons).toEqual(['quotes', 'entities', 'mentions', 'themes']);
    const csv = await request(app).post('/analyse').type('form').send({ text: shortArticle, title: 'Pasted floods', format: 'text', download: 'quotes' })
      .expect(200).expect('Content-Type', /text\/csv/).expect('Content-Disposition', /analysis-quotes\.csv/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toContain('speaker');
    expect(rows.some((r) => r.includes('Margaret Holt') && r.includes('We have never seen water this high'))).toBe(true);
    expect(await store.stats()).toEqual(before);
  });

  it('takes HTML, and keeps what it holds inert', async () => {
    const res = await request(app).post('/analyse').type('form').send({ text: `<article><p>${hostile.text.replaceAll('\n\n', '</p><p>')}</p></article>`, format: 'html' }).expect(200);
    expect(activeContent(res.text)).toEqual([]);
  });

  it('is a read: no token needed even when writes need one, but cross-site posts are refused', async () => {
    await request(app).post('/analyse').type('form').send({ text: shortArticle }).expect(200);
    await request(app).post('/analyse').type('form').set('Origin', 'http://evil.example').send({ text: shortArticle }).expect(403);
    await request(app).post('/analyse').type('form').set('Sec-Fetch-Site', 'cross-site').send({ text: shortArticle }).expect(403);
  });

  it('asks again for empty text', async () => {
    const res = await request(app).post('/analyse').type('form').send({ text: '   ' }).expect(400);
    expect(dom(res.text).querySelector('.error')?.textContent).toBe('Paste some text to analyse.');
  });
});
