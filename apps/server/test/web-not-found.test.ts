import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { readerCsp } from '../src/web/router.js';
import { activeContent, dom, webApp } from './web-helpers.js';

const web = webApp();

describe('unknown paths', () => {
  it('outside the API get the reader\'s 404 page, in its layout and under its CSP', async () => {
    for (const path of ['/nope', '/articles/a/b/c', '/speakers/', '/assets/missing.css', '/articles/does-not-exist']) {
      const res = await request(web.app).get(path).expect(404).expect('Content-Type', /text\/html/);
      expect(res.headers['content-security-policy']).toBe(readerCsp);
      const doc = dom(res.text);
      expect(doc.querySelector('main#main h1')?.textContent).toBe('Not found');
      expect(doc.querySelector('header nav[aria-label="Sections"] a[href="/"]')).not.toBeNull();
      expect(doc.querySelector('main a[href="/"]')?.textContent).toBe('Back to the corpus');
    }
    expect(dom((await request(web.app).get('/nope').expect(404)).text).querySelector('.error')?.textContent).toBe('There is no page at /nope.');
  });

  it('show a hostile path as text', async () => {
    const res = await request(web.app).get('/%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%20onload=%22x').expect(404);
    expect(activeContent(res.text)).toEqual([]);
    expect(dom(res.text).querySelector('.error')?.textContent).toContain('<script>alert(1)</script>');
  });

  it('under /v1 (or a later API version), or asked for as JSON, stay JSON problems', async () => {
    for (const path of ['/v1/nope', '/v1/articles/a/b', '/v2/everything']) {
      const res = await request(web.app).get(path).expect(404).expect('Content-Type', /application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404 });
    }
    const json = await request(web.app).get('/nope').set('Accept', 'application/json').expect(404).expect('Content-Type', /application\/problem\+json/);
    expect(json.body.code).toBe('ROUTE_NOT_FOUND');
  });
});
