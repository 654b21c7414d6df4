import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { activeContent, dom, seedMeta, webApp } from './web-helpers.js';

const web = webApp();
const page = web.page;

describe('speaker page', () => {
  it('lists what the speaker said, by date and article, linking to each quote in its article', async () => {
    const doc = await page('/speakers/Liu%20Dongshu');
    expect(doc.querySelector('h1')?.textContent).toBe('Liu Dongshu');
    const rows = [...doc.querySelectorAll('#t-quotes tbody tr')];
    expect(rows.length).toBe(2);
    expect(rows[0]!.querySelector('td')?.textContent).toBe('2024-03-05');
    const link = rows[0]!.querySelector('a')!;
    expect(link.textContent).toBe(seedMeta.title);
    expect(link.getAttribute('href')).toMatch(new RegExp(`^/articles/${seedMeta.id}#q-q\\d+$`));
    expect(rows.map((r) => r.lastElementChild?.textContent).join(' ')).toContain('China needs to find a new engine');
  });

  it('charts tone toward the speaker and coverage over time, with the numbers as a table', async () => {
    const doc = await page('/speakers/Liu%20Dongshu');
    const charts = [...doc.querySelectorAll('svg.chart[role="img"]')];
    expect(charts.length).toBe(2);
    expect(charts[0]!.querySelector('title')?.textContent).toContain('Tone toward Liu Dongshu');
    expect(charts[1]!.querySelectorAll('rect.bar').length).toBe(1);
    expect(doc.querySelector('#t-tone tbody td')?.textContent).toBe('2024-03');
  });

  it('lists the entities appearing with the speaker', async () => {
    const doc = await page('/speakers/Liu%20Dongshu');
    const names = [...doc.querySelectorAll('#t-cooccurrence tbody a')].map((a) => a.textContent);
    expect(names).toContain('China');
  });

  it('downloads the quotes and the charts’ numbers as CSV', async () => {
    const doc = await page('/speakers/Liu%20Dongshu');
    const href = doc.querySelector('a[href^="/export/quotes.csv"]')!.getAttribute('href')!;
    const csv = await request(web.app).get(href).expect(200).expect('Content-Type', /text\/csv/);
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.text.trim().split('\r\n').length).toBe(3);
    const tone = await request(web.app).get('/speakers/Liu%20Dongshu?format=csv&table=tone').expect(200);
    expect(tone.text.split('\r\n')[0]).toBe('period,tone,articles');
    expect(tone.text).toContain('2024-03,');
  });

  it('shows a speaker with no quotes as an empty page, and names with markup as text', async () => {
    const res = await request(web.app).get('/speakers/%3Cscript%3Ealert(1)%3C%2Fscript%3E').expect(200);
    expect(activeContent(res.text)).toEqual([]);
    expect(dom(res.text).querySelector('h1')?.textContent).toBe('<script>alert(1)</script>');
  });
});

describe('entity page', () => {
  it('shows the entity, its articles and who it appears with', async () => {
    const doc = await page('/entities/Xi%20Jinping');
    expect(doc.querySelector('h1')?.textContent).toBe('Xi Jinping');
    expect(doc.querySelector('.meta')?.textContent).toContain('PERSON');
    expect([...doc.querySelectorAll('#t-articles tbody a')].map((a) => a.textContent)).toEqual([seedMeta.title]);
    // The page counts what the store holds for him (a statement in fragments once), whatever the model found.
    const said = (await web.store.quotes({ speaker: 'Xi Jinping', limit: 100 })).items;
    const statements = new Set(said.map((q) => `${q.articleId}:${q.statement}`)).size;
    expect(statements).toBeGreaterThan(0);
    expect(doc.querySelector('.meta a[href="/speakers/Xi%20Jinping"]')?.textContent).toBe(`${statements} quotes by Xi Jinping`);
    expect(doc.querySelectorAll('svg.chart').length).toBe(2);
  });

  it('answers an unknown entity with 404', async () => {
    await request(web.app).get('/entities/Nobody%20At%20All').expect(404);
  });
});
