/**
 * The article view's side panel: tone, quotes (speaker, form, confidence), themes (bars), entities,
 * key phrases and summary, as a
 * list of one-line rows cut to the space available.
 */
import { Box, Text } from 'ink';
import type { Analysis } from '@lede/core';
import { confidenceText, formName } from '../../report/quote-display.js';
import { bar, formatTone, toneGauge, truncate } from '../format.js';
import { wrapText } from '../layout/wrap.js';
import { entityKind, markStyles, toneColor } from '../theme.js';

/** Quote rows in the panel; past that one line counts the rest. */
const MAX_QUOTES = 6;

interface PanelLine {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

export function panelLines(a: Analysis, width: number): PanelLine[] {
  const out: PanelLine[] = [];
  const head = (t: string) => out.push({ text: t, bold: true });
  const w = Math.max(10, width);

  head('Tone');
  if (a.tone) out.push({ text: `${formatTone(a.tone.document).padStart(5)} ${toneGauge(a.tone.document, w - 8)}`, color: toneColor(a.tone.document) });
  else out.push({ text: '  not scored', dim: true });

  head(`Quotes (${a.quotes.length})`);
  if (!a.quotes.length) out.push({ text: '  none found', dim: true });
  // Form and confidence per quote, in text order: how sure the attribution is, before reading it.
  const shownQuotes = a.quotes.length > MAX_QUOTES ? MAX_QUOTES - 1 : a.quotes.length;
  for (const q of a.quotes.slice(0, shownQuotes)) {
    const tail = ` ${formName(q.form).padEnd(10)} ${confidenceText(q.confidence).padStart(4)}`;
    out.push({ text: `${truncate(q.speaker?.name ?? 'unattributed', w - tail.length).padEnd(w - tail.length)}${tail}`, color: markStyles.speaker.color });
  }
  if (shownQuotes < a.quotes.length) out.push({ text: `  … ${a.quotes.length - shownQuotes} more (n/N)`, dim: true });

  head('Themes');
  if (!a.themes.length) out.push({ text: '  none found', dim: true });
  const labelW = Math.min(16, Math.floor(w / 2));
  for (const t of [...a.themes].sort((x, y) => y.score - x.score).slice(0, 5)) {
    out.push({ text: `${truncate(t.label, labelW).padEnd(labelW)} ${bar(t.score, 1, w - labelW - 6)} ${t.score.toFixed(2)}`, color: 'magenta' });
  }

  head(`Entities (${a.entities.length})`);
  if (!a.entities.length) out.push({ text: '  none found', dim: true });
  for (const e of [...a.entities].sort((x, y) => y.salience - x.salience || y.count - x.count).slice(0, 8)) {
    const count = ` ×${e.count}`;
    out.push({ text: `${truncate(e.name, w - count.length - 8).padEnd(w - count.length - 8)} ${e.type.padEnd(6).slice(0, 6)}${count}`, color: markStyles[entityKind(e.type)].color });
  }

  head('Key phrases');
  if (!a.keyphrases.length) out.push({ text: '  none found', dim: true });
  for (const k of a.keyphrases.slice(0, 6)) out.push({ text: `· ${truncate(k.text, w - 2)}` });

  head('Summary');
  if (!a.summary.length) out.push({ text: '  none', dim: true });
  for (const s of a.summary) {
    const text = s.text.replace(/\s+/g, ' ');
    for (const l of wrapText(text, [], w - 2)) out.push({ text: `  ${text.slice(l.start, l.end)}`, dim: true });
  }
  return out;
}

export function ArticlePanel({ analysis, width, height }: { analysis: Analysis; width: number; height: number }) {
  const lines = panelLines(analysis, width - 2).slice(0, height);
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={1} borderStyle="single" borderTop={false} borderBottom={false} borderRight={false}>
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate" color={l.color} bold={l.bold} dimColor={l.dim}>
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
