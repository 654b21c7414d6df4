import { LedeError, type ArticleInput } from '@lede/core';
import { readDate } from '@lede/ingest';
import { HttpProblem } from '../http/problem.js';
import { isRawBody, type RawBody } from '../http/route.js';
import type { ArticleRequest, IngestRequest } from '../schemas.js';
import type { IngestFormat, ParseInput } from './ingest.js';

/** Article metadata a client may set on top of what the ingester extracts. */
type Meta = Partial<Pick<ArticleInput, 'id' | 'title' | 'byline' | 'publishedAt' | 'source' | 'url' | 'language'>>;
const metaKeys = ['id', 'title', 'byline', 'publishedAt', 'source', 'url', 'language'] as const;

export interface ArticleFromRequest { input: ArticleInput; stages?: string[]; tokens: boolean }

/**
 * What to parse, before parsing: plain data, so it can cross to a worker thread and HTML is
 * parsed there, off the event loop (issue #15: one deep page stalled every request).
 */
export interface ParseTask {
  content: string | Uint8Array;
  format: IngestFormat;
  meta: Meta;
  /** The request field errors point at when the parser names none. */
  field?: string;
  /** The record's id when known before parsing (for the budget error). */
  id?: string;
}
export interface RequestTask { task: ParseTask; stages?: string[]; tokens: boolean }

const rawFormats: Record<string, IngestFormat> = { 'text/plain': 'text', 'text/html': 'html' };

/** Pick the format and metadata of a validated request (JSON envelope, or raw body plus query options). */
export function requestTask(body: ArticleRequest | IngestRequest | RawBody, query: Meta & { stages?: string[]; tokens?: boolean }): RequestTask {
  if (isRawBody(body)) {
    const format = rawFormats[body.mediaType];
    if (!format) throw new HttpProblem('UNSUPPORTED_MEDIA_TYPE', `cannot analyse ${body.mediaType}`);
    return { task: { content: body.bytes, format, meta: pickMeta(query) }, ...options(query) };
  }
  // The JSON envelope is a record, read by @lede/ingest's record reader exactly as `lede add` reads a
  // JSON line (field aliases, extra fields, partial dates, an html page's extraction): in the worker.
  const { stages, tokens, ...record } = body as ArticleRequest;
  return {
    task: { content: JSON.stringify(record), format: 'json', meta: {}, ...(typeof record.id === 'string' && { id: record.id }) },
    ...options({ ...query, ...(stages && { stages }), ...(tokens !== undefined && { tokens }) }),
  };
}

/**
 * Turn a validated request into one ArticleInput on this thread. Parsing is @lede/ingest's; this
 * only lays the client's metadata over what was extracted.
 */
export function articleFromRequest(
  body: ArticleRequest | IngestRequest | RawBody,
  query: Meta & { stages?: string[]; tokens?: boolean },
  parseInput: ParseInput,
): ArticleFromRequest {
  const { task, ...rest } = requestTask(body, query);
  return { input: parseTask(parseInput, task), ...rest };
}

function options(o: { stages?: string[] | undefined; tokens?: boolean | undefined }): { stages?: string[]; tokens: boolean } {
  return { ...(o.stages && { stages: o.stages }), tokens: o.tokens ?? false };
}

function pickMeta(o: Meta): Meta {
  const meta: Meta = {};
  for (const k of metaKeys) if (o[k] !== undefined) meta[k] = o[k];
  return meta;
}

export function parseTask(parseInput: ParseInput, { content, format, meta, field }: ParseTask): ArticleInput {
  const results = parseInput(content, { format });
  const first = results[0];
  if (!first) throw new LedeError('EMPTY_INPUT', 'the body holds no article', { ...(field && { field }) });
  if (!first.ok) {
    const e = first.error;
    // The ingester names fields of the record; over HTTP the record is the `text`/`html` field.
    throw new LedeError(e.code, e.message, { ...((e.field ?? field) && { field: e.field ?? field }) });
  }
  // A client's date goes through the same reader as a record's, so "2025-03" keeps its precision here too.
  const date = meta.publishedAt === undefined ? undefined : readDate(meta.publishedAt);
  if (meta.publishedAt !== undefined && !date) throw new LedeError('INVALID_RECORD', `"publishedAt" is not a date: ${JSON.stringify(meta.publishedAt.slice(0, 60))}`, { field: 'publishedAt' });
  return { ...first.article, ...meta, ...date };
}
