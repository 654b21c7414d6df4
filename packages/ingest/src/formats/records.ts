import { LedeError } from '@lede/core';
import { authorList } from '../authors.js';
import { extractHtml } from '../html/extract.js';
import { htmlFragmentToText } from '../html/fragment.js';
import { extraFields, pick, type FieldName } from './aliases.js';
import type { RawArticle } from './fields.js';

/**
 * One JSON record -> article fields. Field names follow FIELD_ALIASES (`headline`, `published`,
 * `outlet`, `author`, ...); other fields are kept as `extra`. Wrong types are an INVALID_RECORD
 * naming the field. `html` holding a whole page goes through main-text extraction; a fragment is
 * read as it is. `text` is kept exactly as given.
 */
export function recordToRaw(value: unknown, record: string): RawArticle {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LedeError('INVALID_RECORD', `expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`, { record });
  }
  const o = value as Record<string, unknown>;
  const optString = (field: FieldName): string | undefined => {
    const hit = pick(o, field);
    if (!hit) return undefined;
    let v = hit.value;
    // publisher/source objects (schema.org, scrapers) carry the name inside.
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') v = (v as { name: string }).name;
    if (typeof v !== 'string') throw new LedeError('INVALID_RECORD', `"${hit.name}" must be a string, got ${typeof v}`, { record, field: hit.name });
    return v.trim() || undefined;
  };
  const idHit = pick(o, 'id');
  const id = typeof idHit?.value === 'number' && Number.isFinite(idHit.value) ? String(idHit.value) : optString('id');
  const textHit = pick(o, 'text');
  const html = pick(o, 'html')?.value;
  if (textHit === undefined && html === undefined) {
    throw new LedeError('INVALID_RECORD', 'the record has neither "text" (or "body", "content") nor "html"', { record, field: 'text' });
  }
  const dateHit = pick(o, 'publishedAt');
  const authorsHit = pick(o, 'authors');
  const authors = authorsHit ? authorList(authorsHit.value) : undefined;
  const fields = {
    id,
    title: optString('title'),
    url: optString('url'),
    source: optString('source'),
    byline: optString('byline') ?? (authors?.length ? authors.join(', ') : undefined),
    ...(authors?.length && { authors }),
    language: optString('language'),
    publishedAt: dateHit?.value,
    dateField: dateHit?.name,
    strictDate: true,
    extra: extraFields(o),
  };
  if (fields.publishedAt !== undefined && typeof fields.publishedAt !== 'string' && typeof fields.publishedAt !== 'number') {
    throw new LedeError('INVALID_RECORD', `"${dateHit!.name}" must be an ISO 8601 string or a Unix time`, { record, field: dateHit!.name });
  }
  if (textHit !== undefined) {
    if (typeof textHit.value !== 'string') throw new LedeError('INVALID_RECORD', `"${textHit.name}" must be a string, got ${typeof textHit.value}`, { record, field: textHit.name });
    return { ...fields, text: textHit.value };
  }
  if (typeof html !== 'string') throw new LedeError('INVALID_RECORD', `"html" must be a string, got ${typeof html}`, { record, field: 'html' });
  if (/^\s*(<!doctype|<html)/i.test(html)) {
    const page = extractHtml(html);
    return {
      ...fields,
      text: page.text,
      markup: true,
      title: fields.title ?? page.title,
      byline: fields.byline ?? page.byline,
      publishedAt: fields.publishedAt ?? page.publishedAt,
      strictDate: fields.publishedAt !== undefined,
      source: fields.source ?? page.siteName,
      url: fields.url ?? page.url,
      language: fields.language ?? page.language,
    };
  }
  return { ...fields, text: htmlFragmentToText(html), markup: true };
}
