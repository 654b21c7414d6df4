import { LedeError } from '@lede/core';
import { buildArticle, failure, guarded } from './build.js';
import { checkSize, decodeBytes, sniffHtmlCharset, utf8Length } from './decode.js';
import { detectFormat } from './detect.js';
import { parseFeedItems } from './formats/feed.js';
import { parseHtmlPage } from './formats/html.js';
import { parseMarkdown } from './formats/markdown.js';
import { recordToRaw } from './formats/records.js';
import { DEFAULT_MAX_BYTES, inputFormats, type ConcreteFormat, type IngestResult, type InputFormat, type ParseOptions } from './types.js';

/**
 * Bytes or text -> articles, one result per record (a feed item, a JSON array element, a JSONL
 * line, or the whole input). Pure: no file system, so the HTTP server and browsers use it too.
 * Never throws for bad input: each problem is a failed result naming its record.
 */
export function parseInput(input: Uint8Array | string, opts: ParseOptions = {}): IngestResult[] {
  const name = opts.name ?? 'input';
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  return guarded(name, () => {
    const format = resolveFormat(input, opts.format, name);
    if (format === 'jsonl') return parseJsonlInput(input, name, maxBytes, opts.keepOffsets);
    checkSize(typeof input === 'string' ? utf8Length(input) : input.length, maxBytes, name);
    const text = typeof input === 'string' ? input : decodeBytes(input, name, format === 'html' ? sniffHtmlCharset(input) : undefined);
    return parseDocument(text, format, name, opts.keepOffsets);
  });
}

/** The concrete format for an input: the caller's, or detected. Unknown names are UNKNOWN_FORMAT. */
export function resolveFormat(sample: Uint8Array | string, format: InputFormat | undefined, name: string): ConcreteFormat {
  if (format !== undefined && !inputFormats.includes(format)) {
    throw new LedeError('UNKNOWN_FORMAT', `unknown input format "${format}"; use one of ${inputFormats.join(', ')}`, { record: name, field: 'format' });
  }
  if (format && format !== 'auto') return format;
  const found = detectFormat(sample, name);
  if (!found) throw new LedeError('UNKNOWN_FORMAT', `cannot read this kind of file (${name}); supported: text, Markdown, HTML, RSS/Atom/JSON feeds, JSON, JSONL`, { record: name });
  return found;
}

/** A decoded whole document in a known format (everything but JSONL). */
export function parseDocument(text: string, format: ConcreteFormat, name: string, keepOffsets = false): IngestResult[] {
  if (!text.trim()) throw new LedeError('EMPTY_INPUT', 'the input is empty', { record: name });
  switch (format) {
    case 'text':
      return [buildArticle({ text }, name, keepOffsets)];
    case 'md':
      return [buildArticle(parseMarkdown(text), name, keepOffsets)];
    case 'html':
      return [buildArticle(parseHtmlPage(text), name, keepOffsets)];
    case 'feed': {
      const { items } = parseFeedItems(text, name);
      if (!items.length) throw new LedeError('EMPTY_INPUT', 'the feed has no items', { record: name });
      return items.flatMap((it) => guarded(`${name}[${it.index}]`, () => buildArticle(it.raw, `${name}[${it.index}]`, keepOffsets)));
    }
    case 'json':
      return parseJsonDocument(text, name, keepOffsets);
    case 'jsonl':
      return parseJsonlText(text, name, keepOffsets);
  }
}

function parseJsonDocument(text: string, name: string, keepOffsets: boolean): IngestResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new LedeError('INVALID_JSON', `invalid JSON: ${(cause as Error).message}`, { record: name, cause });
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { version?: unknown }).version === 'string' && /jsonfeed\.org/.test((value as { version: string }).version)) {
    return parseDocument(text, 'feed', name, keepOffsets);
  }
  if (!Array.isArray(value)) return [buildArticle(recordToRaw(value, name), name, keepOffsets)];
  if (!value.length) throw new LedeError('EMPTY_INPUT', 'the JSON array has no records', { record: name });
  return value.flatMap((v, i) => guarded(`${name}[${i}]`, () => buildArticle(recordToRaw(v, `${name}[${i}]`), `${name}[${i}]`, keepOffsets)));
}

/** One JSONL line (already decoded); `lineNo` is 1-based. Blank lines are skipped by callers. */
export function parseJsonlLine(line: string, name: string, lineNo: number, keepOffsets = false): IngestResult {
  const record = `${name}:${lineNo}`;
  try {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new LedeError('INVALID_JSON', `invalid JSON on line ${lineNo}: ${(cause as Error).message}`, { record, cause });
    }
    return buildArticle(recordToRaw(value, record), record, keepOffsets);
  } catch (e) {
    return failure(record, e);
  }
}

function parseJsonlText(text: string, name: string, keepOffsets: boolean): IngestResult[] {
  const out: IngestResult[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim()) out.push(parseJsonlLine(line, name, i + 1, keepOffsets));
  });
  if (!out.length) throw new LedeError('EMPTY_INPUT', 'the input is empty', { record: name });
  return out;
}

/** JSONL from bytes: each line is decoded and size-checked on its own, so one bad line stays one error. */
function parseJsonlInput(input: Uint8Array | string, name: string, maxBytes: number, keepOffsets = false): IngestResult[] {
  if (typeof input === 'string') {
    const out: IngestResult[] = [];
    input.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const record = `${name}:${i + 1}`;
      out.push(...guarded(record, () => (checkSize(utf8Length(line), maxBytes, record), parseJsonlLine(line, name, i + 1, keepOffsets))));
    });
    if (!out.length) throw new LedeError('EMPTY_INPUT', 'the input is empty', { record: name });
    return out;
  }
  const out: IngestResult[] = [];
  let start = 0;
  let lineNo = 0;
  while (start <= input.length) {
    let end = input.indexOf(0x0a, start);
    if (end < 0) end = input.length;
    lineNo++;
    out.push(...jsonlBytesLine(input.subarray(start, end), name, lineNo, maxBytes, keepOffsets));
    start = end + 1;
  }
  if (!out.length) throw new LedeError('EMPTY_INPUT', 'the input is empty', { record: name });
  return out;
}

/** One raw JSONL line: size, binary and UTF-8 checks, then the record. [] for a blank line. */
export function jsonlBytesLine(bytes: Uint8Array, name: string, lineNo: number, maxBytes: number, keepOffsets = false): IngestResult[] {
  const record = `${name}:${lineNo}`;
  return guarded(record, () => {
    checkSize(bytes.length, maxBytes, record);
    const line = decodeBytes(bytes, record);
    return line.trim() ? [parseJsonlLine(line, name, lineNo, keepOffsets)] : [];
  });
}
