import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
function onlyError(results: ReturnType<typeof parseInput>) {
  expect(results).toHaveLength(1);
  const [r] = results;
  if (r!.ok) throw new Error('expected a failed result');
  return r!.error.toJSON();
}

describe('bad input gets a typed error naming the record', () => {
  it('empty and whitespace-only input', () => {
    expect(onlyError(parseInput(new Uint8Array(0), { name: 'a.txt' }))).toMatchObject({ code: 'EMPTY_INPUT', record: 'a.txt' });
    expect(onlyError(parseInput(' \n\t\r\n', { name: 'b.txt' }))).toMatchObject({ code: 'EMPTY_INPUT', record: 'b.txt' });
    expect(onlyError(parseInput('<html><body><nav>Menu</nav></body></html>'.replace('Menu', ''), { format: 'html' }))).toMatchObject({ code: 'EMPTY_INPUT' });
  });

  it('binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(onlyError(parseInput(png, { name: 'photo' }))).toMatchObject({ code: 'BINARY_INPUT', record: 'photo' });
  });

  it('invalid UTF-8, with the byte offset in the message', () => {
    const bytes = new Uint8Array([...enc('Caf'), 0xe9, ...enc(' au lait')]); // Latin-1 é
    const e = onlyError(parseInput(bytes, { name: 'menu.txt' }));
    expect(e).toMatchObject({ code: 'INVALID_UTF8', record: 'menu.txt' });
    expect(e.message).toContain('byte 3');
  });

  it('a legacy charset declared by an HTML page is honoured instead of failing', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 owners protest.</p></body></html>`;
    const bytes = Uint8Array.from(html, (c) => c.charCodeAt(0));
    const [r] = parseInput(bytes, { format: 'html' });
    expect(r!.ok && r!.article.text).toBe('Café owners protest.');
  });

  it('unknown formats: an unreadable file type and an unknown format name', () => {
    expect(onlyError(parseInput('%PDF-1.7', { name: 'report.pdf' }))).toMatchObject({ code: 'UNKNOWN_FORMAT', record: 'report.pdf' });
    expect(onlyError(parseInput('hello', { format: 'docx' as never }))).toMatchObject({ code: 'UNKNOWN_FORMAT', field: 'format' });
    expect(onlyError(parseInput('<html><body>x</body></html>', { format: 'feed' }))).toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });

  it('over the size limit', () => {
    const e = onlyError(parseInput('word '.repeat(1000), { name: 'long.txt', maxBytes: 1000 }));
    expect(e).toMatchObject({ code: 'TOO_LARGE', record: 'long.txt' });
    expect(e.message).toContain('5000 bytes');
    // multi-byte characters count as bytes, not characters
    expect(onlyError(parseInput('é'.repeat(600), { maxBytes: 1000 }))).toMatchObject({ code: 'TOO_LARGE' });
    expect(parseInput('é'.repeat(400), { maxBytes: 1000 })[0]!.ok).toBe(true);
  });

  it('malformed JSON document', () => {
    expect(onlyError(parseInput('{"id": "x", "text": ', { name: 'one.json' }))).toMatchObject({ code: 'INVALID_JSON', record: 'one.json' });
  });

  it('records with missing or mistyped fields name the field', () => {
    expect(onlyError(parseInput('{"id":"r1","title":"No body"}', { format: 'json' }))).toMatchObject({ code: 'INVALID_RECORD', field: 'text' });
    expect(onlyError(parseInput('{"id":"r1","text":["a"]}', { format: 'json' }))).toMatchObject({ code: 'INVALID_RECORD', field: 'text' });
    expect(onlyError(parseInput('{"id":"r1","text":"ok","title":7}', { format: 'json' }))).toMatchObject({ code: 'INVALID_RECORD', field: 'title' });
    expect(onlyError(parseInput('{"id":"r1","text":"ok","publishedAt":"last Tuesday"}', { format: 'json' }))).toMatchObject({ code: 'INVALID_RECORD', field: 'publishedAt' });
    expect(onlyError(parseInput('{"id":"r1","text":"   "}', { format: 'json' }))).toMatchObject({ code: 'EMPTY_INPUT', field: 'text' });
  });
});

describe('a JSONL batch with bad records', () => {
  const lines = [
    '{"id":"ok-1","text":"The mayor resigned on Friday."}',
    '{"id":"broken","text":"unterminated}',
    '{"id":"ok-2","text":"Turnout was 61 percent.","publishedAt":"2024-05-02"}',
    '["not","an","object"]',
    '{"id":"big","text":"' + 'x'.repeat(300) + '"}',
    '{"id":"ok-3","text":"Polls close at ten."}',
  ];

  it('reports each bad line and still returns the others, in order', () => {
    const results = parseInput(lines.join('\n'), { name: 'day.jsonl', maxBytes: 200 });
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(['ok-1', 'INVALID_JSON', 'ok-2', 'INVALID_RECORD', 'TOO_LARGE', 'ok-3']);
    expect(results.map((r) => r.record)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `day.jsonl:${n}`));
  });

  it('an invalid UTF-8 line in a byte batch fails alone', () => {
    const bytes = new Uint8Array([...enc(lines[0]! + '\n{"id":"bad","text":"'), 0xc3, 0x28, ...enc('"}\n' + lines[5]! + '\n')]);
    const results = parseInput(bytes, { name: 'b.jsonl' });
    expect(results.map((r) => (r.ok ? r.article.id : `${r.record} ${r.error.code}`))).toEqual(['ok-1', 'b.jsonl:2 INVALID_UTF8', 'ok-3']);
  });
});
