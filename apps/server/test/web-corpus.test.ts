import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { activeContent, dom, hostile, seedMeta, webApp } from './web-helpers.js';

const web = webApp();
const page = web.page;

describe('corpus page', () => {
  it('lists the stored articles with links to each', async () => {
    const doc = await page('/');
    expect(doc.querySelector('[role="status"]')?.textContent).toBe('3 articles');
    const links = [...doc.querySelectorAll('#t-articles tbody a[href^="/articles/"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([`/articles/${seedMeta.id}`, '/articles/leeds-floods', `/articles/${hostile.id}`]));
  });

  it('searches: hits link to the article with the words marked, and the snippet marks the hit', async () => {
    const doc = await page('/?q=chips');
    const hits = [...doc.querySelectorAll('.results > li')];
    expect(hits.length).toBe(1);
    expect(hits[0]!.querySelector('a')?.getAttribute('href')).toBe(`/articles/${seedMeta.id}?q=chips`);
    expect(hits[0]!.querySelector('.snippet mark')?.textContent).toBe('chips');
    expect(doc.querySelector('input[name="q"]')?.getAttribute('value')).toBe('chips');
  });

  it('filters by speaker, entity, theme and dates from the URL, and shows the active filters', async () => {
    expect((await page('/?speaker=Liu%20Dongshu')).querySelector('[role="status"]')?.textContent).toBe('1 article');
    expect((await page('/?entity=Leeds')).querySelector('#t-articles tbody a')?.textContent).toBe('Floods close Leeds schools');
    expect((await page('/?from=2024-03-01')).querySelector('[role="status"]')?.textContent).toBe('2 articles');
    const doc = await page('/?to=2024-02-28&speaker=Margaret%20Holt');
    expect(doc.querySelector('[role="status"]')?.textContent).toBe('1 article');
    const chips = [...doc.querySelectorAll('.active-filters a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(chips).toEqual([
      ['Speaker: Margaret Holt ✕', '/?to=2024-02-28'],
      ['To: 2024-02-28 ✕', '/?speaker=Margaret+Holt'],
    ]);
  });

  it('filters by outlet, with the outlet facet', async () => {
    const doc = await page('/?source=Yorkshire%20Desk');
    expect([...doc.querySelectorAll('#t-articles tbody tr td:first-child a')].map((a) => a.textContent)).toEqual(['Floods close Leeds schools']);
    const outlets = [...(await page('/')).querySelectorAll('ul[aria-labelledby="f-outlets"] li')].map((li) => li.textContent);
    expect(outlets).toEqual(expect.arrayContaining(['Test Wire 1', 'Yorkshire Desk 1']));
  });

  it('sorts and pages through the URL', async () => {
    const titles = async (q: string) => [...(await page(`/${q}`)).querySelectorAll('#t-articles tbody tr td:first-child a')].map((a) => a.textContent);
    expect((await titles('?sort=date&order=asc'))[0]).toBe('Floods close Leeds schools');
    expect((await titles('?sort=date&order=desc'))[0]).toBe(hostile.title);
    // Page 2 of three articles at 25 a page is empty, and offers the way back.
    const doc = await page('/?page=2');
    expect(doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href')).toBe('/');
  });

  it('offers facets with counts that set a filter when followed', async () => {
    const doc = await page('/');
    const speaker = [...doc.querySelectorAll('ul[aria-labelledby="f-speakers"] a')].find((a) => a.textContent === 'Liu Dongshu')!;
    expect(speaker.getAttribute('href')).toBe('/?speaker=Liu+Dongshu');
    expect(speaker.nextElementSibling?.textContent).toBe('2');
    expect([...doc.querySelectorAll('select[name="primary"] option')].length).toBeGreaterThan(1);
  });

  it('downloads the filtered corpus and the facets as CSV', async () => {
    const quotes = await request(web.app).get('/export/quotes.csv?speaker=Liu%20Dongshu').expect(200).expect('Content-Type', /text\/csv/);
    const rows = quotes.text.trim().split('\r\n');
    expect(rows.length).toBe(3);
    expect(rows.slice(1).every((r) => r.includes(',Liu Dongshu,'))).toBe(true);
    const facet = await request(web.app).get('/?format=csv&table=speakers').expect(200).expect('Content-Type', /text\/csv/);
    expect(facet.text.split('\r\n')[0]).toBe('name,quotes');
    expect(facet.text).toContain('Liu Dongshu,2');
    await request(web.app).get('/export/passwords.csv').expect(404);
  });

  it('answers a bad filter with a readable 400 page', async () => {
    const res = await request(web.app).get('/?from=2024-13-01').expect(400);
    expect(dom(res.text).querySelector('.error')?.textContent).toContain('from must be an ISO date');
  });

  it('keeps hostile titles inert in lists and hits', async () => {
    for (const path of ['/', '/?q=officials', '/?sort=title']) expect(activeContent((await request(web.app).get(path).expect(200)).text)).toEqual([]);
  });
});
