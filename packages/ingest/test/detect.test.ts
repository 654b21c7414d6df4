import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/index.js';
import { atomFeed, markdownArticle, newsPage, rssFeed, seedLike } from './fixtures/samples.js';

describe('detectFormat', () => {
  it('trusts specific extensions', () => {
    expect(detectFormat('plain words', 'a.md')).toBe('md');
    expect(detectFormat('<p>x</p>', 'a.html')).toBe('html');
    expect(detectFormat('{"id":1}', 'a.jsonl')).toBe('jsonl');
    expect(detectFormat('# Not a heading here', 'notes.txt')).toBe('text');
    expect(detectFormat('x', 'scan.PDF')).toBeNull();
  });

  it('sniffs content when the name says nothing (stdin, .xml, no extension)', () => {
    expect(detectFormat(newsPage)).toBe('html');
    expect(detectFormat(rssFeed, 'feed.xml')).toBe('feed');
    expect(detectFormat(atomFeed, 'stdin')).toBe('feed');
    expect(detectFormat(markdownArticle)).toBe('md');
    expect(detectFormat(seedLike)).toBe('text');
    expect(detectFormat('<p>One.</p>\n<p>Two.</p>')).toBe('html');
    expect(detectFormat('{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n')).toBe('jsonl');
    expect(detectFormat('{\n  "id": "a",\n  "text": "x"\n}\n')).toBe('json');
    expect(detectFormat('[{"id":"a","text":"x"}]')).toBe('json');
  });

  it('recognises JSONL saved as .json and a JSON Feed', () => {
    expect(detectFormat('{"id":"a","text":"x"}\n{"id":"b","text":"y"}', 'dump.json')).toBe('jsonl');
    expect(detectFormat('{"version":"https://jsonfeed.org/version/1.1","items":[]}')).toBe('feed');
  });

  it('does not mistake prose with an asterisk or a link for Markdown', () => {
    expect(detectFormat('Shares fell 3% *after* the report.\nSee the filing for details.')).toBe('text');
  });

  it('accepts bytes', () => {
    expect(detectFormat(new TextEncoder().encode(rssFeed))).toBe('feed');
  });
});
