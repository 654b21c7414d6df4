// Who may write (issue #15 item 2): a token for writes, JSON-only writes without one, Host and
// cross-site checks against DNS rebinding and CSRF, --private reads, CORS only for named origins.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/index.js';
import { shortArticle, testApp } from './helpers.js';

const token = 'correct-horse-battery-staple-42';

describe('without a token', () => {
  it('refuses a text/plain write (a browser sends it cross-origin without a preflight) and keeps the stored text', async () => {
    const { app, store } = await testApp();
    const added = await request(app).post('/v1/articles').send({ id: 'floods-001', text: shortArticle }).expect(201);
    const res = await request(app).post('/v1/articles').set('Content-Type', 'text/plain').send('FAKE.');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await store.get(added.body.id))!.article.text).toBe(shortArticle);
    // Reads of raw text stay open: POST /v1/analyze stores nothing.
    await request(app).post('/v1/analyze').set('Content-Type', 'text/plain').send(shortArticle).expect(200);
    await store.close();
  });

  it('refuses cross-site writes by Sec-Fetch-Site or a foreign Origin, allows same-origin ones', async () => {
    const { app, store } = await testApp();
    const a = await request(app).post('/v1/articles').set('Sec-Fetch-Site', 'cross-site').send({ text: shortArticle });
    expect(a.status).toBe(403);
    expect(a.body.code).toBe('FORBIDDEN');
    const b = await request(app).post('/v1/articles').set('Origin', 'https://evil.example').send({ text: shortArticle });
    expect(b.status).toBe(403);
    const c = await request(app).post('/v1/articles').set('Host', '127.0.0.1:3000').set('Origin', 'http://127.0.0.1:3000').set('Sec-Fetch-Site', 'same-origin').send({ text: shortArticle });
    expect(c.status).toBe(201);
    expect((await store.list({})).total).toBe(1);
    await store.close();
  });

  it('answers only to loopback Host names (DNS rebinding), on reads too', async () => {
    const { app, store } = await testApp();
    const res = await request(app).get('/v1/stats').set('Host', 'rebind.evil.example:3000');
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/rebind\.evil\.example/);
    await request(app).get('/v1/stats').set('Host', 'localhost:3000').expect(200);
    await request(app).get('/v1/stats').set('Host', '[::1]:3000').expect(200);
    await store.close();
  });

  it('sends no CORS headers by default', async () => {
    const { app, store } = await testApp();
    const res = await request(app).get('/v1/stats').set('Origin', 'https://app.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    await store.close();
  });
});

describe('with a token', () => {
  it('writes need Authorization: Bearer <token>; reads stay open unless private', async () => {
    const { app, store } = await testApp({ security: { token } });
    const none = await request(app).post('/v1/articles').send({ text: shortArticle });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    await request(app).post('/v1/articles').set('Authorization', 'Bearer wrong-token-wrong-token').send({ text: shortArticle }).expect(401);
    await request(app).post('/v1/articles').set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/plain').send(shortArticle).expect(201);
    await request(app).get('/v1/stats').expect(200);
    await store.close();
  });

  it('--private protects reads too, but not health probes', async () => {
    const { app, store } = await testApp({ security: { token, private: true } });
    await request(app).get('/v1/stats').expect(401);
    await request(app).post('/v1/analyze').send({ text: shortArticle }).expect(401);
    await request(app).get('/v1/stats').set('Authorization', `Bearer ${token}`).expect(200);
    await request(app).get('/healthz').expect(200);
    await store.close();
  });

  it('--cors ORIGIN answers preflights and lets that origin through, and only that one', async () => {
    const { app, store } = await testApp({ security: { token, cors: ['https://app.example'] } });
    const pre = await request(app).options('/v1/articles').set('Origin', 'https://app.example').set('Access-Control-Request-Method', 'POST');
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(pre.headers['access-control-allow-headers']).toMatch(/Authorization/);
    await request(app).post('/v1/articles').set('Origin', 'https://app.example').set('Authorization', `Bearer ${token}`).send({ text: shortArticle }).expect(201);
    const other = await request(app).post('/v1/articles').set('Origin', 'https://evil.example').set('Authorization', `Bearer ${token}`).send({ text: shortArticle });
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await store.close();
  });
});

describe('serve configuration', () => {
  it('will not bind beyond loopback without a token, and reads the token file', () => {
    expect(() => resolveConfig({ host: '0.0.0.0' }, {})).toThrow(/host: binding to 0\.0\.0\.0 needs a token/);
    expect(() => resolveConfig({ private: true }, {})).toThrow(/private: needs a token/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-token-')), 'token');
    fs.writeFileSync(file, `${token}\n`);
    expect(resolveConfig({ host: '0.0.0.0', tokenFile: file }, {}).token).toBe(token);
    expect(resolveConfig({ host: '0.0.0.0' }, { LEDE_TOKEN: token }).token).toBe(token);
    expect(() => resolveConfig({}, { LEDE_TOKEN: 'short' })).toThrow(/token/);
    expect(resolveConfig({ cors: 'https://a.example, http://localhost:5173' }, {}).cors).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(() => resolveConfig({ cors: 'https://a.example/path' }, {})).toThrow(/cors/);
  });
});
