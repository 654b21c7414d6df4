/**
 * The corpus-list filter as typed by the reader: `theme:economy entity:"Xi Jinping" speaker:Liu
 * from:2024-01-01 to:2024-12-31`. Bare words are ignored so a typo never silently filters.
 */
import type { ListQuery } from '@lede/store';

export type ListFilter = Pick<ListQuery, 'theme' | 'entity' | 'speaker' | 'from' | 'to'>;
const keys = ['theme', 'entity', 'speaker', 'from', 'to'] as const;

export function parseFilter(input: string): ListFilter {
  const out: ListFilter = {};
  // key:value or key:"value with spaces"; bounded input keeps the regex linear.
  const re = /(\w+):(?:"([^"]*)"|(\S+))/g;
  for (const m of input.slice(0, 1000).matchAll(re)) {
    const key = m[1]!.toLowerCase() as (typeof keys)[number];
    const value = (m[2] ?? m[3] ?? '').trim();
    if (keys.includes(key) && value) out[key] = value;
  }
  return out;
}

export function formatFilter(f: ListFilter): string {
  return keys
    .filter((k) => f[k])
    .map((k) => (/\s/.test(f[k]!) ? `${k}:"${f[k]}"` : `${k}:${f[k]}`))
    .join(' ');
}
