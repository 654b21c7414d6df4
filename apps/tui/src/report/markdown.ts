import type { Analysis } from '@lede/core';
import { buildReport } from './sections.js';

/** The analysis as a Markdown report (`lede analyze --format md`). */
export function renderMarkdown(a: Analysis): string {
  const r = buildReport(a);
  const out: string[] = [`# ${r.title}`, '', ...r.meta.map(([k, v]) => `- **${k}:** ${v}`)];
  for (const s of r.sections) {
    out.push('', `## ${s.heading}`);
    for (const b of s.blocks) {
      if (b.kind === 'para') out.push('', b.text);
      else if (b.kind === 'list') out.push('', ...b.items.map((i) => `- ${i}`));
      else out.push('', `**${b.label}**`, '', ...b.items.map((i) => `- ${i}`));
    }
  }
  return out.join('\n') + '\n';
}
