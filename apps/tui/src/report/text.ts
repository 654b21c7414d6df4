import type { Analysis } from '@lede/core';
import { buildReport } from './sections.js';

/** The analysis as a plain-text report for a terminal (`lede analyze --format text`). */
export function renderText(a: Analysis): string {
  const r = buildReport(a);
  const out: string[] = [r.title, '='.repeat(Math.min(r.title.length, 80))];
  const width = Math.max(...r.meta.map(([k]) => k.length));
  for (const [k, v] of r.meta) out.push(`${k.padEnd(width)}  ${v}`);
  for (const s of r.sections) {
    out.push('', s.heading.toUpperCase());
    for (const b of s.blocks) {
      if (b.kind === 'para') out.push(`  ${b.text}`);
      else if (b.kind === 'list') out.push(...b.items.map((i) => `  * ${i}`));
      else out.push(`  ${b.label}:`, ...b.items.map((i) => `    - ${i}`));
    }
  }
  return out.join('\n') + '\n';
}
