import type { Analysis } from '@lede/core';
import { openingWords } from '@lede/core/base';
import { formName, quoteText } from './quote-display.js';

/**
 * The report as data: a header and titled sections of lines, built once and rendered as
 * Markdown or plain text. Only layers that hold something get a section (nothing invented).
 */
export interface Report {
  title: string;
  meta: Array<[string, string]>;
  sections: Array<{ heading: string; blocks: Block[] }>;
}
export type Block = { kind: 'list'; items: string[] } | { kind: 'group'; label: string; items: string[] } | { kind: 'para'; text: string };

const MAX_ENTITIES = 25;
const MAX_KEYPHRASES = 15;

export function buildReport(a: Analysis): Report {
  const art = a.article;
  const meta: Array<[string, string]> = [];
  if (art.byline) meta.push(['By', art.byline]);
  if (art.publishedAt) meta.push(['Published', art.publishedAt]);
  if (art.source) meta.push(['Source', art.source]);
  if (art.url) meta.push(['URL', art.url]);
  meta.push(['Id', a.id]);
  const words = a.readability?.words;
  const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  meta.push(['Length', [n(art.paragraphs.length, 'paragraph'), n(a.sentences.length, 'sentence'), ...(words ? [n(words, 'word')] : [])].join(', ')]);

  const sections: Report['sections'] = [];
  if (a.summary.length) sections.push({ heading: 'Summary', blocks: [{ kind: 'list', items: a.summary.map((s) => s.text) }] });

  if (a.quotes.length) {
    // One line per statement (fragments joined); paraphrase (indirect speech) without quotation marks.
    const statements = new Map<string, Analysis['quotes']>();
    for (const q of a.quotes) {
      const id = q.statement ?? q.id;
      statements.set(id, [...(statements.get(id) ?? []), q]);
    }
    const bySpeaker = new Map<string, string[]>();
    for (const frags of statements.values()) {
      const first = frags[0]!;
      const who = first.speaker?.name ?? 'Unattributed';
      const form = formName(first.form);
      const line = `${frags.map(quoteText).join(' … ')}${form !== 'direct' ? ` (${form})` : ''}`;
      bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), line]);
    }
    const groups = [...bySpeaker].sort((x, y) => (x[0] === 'Unattributed' ? 1 : y[0] === 'Unattributed' ? -1 : y[1].length - x[1].length));
    sections.push({ heading: `Quotes (${statements.size})`, blocks: groups.map(([label, items]) => ({ kind: 'group', label, items })) });
  }

  if (a.entities.length) {
    const top = [...a.entities].sort((x, y) => y.salience - x.salience || y.count - x.count).slice(0, MAX_ENTITIES);
    const more = a.entities.length - top.length;
    const items = top.map((e) => `${e.name} (${e.type}) x${e.count}, salience ${e.salience.toFixed(2)}`);
    if (more > 0) items.push(`... and ${more} more`);
    sections.push({ heading: `Entities (${a.entities.length})`, blocks: [{ kind: 'list', items }] });
  }

  if (a.themes.length) {
    const items = [...a.themes].sort((x, y) => y.score - x.score).map((t) => `${t.label} (${t.id}), score ${t.score.toFixed(2)}`);
    sections.push({ heading: 'Themes', blocks: [{ kind: 'list', items }] });
  }

  if (a.tone) {
    const d = a.tone.document;
    const label = d > 0.05 ? 'positive' : d < -0.05 ? 'negative' : 'neutral';
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    const items = [...a.tone.entities]
      .sort((x, y) => Math.abs(y.score) - Math.abs(x.score))
      .slice(0, 10)
      .map((t) => `${names.get(t.entityId) ?? t.entityId}: ${t.score.toFixed(2)}`);
    const blocks: Block[] = [{ kind: 'para', text: `Document tone ${d.toFixed(2)} (${label}), over ${a.tone.sentences.length} scored sentences.` }];
    if (items.length) blocks.push({ kind: 'group', label: 'Tone toward entities', items });
    sections.push({ heading: 'Tone', blocks });
  }

  if (a.keyphrases.length) {
    const items = a.keyphrases.slice(0, MAX_KEYPHRASES).map((k) => `${k.text} (${k.score.toFixed(2)}, x${k.spans.length})`);
    sections.push({ heading: 'Key phrases', blocks: [{ kind: 'list', items }] });
  }

  if (a.readability) {
    const r = a.readability;
    sections.push({
      heading: 'Readability',
      blocks: [
        {
          kind: 'list',
          items: [
            `Flesch reading ease ${r.fleschReadingEase.toFixed(1)}`,
            `Flesch-Kincaid grade ${r.fleschKincaidGrade.toFixed(1)}`,
            `Gunning fog ${r.gunningFog.toFixed(1)}`,
            `SMOG ${r.smog.toFixed(1)}`,
            `Coleman-Liau ${r.colemanLiau.toFixed(1)}`,
            `${r.words} words, ${r.sentences} sentences, ~${Math.max(1, Math.round(r.readingTimeMinutes))} min read`,
          ],
        },
      ],
    });
  }
  return { title: art.title ?? openingWords(art.text, 80), meta, sections };
}


