import { LedeError } from '@lede/core';
import { extractHtml } from '../html/extract.js';
import { htmlFragmentToText } from '../html/fragment.js';
import type { RawArticle } from './fields.js';

/**
 * One JSON record `{id, text | html, title?, url?, publishedAt?, source?, byline?, language?}`
 * -> article fields. Wrong types are an INVALID_RECORD naming the field. `html` holding a
 * whole page goes through main-text extraction; a fragment is read as it is.
 */
export function recordToRaw(value: unknown, record: string): RawArticle {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LedeError('INVALID_RECORD', `expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`, { record });
  }
  const o = value as Record<string, unknown>;
  const optString = (field: string): string | undefined => {
    const v = o[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new LedeError('INVALID_RECORD', `"${field}" must be a string, got ${typeof v}`, { record, field });
    return v.trim() || undefined;
  };
  let id: string | undefined;
  if (typeof o.id === 'number' && Number.isFinite(o.id)) id = String(o.id);
  else id = optString('id');
  const text = o.text;
  const html = o.html;
  if (text === undefined && html === undefined) {
    throw new LedeError('INVALID_RECORD', 'the record has neither "text" nor "html"', { record, field: 'text' });
  }
  const fields = {
    id,
    title: optString('title'),
    url: optString('url'),
    source: optString('source'),
    byline: optString('byline'),
    language: optString('language'),
    publishedAt: o.publishedAt ?? undefined,
    strictDate: true,
  };
  if (fields.publishedAt !== undefined && typeof fields.publishedAt !== 'string' && typeof fields.publishedAt !== 'number') {
    throw new LedeError('INVALID_RECORD', '"publishedAt" must be an ISO 8601 string or a Unix time', { record, field: 'publishedAt' });
  }
  if (text !== undefined) {
    if (typeof text !== 'string') throw new LedeError('INVALID_RECORD', `"text" must be a string, got ${typeof text}`, { record, field: 'text' });
    return { ...fields, text };
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
