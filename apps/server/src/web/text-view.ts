/**
 * The article text as HTML with the analysis laid over it: paragraphs, sentences (anchors for
 * summary and evidence links), quotes (one colour per speaker, indirect speech styled apart),
 * theme evidence, entity and speaker mentions, and the reader's search words. Only spans the
 * analysis holds are drawn; the text itself is never changed, only escaped.
 *
 * Each layer paints a per-character array with the index of the span covering it; a single
 * pass then opens and closes elements wherever a layer's value changes, outer layers first,
 * so elements always nest properly (a span crossing an outer boundary is split there).
 */
import type { Analysis } from '@lede/core';
import { esc } from './html.js';

export interface TextRange { start: number; end: number }

/** Speaker → colour slot (0..7), in order of each speaker's first quote. */
export function speakerSlots(analysis: Analysis): Map<string, number> {
  const slots = new Map<string, number>();
  for (const q of analysis.quotes) {
    const key = speakerKey(q.speaker);
    if (!slots.has(key)) slots.set(key, slots.size % 8);
  }
  return slots;
}

export const speakerKey = (s: Analysis['quotes'][number]['speaker']): string => (s ? s.entityId ?? s.name : '');

/** The CSS class of an entity type: person, org, place or other. */
export function entityClass(type: string): string {
  if (type === 'PERSON') return 'person';
  if (type === 'ORG') return 'org';
  if (type === 'GPE' || type === 'LOC') return 'place';
  return 'other';
}

/** Where the reader's search words occur (case-insensitive, at word starts); at most 20 words. */
export function searchHits(text: string, query: string | undefined): TextRange[] {
  const words = (query ?? '').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.slice(0, 20) ?? [];
  if (!words.length) return [];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** One evidence span of a theme, numbered in the order the side panel lists them. */
export interface EvidenceSpan extends TextRange { theme: number; n: number }

interface Layer {
  at: Int32Array;
  open(i: number, first: boolean): string;
  close: string;
}

function paint(at: Int32Array, start: number, end: number, v: number, keep = false): void {
  const a = Math.max(0, start);
  const b = Math.min(at.length, end);
  if (!keep) return void (b > a && at.fill(v, a, b));
  for (let i = a; i < b; i++) if (at[i] === -1) at[i] = v;
}

export interface TextView {
  html: string;
  /** Ids of the evidence elements drawn (an evidence fully covered by an earlier one has none). */
  evidenceIds: Set<string>;
}

export function renderText(analysis: Analysis, hits: readonly TextRange[], evidence: readonly EvidenceSpan[]): TextView {
  const text = analysis.article.text;
  const n = text.length;
  const layer = () => new Int32Array(n).fill(-1);
  const slots = speakerSlots(analysis);

  const para = layer();
  analysis.article.paragraphs.forEach((p, i) => paint(para, p.start, p.end, i));
  const sent = layer();
  analysis.sentences.forEach((s) => paint(sent, s.start, s.end, s.index));
  const quote = layer();
  analysis.quotes.forEach((q, i) => paint(quote, q.start, q.end, i));
  const ev = layer();
  evidence.forEach((e, i) => paint(ev, e.start, e.end, i, true));
  // Mentions: entities by type, then speaker mentions over them (index ≥ entity count).
  const mention = layer();
  const mentionInfo: Array<{ cls: string; title: string }> = [];
  for (const e of analysis.entities) {
    const idx = mentionInfo.push({ cls: `ent ${entityClass(e.type)}`, title: `${e.name} (${e.type})` }) - 1;
    for (const m of e.mentions) paint(mention, m.start, m.end, idx);
  }
  for (const q of analysis.quotes) {
    const s = q.speaker;
    if (s?.start === undefined || s.end === undefined) continue;
    const idx = mentionInfo.push({ cls: `spk s${slots.get(speakerKey(s))}`, title: `speaker: ${s.name}` }) - 1;
    paint(mention, s.start, s.end, idx);
  }
  const hit = layer();
  hits.forEach((h) => paint(hit, h.start, h.end, 0));

  const evidenceIds = new Set<string>();
  const layers: Layer[] = [
    { at: para, open: () => '<p>', close: '</p>' },
    { at: sent, open: (i, first) => `<span class="sent"${first ? ` id="s-${i}"` : ''}>`, close: '</span>' },
    {
      at: quote,
      open: (i, first) => {
        const q = analysis.quotes[i]!;
        const who = q.speaker ? q.speaker.name : 'unattributed';
        const form = q.form === 'indirect' ? 'indirect' : 'verbatim';
        const cls = `quote ${form} s${q.speaker ? slots.get(speakerKey(q.speaker)) : 'x'}`;
        return `<span class="${cls}"${first ? ` id="q-${esc(q.id)}"` : ''} title="${esc(`${form === 'indirect' ? 'reported' : 'quoted'}: ${who}`)}">`;
      },
      close: '</span>',
    },
    {
      at: ev,
      open: (i, first) => {
        const e = evidence[i]!;
        const id = `ev-${e.theme}-${e.n}`;
        if (first) evidenceIds.add(id);
        return `<span class="ev"${first ? ` id="${id}"` : ''}>`;
      },
      close: '</span>',
    },
    { at: mention, open: (i) => `<span class="${mentionInfo[i]!.cls}" title="${esc(mentionInfo[i]!.title)}">`, close: '</span>' },
    { at: hit, open: () => '<mark>', close: '</mark>' },
  ];

  const seen = layers.map(() => new Set<number>());
  const openVals: number[] = []; // value of each open layer, outermost first
  let out = '';
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) out += esc(text.slice(runStart, end));
    runStart = end;
  };
  for (let i = 0; i <= n; i++) {
    // Depth of the first layer whose value changes here (text outside any paragraph is dropped
    // when blank: it is the gap between paragraphs).
    let depth = 0;
    if (i < n) {
      while (depth < openVals.length && layers[depth]!.at[i] === openVals[depth]) depth++;
      if (depth === openVals.length && openVals.length === wanted(layers, i)) continue;
    }
    flush(i);
    while (openVals.length > depth) {
      if (openVals.pop() !== -1) out += layers[openVals.length]!.close;
    }
    // A gap value left last has nothing inside it any more: drop it, so equal runs stay one run.
    while (openVals.length && openVals[openVals.length - 1] === -1) openVals.pop();
    depth = Math.min(depth, openVals.length);
    if (i === n) break;
    if (para[i] === -1 && depth === 0) {
      // Between paragraphs: skip whitespace; anything else gets its own paragraph.
      let j = i;
      while (j < n && para[j] === -1) j++;
      const gap = text.slice(i, j);
      if (gap.trim()) out += `<p>${esc(gap)}</p>`;
      runStart = j;
      i = j - 1;
      continue;
    }
    for (let d = depth; d < layers.length; d++) {
      const v = layers[d]!.at[i]!;
      if (v === -1) {
        if (d === 0) break;
        // A gap in a middle layer: keep it open as a "none" value only if inner layers need it.
        if (!layers.slice(d + 1).some((l) => l.at[i] !== -1)) break;
        openVals.push(-1);
        continue;
      }
      const first = !seen[d]!.has(v);
      seen[d]!.add(v);
      out += layers[d]!.open(v, first);
      openVals.push(v);
    }
  }
  return { html: out, evidenceIds };
}

/** How many layers are open at position i: up to the last layer holding a value. */
function wanted(layers: readonly Layer[], i: number): number {
  let last = -1;
  for (let d = 0; d < layers.length; d++) if (layers[d]!.at[i] !== -1) last = d;
  return last + 1;
}
