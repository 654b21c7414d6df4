/**
 * HTML building for the web reader: a tagged template that escapes every interpolated value
 * unless it is already Html. Article text and metadata are hostile input (a title may hold
 * `<script>`, a url `javascript:`); escaping at the one place values enter markup keeps them text.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape for element content and double- or single-quoted attribute values. */
export const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => entities[c]!);

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(v: Part): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.text;
  if (Array.isArray(v)) return v.map(render).join('');
  return esc(v);
}

/** `html\`<p>${title}</p>\``: values are escaped; Html values and arrays of them are inserted as they are. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup built by code that escaped its own inputs (the text renderer, SVG charts). */
export const raw = (s: string): Html => new Html(s);

/**
 * A link target from article metadata: only http(s) URLs pass; `javascript:`, `data:` and
 * anything unparsable give undefined, so the caller renders text instead of a link.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A query string from the non-empty values (what every shareable link in the reader is built with). */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Path segment for a name (speaker, entity): encoded, so "/" or "?" in a name cannot change the route. */
export const seg = (s: string): string => encodeURIComponent(s);
