/**
 * The corpus-list filter as typed by the reader: `theme:economy primary:politics score:0.7
 * entity:"Xi Jinping" speaker:Liu outlet:Reuters from:2024-01-01 to:2024-12-31` (`score` is the minimum score for
 * the theme). Bare words and unusable values are ignored so a typo never silently filters.
 */
import type { ListQuery } from '@lede/store';

export type ListFilter = Pick<ListQuery, 'theme' | 'primary' | 'minScore' | 'entity' | 'speaker' | 'source' | 'from' | 'to'>;
type TextField = 'theme' | 'primary' | 'entity' | 'speaker' | 'source' | 'from' | 'to';
/** Typed key → query field, in the order formatFilter writes them; the outlet is the article's source. */
const keys: ReadonlyArray<readonly [string, TextField]> = [
  ['theme', 'theme'], ['primary', 'primary'], ['entity', 'entity'], ['speaker', 'speaker'], ['outlet', 'source'], ['from', 'from'], ['to', 'to'],
];
const fieldOf = new Map<string, TextField>([...keys, ['source', 'source']]);

export function parseFilter(input: string): ListFilter {
  const out: ListFilter = {};
  let score: number | undefined;
  // key:value or key:"value with spaces"; bounded input keeps the regex linear.
  const re = /(\w+):(?:"([^"]*)"|(\S+))/g;
  for (const m of input.slice(0, 1000).matchAll(re)) {
    const key = m[1]!.toLowerCase();
    const value = (m[2] ?? m[3] ?? '').trim();
    if (!value) continue;
    const field = fieldOf.get(key);
    if (field) out[field] = value;
    else if (key === 'score' && /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value)) score = Number(value);
  }
  // A minimum score qualifies a theme; alone it would filter nothing.
  if (score !== undefined && out.theme) out.minScore = score;
  return out;
}

export function formatFilter(f: ListFilter): string {
  const parts = keys.filter(([, field]) => f[field]).map(([key, field]) => (/\s/.test(f[field]!) ? `${key}:"${f[field]}"` : `${key}:${f[field]}`));
  if (f.minScore !== undefined) parts.splice(1, 0, `score:${f.minScore}`);
  return parts.join(' ');
}
