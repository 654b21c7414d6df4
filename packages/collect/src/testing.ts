// Loopback web sites for tests and benches of anything that fetches (`@lede/collect/testing`): routes by
// path, every request logged server-side (arrival time, headers), so politeness is measured where a site
// operator would see it. Not used by the collector itself.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface Site {
  origin: string;
  hits: Hit[];
  /** Requests for one path, in arrival order. */
  hitsOf(path: string): Hit[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** A site on `host` (any 127.x.y.z address is loopback on Linux; different addresses are different hosts). */
export async function startSite(host = '127.0.0.1', routes: Record<string, Route> = {}): Promise<Site> {
  const table = new Map(Object.entries(routes));
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ path, at: performance.timeOrigin + performance.now(), headers: req.headers });
    const handler = table.get(path) ?? table.get('*');
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((r) => server.listen(0, host, r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    hits,
    hitsOf: (p) => hits.filter((h) => h.path === p),
    route: (p, h) => void table.set(p, h),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const text = (body: string, type = 'text/plain', headers: Record<string, string> = {}): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': type, ...headers }).end(body);
};

export const robots = (body: string): Route => text(body);

/** An RSS 2.0 feed of items at `origin` + path. */
export function rss(title: string, items: Array<{ path: string; title: string; date?: string; author?: string; description?: string }>, origin: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${esc(title)}</title><link>${origin}/</link><description>test feed</description>
${items
  .map(
    (i) => `<item><title>${esc(i.title)}</title><link>${origin}${i.path}</link><guid>${origin}${i.path}</guid>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.author ? `<dc:creator>${esc(i.author)}</dc:creator>` : ''}${i.description ? `<description>${esc(i.description)}</description>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** An article page; metadata tags only when given (so tests can see the feed fill the gaps). */
export function page(o: { title?: string; paragraphs: string[]; canonical?: string; author?: string; date?: string; site?: string }): string {
  const meta = [
    o.canonical && `<link rel="canonical" href="${o.canonical}">`,
    o.author && `<meta name="author" content="${o.author}">`,
    o.date && `<meta property="article:published_time" content="${o.date}">`,
    o.site && `<meta property="og:site_name" content="${o.site}">`,
  ]
    .filter(Boolean)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${o.title ? `<title>${o.title}</title>` : ''}${meta}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>${o.title ? `<h1>${o.title}</h1>` : ''}${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer>© test site</footer></body></html>`;
}
