import type { ThemeTerm } from './definition.js';

/**
 * Terms written compactly as "3: goalkeeper, striker; 1: match" (weight, colon, comma-separated
 * phrases; groups separated by semicolons), so the bundled lexicons read like word lists.
 */
export function weighted(spec: string): ThemeTerm[] {
  const out: ThemeTerm[] = [];
  for (const group of spec.split(';')) {
    const colon = group.indexOf(':');
    const weight = Number(group.slice(0, colon));
    for (const phrase of group.slice(colon + 1).split(',')) {
      const text = phrase.trim();
      if (text) out.push({ text, weight });
    }
  }
  return out;
}
