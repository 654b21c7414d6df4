import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { activeContent, dom, hostile, seedMeta, webApp } from './web-helpers.js';

const web = webApp();

describe('article page', () => {
  it('shows the metadata and highlights each quote with its speaker', async () => {
    const res = await request(web.app).get(`/articles/${seedMeta.id}`).expect(200).expect('Content-Type', /text\/html/);
    const doc = dom(res.text);
    expect(doc.querySelector('h1')?.textContent).toBe(seedMeta.title);
    expect(doc.querySelector('.meta')?.textContent).toContain('Test Wire');
    expect(doc.querySelector('.meta a')?.getAttribute('href')).toBe(seedMeta.url);
    const liu = [...doc.querySelectorAll('.text .quote[id]')].filter((q) => q.getAttribute('title') === 'quoted: Liu Dongshu');
    expect(liu.length).toBe(2);
    expect(liu[0]!.textContent).toContain('China needs to find a new engine for its economic development');
    // One colour per speaker: both of his quotes share a slot no other speaker's quote uses.
    const slot = (el: { getAttribute(name: string): string | null }) => (el.getAttribute('class') ?? '').split(' ').find((c: string) => /^s\d$/.test(c));
    expect(slot(liu[1]!)).toBe(slot(liu[0]!));
    const others = [...doc.querySelectorAll('.text .quote[id]')].filter((q) => !q.getAttribute('title')!.endsWith('Liu Dongshu'));
    expect(others.some((q) => slot(q) === slot(liu[0]!) && q.getAttribute('title')!.startsWith('quoted'))).toBe(false);
    // The side panel links to both quotes and to his speaker page.
    const panel = doc.querySelector('aside.panel')!;
    expect(panel.querySelector('a[href="/speakers/Liu%20Dongshu"]')).not.toBeNull();
    for (const q of liu) expect(panel.querySelector(`a[href="#${q.id}"]`)).not.toBeNull();
  });

  it('styles reported speech apart from verbatim quotes', async () => {
    const doc = dom((await request(web.app).get(`/articles/${seedMeta.id}`).expect(200)).text);
    const reported = doc.querySelector('.text .quote.indirect[id]')!;
    expect(reported.getAttribute('title')).toMatch(/^reported: /);
    expect(reported.textContent).toBe('a backdrop of shifting global dynamics');
    expect(doc.querySelectorAll('.text .quote.verbatim[id]').length).toBeGreaterThan(3);
  });

  it('keeps the text exactly: the highlighted page reads as the article text', async () => {
    const analysis = (await web.store.get(seedMeta.id))!;
    const doc = dom((await request(web.app).get(`/articles/${seedMeta.id}`).expect(200)).text);
    const paragraphs = [...doc.querySelectorAll('.text > p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(analysis.article.paragraphs.map((p) => p.text));
  });

  it('marks entity mentions by type and the search words', async () => {
    const doc = dom((await request(web.app).get(`/articles/${seedMeta.id}?q=chips`).expect(200)).text);
    expect([...doc.querySelectorAll('.text mark')].map((m) => m.textContent)).toEqual(['chips']);
    expect(doc.querySelector('.text .ent.person[title="Elon Musk (PERSON)"]')?.textContent).toBe('Elon Musk');
    expect(doc.querySelector('.text .ent.place')?.textContent).toBe('China');
  });

  it('links theme evidence and summary sentences to anchors in the text', async () => {
    const doc = dom((await request(web.app).get(`/articles/${seedMeta.id}`).expect(200)).text);
    const links = [...doc.querySelectorAll('aside a.evlink, aside .summary a')];
    expect(links.length).toBeGreaterThan(3);
    for (const a of links) expect(doc.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
  });

  it('downloads the article quotes as export CSV', async () => {
    const res = await request(web.app).get(`/articles/${seedMeta.id}/quotes.csv`).expect(200).expect('Content-Type', /text\/csv/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('article_id,article_title,published_at,quote_id,speaker,role,form,start,end,text,statement,speaker_kind,confidence');
    expect(lines.filter((l) => l.includes(',Liu Dongshu,')).length).toBe(2);
    await request(web.app).get(`/articles/${seedMeta.id}/secrets.csv`).expect(404);
  });

  it('answers an unknown article with a 404 page', async () => {
    const res = await request(web.app).get('/articles/no-such-id').expect(404).expect('Content-Type', /text\/html/);
    expect(dom(res.text).querySelector('.error')?.textContent).toContain('no-such-id');
  });
});

describe('safety', () => {
  it('renders markup and script links in an article as inert text', async () => {
    const res = await request(web.app).get(`/articles/${hostile.id}`).expect(200);
    expect(activeContent(res.text)).toEqual([]);
    const doc = dom(res.text);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(doc.querySelector('.byline')?.textContent).toBe(hostile.byline);
    // A javascript: URL is shown as text, never as a link.
    expect(doc.querySelector('.meta .url')?.textContent).toBe(hostile.url);
    expect(doc.querySelector('.text')?.textContent).toContain('<script>window.__pwned = 5</script>');
  });

  it('sends a strict Content-Security-Policy on every page', async () => {
    for (const path of [`/articles/${seedMeta.id}`, '/articles/nope']) {
      const csp = (await request(web.app).get(path)).headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('serves its stylesheet and script from this server, cacheable by hash', async () => {
    const doc = dom((await request(web.app).get(`/articles/${seedMeta.id}`).expect(200)).text);
    const css = doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
    expect(css).toMatch(/^\/assets\/reader\.css\?v=\w+$/);
    const res = await request(web.app).get(css).expect(200).expect('Content-Type', /text\/css/);
    expect(res.headers['cache-control']).toContain('immutable');
    await request(web.app).get('/assets/../package.json').expect(404);
  });
});
