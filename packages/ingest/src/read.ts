import { LedeError } from '@lede/core';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { failure } from './build.js';
import { checkSize, decodeBytes, sniffHtmlCharset } from './decode.js';
import { extensionOf } from './detect.js';
import { jsonlBytesLine, parseDocument, resolveFormat } from './parse.js';
import { DEFAULT_MAX_BYTES, type ConcreteFormat, type IngestResult, type InputFormat } from './types.js';

export interface ReadOptions {
  format?: InputFormat;
  /** Per-record limit in bytes (default 10 MB); a JSONL file may be any size, each line is one record. */
  maxBytes?: number;
  keepOffsets?: boolean;
  /** Where '-' reads from (default process.stdin); tests pass their own. */
  stdin?: AsyncIterable<Uint8Array>;
}

/** Extensions a directory walk picks up; other files in a folder are not articles. */
const ARTICLE_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'xml', 'rss', 'atom', 'json', 'jsonl', 'ndjson']);

/**
 * Files, directories (recursive, sorted, hidden entries and `*.gold.json` annotation files
 * skipped) and '-' for stdin -> one result per record, in order. JSONL is streamed line by line,
 * so a large batch never sits in memory as one string; other formats are read whole, up to the limit.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncIterable<IngestResult> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStream(opts.stdin ?? (process.stdin as AsyncIterable<Uint8Array>), 'stdin', opts);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (cause) {
      yield failure(p, new LedeError('NOT_FOUND', `no such file or directory: ${p}`, { record: p, cause }));
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walk(p)) yield* readStream(createReadStream(file), file, opts);
    } else yield* readStream(createReadStream(p), p, opts);
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full))); // symlinked folders are not followed (no loops)
    else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extensionOf(e.name)) && !/\.gold\.json$/i.test(e.name)) out.push(full);
  }
  return out;
}

const SNIFF_BYTES = 8192;

/** One byte stream: sniff the format from its head, then stream JSONL lines or read the whole document. */
async function* readStream(source: AsyncIterable<Uint8Array>, name: string, opts: ReadOptions): AsyncIterable<IngestResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLen = 0;
  let done = false;
  try {
    while (headLen < SNIFF_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      headLen += next.value.length;
    }
  } catch (cause) {
    yield failure(name, new LedeError('NOT_FOUND', `cannot read ${name}: ${(cause as Error).message}`, { record: name, cause }));
    return;
  }
  const headBytes = concat(head, headLen);
  if (headLen === 0) {
    yield failure(name, new LedeError('EMPTY_INPUT', 'the input is empty', { record: name }));
    return;
  }
  let format;
  try {
    format = resolveFormat(headBytes, opts.format, name);
  } catch (e) {
    await iterator.return?.();
    yield failure(name, e);
    return;
  }
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (format === 'jsonl') {
    yield* jsonlLines(headBytes, done ? null : rest, name, maxBytes, opts.keepOffsets);
    return;
  }
  // Whole document: read up to the limit, then stop reading.
  const parts = [headBytes];
  let total = headLen;
  if (!done) {
    for await (const chunk of rest) {
      total += chunk.length;
      if (total > maxBytes) break; // leaving the loop closes the stream
      parts.push(chunk);
    }
  }
  let results: IngestResult[];
  try {
    checkSize(total, maxBytes, name);
    results = parseWhole(parts, total, format, name, opts.keepOffsets);
  } catch (e) {
    yield failure(name, e);
    return;
  }
  // This generator is suspended at each yield while the caller analyses the article: the raw
  // bytes, their concatenation and the decoded text must not stay reachable from it (on a 50 MB
  // text they were twice the input, held through the whole analysis).
  parts.length = 0;
  for (const r of results) yield r;
}

function parseWhole(parts: Uint8Array[], total: number, format: ConcreteFormat, name: string, keepOffsets?: boolean): IngestResult[] {
  const bytes = concat(parts, total);
  const text = decodeBytes(bytes, name, format === 'html' ? sniffHtmlCharset(bytes) : undefined);
  return parseDocument(text, format, name, keepOffsets);
}

/** Split a byte stream on LF without decoding across chunk borders; an over-long line is skipped, not buffered. */
async function* jsonlLines(head: Uint8Array, rest: AsyncIterable<Uint8Array> | null, name: string, maxBytes: number, keepOffsets?: boolean): AsyncIterable<IngestResult> {
  let carry: Uint8Array[] = [];
  let carryLen = 0;
  let overflow = false;
  let lineNo = 0;
  let any = false;
  const finish = function* (last: Uint8Array | null): Generator<IngestResult> {
    lineNo++;
    if (overflow) {
      any = true;
      yield failure(`${name}:${lineNo}`, new LedeError('TOO_LARGE', `line is over the ${maxBytes}-byte limit per record`, { record: `${name}:${lineNo}` }));
    } else {
      const line = concat(last ? [...carry, last] : carry, carryLen + (last?.length ?? 0));
      for (const r of jsonlBytesLine(line, name, lineNo, maxBytes, keepOffsets)) {
        any = true;
        yield r;
      }
    }
    carry = [];
    carryLen = 0;
    overflow = false;
  };
  const feed = function* (chunk: Uint8Array): Generator<IngestResult> {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (carryLen + piece.length > maxBytes) overflow = true;
      yield* finish(overflow ? null : piece);
      start = nl + 1;
    }
    const tail = chunk.subarray(start);
    if (tail.length && !overflow) {
      if (carryLen + tail.length > maxBytes) {
        overflow = true;
        carry = [];
        carryLen = 0;
      } else {
        carry.push(tail.slice()); // copy: stream chunks may be reused
        carryLen += tail.length;
      }
    }
  };
  yield* feed(head);
  if (rest) for await (const chunk of rest) yield* feed(chunk);
  if (carryLen > 0 || overflow) yield* finish(null);
  if (!any) yield failure(name, new LedeError('EMPTY_INPUT', 'the input is empty', { record: name }));
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
