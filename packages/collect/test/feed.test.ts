// Feed entries for the collector: every format the ingest feed reader knows, links normalised.
import { describe, expect, it } from 'vitest';
import { decodeFeed, readFeed, readOpml } from '../src/index.js';

describe('readFeed', () => {
  it('reads Atom entries with relative links against the feed URL, once per story', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Herald</title>
      <entry><title>Bridge reopens</title><link rel="alternate" href="/2026/bridge?utm_source=atom"/><id>tag:valley,2026:1</id>
        <updated>2026-02-03T07:00:00Z</updated><author><name>Mara Quist</name></author><summary>The bridge reopened.</summary></entry>
      <entry><title>Bridge reopens (again)</title><link href="https://valley.example/2026/bridge#top"/><id>tag:valley,2026:1b</id></entry>
    </feed>`;
    const feed = readFeed(atom, 'https://valley.example/feeds/atom.xml');
    expect(feed).toMatchObject({ title: 'Valley Herald', entries: [{ url: 'https://valley.example/2026/bridge', title: 'Bridge reopens', byline: 'Mara Quist', text: 'The bridge reopened.' }] });
    expect('entries' in feed && feed.entries).toHaveLength(1);
  });

  it('reads JSON Feed items and skips items without a link', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Metro Wire',
      items: [
        { id: '1', url: 'https://metro.example/a', title: 'Tram fares frozen', date_published: '2026-03-01T10:00:00Z', authors: [{ name: 'Jon Baptiste' }], content_text: 'Fares stay.' },
        { id: '2', title: 'No link here', content_text: 'Nothing to fetch.' },
      ],
    });
    const feed = readFeed(json, 'https://metro.example/feed.json');
    expect(feed).toEqual({ title: 'Metro Wire', entries: [{ url: 'https://metro.example/a', guid: '1', title: 'Tram fares frozen', byline: 'Jon Baptiste', publishedAt: '2026-03-01T10:00:00Z', text: 'Fares stay.' }] });
  });

  it('names a document that is not a feed', () => {
    expect(readFeed('<html><body>hello</body></html>', 'https://x.example/')).toMatchObject({ code: 'INVALID_FEED', url: 'https://x.example/' });
  });

  it('decodes by the charset the server or the XML declaration names', () => {
    const latin1 = Uint8Array.from([...Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf'), 0xe9, ...Buffer.from('</title></channel></rss>')]);
    expect(decodeFeed(latin1)).toContain('<title>Café</title>');
    expect(decodeFeed(Buffer.from('<rss>Café</rss>'), 'application/rss+xml; charset=utf-8')).toBe('<rss>Café</rss>');
  });
});

describe('readOpml', () => {
  it('takes folders as collections and the outline title as the name', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
      <outline text="Local"><outline text="valley" title="Valley Herald" type="rss" xmlUrl="https://valley.example/feeds/atom.xml"/>
        <outline text="Sport"><outline text="Pitchside" type="rss" xmlUrl="https://pitch.example/rss"/></outline></outline>
      <outline text="Loose" type="rss" xmlUrl="https://loose.example/rss?utm_medium=opml"/></body></opml>`;
    expect(readOpml(opml)).toEqual([
      { url: 'https://valley.example/feeds/atom.xml', name: 'Valley Herald', collection: 'Local' },
      { url: 'https://pitch.example/rss', name: 'Pitchside', collection: 'Sport' },
      { url: 'https://loose.example/rss', name: 'Loose' },
    ]);
  });
});
