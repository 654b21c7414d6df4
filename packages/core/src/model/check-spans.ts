import type { Analysis } from './analysis.js';

/**
 * Every span-shaped object in an analysis whose text is not `article.text.slice(start, end)`,
 * or that leaves the text; empty when the standoff contract holds.
 */
export function checkSpans(analysis: Analysis): string[] {
  const text = analysis.article.text;
  const problems: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && path !== 'article') {
      if (o.start < 0 || o.end > text.length || o.start > o.end) problems.push(`${path}: [${o.start}, ${o.end}) outside the text`);
      else if (text.slice(o.start, o.end) !== o.text) problems.push(`${path}: text does not match slice [${o.start}, ${o.end})`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text' || typeof v !== 'string') walk(v, path ? `${path}.${k}` : k);
  };
  walk({ ...analysis, article: { paragraphs: analysis.article.paragraphs } }, '');
  return problems;
}
