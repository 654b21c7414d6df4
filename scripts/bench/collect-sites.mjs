// The loopback news sites of `pnpm bench --suite collect`, in their own process so their request log
// (arrival times, requests in flight) is not skewed by the collector's busy event loop. Plain JS: no
// loader needed. Talks over IPC: sends {origins} when listening; on "report" sends {logs} and exits.
import http from 'node:http';

const [hosts, pages] = process.argv.slice(2).map(Number);
const WORDS = ('council budget river bridge school hospital minister election court police harbour rail union farmers ' +
  'weather storm market shares bank energy price housing plan vote report study water transport museum festival ' +
  'league coach match season injury contract airport tourism wildlife forest coast factory workers strike talks').split(' ');
const NAMES = ['Alma Reyes', 'Tomas Lindqvist', 'Grace Mbeki', 'Ravi Menon', 'Ines Duarte', 'Oskar Brandt', 'Leila Haddad', 'Sean Kelly'];
const rng = (seed) => () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

// Deterministic generated news text, distinct per page so near-duplicate linking keeps them apart.
function articleHtml(host, n) {
  const r = rng(host * 100_000 + n);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const paras = [];
  for (let p = 0; p < 6; p++) {
    const sents = [];
    for (let s = 0; s < 3; s++) {
      const sent = `The ${Array.from({ length: 8 + Math.floor(r() * 8) }, () => pick(WORDS)).join(' ')} ${n}.`;
      sents.push(r() < 0.3 ? `"${sent.slice(0, -1)}," said ${pick(NAMES)}.` : sent);
    }
    paras.push(`<p>${sents.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><title>Story ${host}-${n}</title><meta property="article:published_time" content="2026-01-0${1 + (n % 9)}T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Story ${host}-${n}</h1>${paras.join('\n')}</article><footer>site ${host}</footer></body></html>`;
}

const logs = [];
const servers = [];
const origins = await Promise.all(
  Array.from({ length: hosts }, async (_, h) => {
    const log = { arrivals: [], inFlight: 0, maxInFlight: 0 };
    logs.push(log);
    let origin = '';
    const server = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/robots.txt') return void res.writeHead(200).end('User-agent: *\nAllow: /\n');
      if (path === '/feed.xml') {
        const items = Array.from({ length: pages }, (_, i) => `<item><title>Story ${h}-${i}</title><link>${origin}/s/${i}</link><guid>${origin}/s/${i}</guid></item>`).join('');
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Site ${h}</title>${items}</channel></rss>`);
      }
      log.arrivals.push(performance.now());
      log.inFlight++;
      log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
      res.on('close', () => log.inFlight--);
      // A little server time, so requests overlap and the concurrency limit is exercised.
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(h, Number(path.split('/').pop()))), 5);
    });
    servers.push(server);
    await new Promise((r) => server.listen(0, `127.0.0.${10 + h}`, r));
    origin = `http://127.0.0.${10 + h}:${server.address().port}`;
    return origin;
  }),
);
process.send({ origins });
process.on('message', (m) => {
  if (m !== 'report') return;
  for (const s of servers) s.closeAllConnections();
  process.send({ logs }, () => process.exit(0));
});
