// Queue URLs: what `--queue` accepts, and the typed error naming the option for what it does not.
import { describe, expect, it } from 'vitest';
import { batchJobId, parseQueueUrl } from '../src/index.js';

describe('parseQueueUrl', () => {
  it('reads host, port, database, credentials, prefix and queue name, and redacts the password', () => {
    const t = parseQueueUrl('redis://ingest:s3cret@queue.example.org:6380/2?prefix=newsroom&name=wires');
    expect(t.connection).toEqual({ host: 'queue.example.org', port: 6380, db: 2, username: 'ingest', password: 's3cret', maxRetriesPerRequest: null });
    expect(t).toMatchObject({ prefix: 'newsroom', name: 'wires' });
    expect(t.location).toBe('redis://ingest:***@queue.example.org:6380/2?prefix=newsroom&name=wires');
    expect(parseQueueUrl('redis://127.0.0.1')).toMatchObject({ connection: { port: 6379, db: 0 }, prefix: 'lede', name: 'ingest' });
    expect(parseQueueUrl('rediss://cache.example.org').connection.tls).toEqual({});
  });

  it.each([
    ['127.0.0.1:6379', 'is not a URL'],
    ['http://127.0.0.1:6379', 'unsupported scheme'],
    ['redis://127.0.0.1/seven', 'not a Redis database number'],
    ['redis://127.0.0.1?prefix=a:b', 'may only hold'],
  ])('rejects %s with INVALID_OPTION (queue)', (url, message) => {
    expect(() => parseQueueUrl(url)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'queue', message: expect.stringContaining(message) }));
  });
});

describe('batchJobId', () => {
  const rec = (id: string, text: string, publishedAt?: string) => ({ record: `${id}.json`, article: { id, text, ...(publishedAt && { publishedAt }) } });
  it('is the same for the same records and differs when content, metadata, order or --reanalyze differ', () => {
    const a = rec('strike', 'Dock workers walked out on Monday.');
    const b = rec('library', 'The council closed four libraries.');
    expect(batchJobId([a, b])).toBe(batchJobId([{ ...a, record: 'elsewhere.jsonl:1' }, b]));
    const ids = new Set([
      batchJobId([a, b]),
      batchJobId([b, a]),
      batchJobId([rec('strike', 'Dock workers walked out on Tuesday.'), b]),
      batchJobId([rec('strike', 'Dock workers walked out on Monday.', '2024-08-21'), b]),
      batchJobId([a, b], true),
    ]);
    expect(ids.size).toBe(5);
    expect(batchJobId([a])).toMatch(/^b-[0-9a-f]{40}$/); // BullMQ ids may not contain ':'
  });
});
