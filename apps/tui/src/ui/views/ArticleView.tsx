/**
 * One article: its text with quotes, speakers and entity mentions highlighted from core's spans,
 * a side panel of the other layers, and n/N to jump between quotes. Only visible lines render.
 */
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { Analysis } from '@lede/core';
import { openingWords } from '@lede/core/model';
import type { CorpusStore } from '@lede/store';
import { formatTone, shortDate, truncate } from '../format.js';
import { useAsync } from '../hooks/use-async.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { highlightMap, segmentsOf, type HighlightMap } from '../layout/highlights.js';
import { lineOf, wrapText, type Line } from '../layout/wrap.js';
import { accent, markStyles, toneColor } from '../theme.js';
import { ArticlePanel } from './ArticlePanel.js';

export interface ArticleViewProps {
  store: CorpusStore;
  articleId: string;
  /** Jump to this quote on open (from the quotes view). */
  quoteId?: string;
  width: number;
  height: number;
  active: boolean;
  onBack(): void;
}

function TextLine({ text, line, map, current }: { text: string; line: Line; map: HighlightMap; current: number }) {
  if (line.end === line.start) return <Text> </Text>;
  return (
    <Text wrap="truncate">
      {segmentsOf(text, line.start, line.end, map, current).map((s, i) => {
        const st = markStyles[s.kind];
        return (
          <Text key={i} color={st.color} bold={st.bold} underline={st.underline} inverse={s.current}>
            {s.text}
          </Text>
        );
      })}
    </Text>
  );
}

function Legend() {
  const item = (label: string, kind: keyof typeof markStyles) => (
    <Text color={markStyles[kind].color} bold={markStyles[kind].bold} underline={markStyles[kind].underline}>
      {label}
    </Text>
  );
  return (
    <Text wrap="truncate" dimColor>
      {item('quote', 'quote')} {item('speaker', 'speaker')} {item('person', 'person')} {item('org', 'org')} {item('place', 'place')}{' '}
      {item('other', 'other')} · ↑↓ scroll · n/N next/prev quote · p panel · Esc back
    </Text>
  );
}

function Body({ analysis, quoteId, width, height, active, onBack }: { analysis: Analysis } & Omit<ArticleViewProps, 'store' | 'articleId'>) {
  const text = analysis.article.text;
  const [panelOn, setPanelOn] = useState(width >= 90);
  const panelWidth = panelOn ? (width >= 90 ? Math.min(44, Math.floor(width * 0.36)) : width) : 0;
  const textWidth = Math.max(0, width - panelWidth - (panelOn && panelWidth < width ? 1 : 0));
  const map = useMemo(() => highlightMap(analysis), [analysis]);
  // One column of gutter before the panel's border.
  const lines = useMemo(() => wrapText(text, analysis.article.paragraphs, panelOn ? textWidth - 1 : textWidth), [text, analysis, textWidth, panelOn]);
  const quotes = analysis.quotes;
  const [current, setCurrent] = useLiveState(() => Math.max(-1, quotes.findIndex((q) => q.id === quoteId)));
  const bodyHeight = Math.max(1, height - 4);
  const [scroll, setScroll] = useLiveState(0);
  const maxScroll = Math.max(0, lines.length - bodyHeight);
  const clamp = (n: number) => Math.max(0, Math.min(maxScroll, n));
  const scrollTo = (n: number) => setScroll(clamp(n));
  const scrollBy = (d: number) => setScroll((s) => clamp(s + d));

  // Keep the current quote in view (a third down the screen), also after a resize re-wraps.
  useEffect(() => {
    const q = quotes[current];
    if (q) scrollTo(lineOf(lines, q.start) - Math.floor(bodyHeight / 3));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, lines, bodyHeight]);

  const jump = (dir: 1 | -1) => {
    if (!quotes.length) return;
    setCurrent((c) => (c < 0 ? (dir === 1 ? 0 : quotes.length - 1) : (c + dir + quotes.length) % quotes.length));
  };

  useKeys(
    (input, k) => {
      if (k.escape || k.backspace || k.delete || k.leftArrow) return onBack();
      if (k.downArrow || input === 'j') return scrollBy(1);
      if (k.upArrow || input === 'k') return scrollBy(-1);
      if (k.pageDown || input === ' ') return scrollBy(bodyHeight - 1);
      if (k.pageUp || input === 'b') return scrollBy(-(bodyHeight - 1));
      if (k.home || input === 'g') return scrollTo(0);
      if (k.end || input === 'G') return scrollTo(maxScroll);
      if (input === 'n' || input === ']' || k.tab) return jump(1);
      if (input === 'N' || input === '[') return jump(-1);
      if (input === 'p') return setPanelOn((v) => !v);
    },
    active,
  );

  const a = analysis.article;
  const meta = [a.source, shortDate(a.publishedAt), a.byline].filter(Boolean).join(' · ');
  const q = quotes[current];
  const fullPanel = panelOn && panelWidth >= width;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={accent} wrap="truncate">
        {a.title || openingWords(a.text) || a.id}
      </Text>
      <Text wrap="truncate" dimColor>
        {meta ? `${meta} · ` : ''}
        {quotes.length} quote{quotes.length === 1 ? '' : 's'} · {analysis.entities.length} entities · tone{' '}
        <Text color={toneColor(analysis.tone?.document)}>{formatTone(analysis.tone?.document)}</Text> · {lines.length ? `${Math.min(100, Math.round(((scroll + bodyHeight) / lines.length) * 100))}%` : ''}
      </Text>
      <Box flexDirection="row" height={bodyHeight}>
        {fullPanel ? null : (
          <Box flexDirection="column" width={textWidth}>
            {lines.slice(scroll, scroll + bodyHeight).map((l, i) => (
              <TextLine key={scroll + i} text={text} line={l} map={map} current={current} />
            ))}
          </Box>
        )}
        {panelOn ? <ArticlePanel analysis={analysis} width={panelWidth} height={bodyHeight} /> : null}
      </Box>
      <Text wrap="truncate">
        {q ? (
          <>
            <Text color={accent}>Quote {current + 1}/{quotes.length} </Text>
            <Text color={markStyles.speaker.color} bold>
              {q.speaker?.name ?? 'unattributed'}
            </Text>
            {q.speaker?.role ? <Text dimColor> ({q.speaker.role})</Text> : null}
            <Text dimColor> · {q.form} · {truncate(q.text, Math.max(0, width - 40))}</Text>
          </>
        ) : (
          <Text dimColor>{quotes.length ? `${quotes.length} quote${quotes.length === 1 ? '' : 's'}: press n to jump to the first` : 'No quotes found in this article.'}</Text>
        )}
      </Text>
      <Legend />
    </Box>
  );
}

export function ArticleView(props: ArticleViewProps) {
  const { store, articleId } = props;
  const got = useAsync(() => store.get(articleId), [store, articleId]);
  if (got.error) return <Text color="red">Could not load the article: {got.error.message} (Esc: back)</Text>;
  if (!got.data) {
    return <BackOnly {...props} message={got.loading ? 'Loading article…' : `No article with id ${articleId}.`} />;
  }
  return <Body analysis={got.data} {...props} />;
}

/** Placeholder that still honours Esc while the article loads or when it is missing. */
function BackOnly({ active, onBack, message }: ArticleViewProps & { message: string }) {
  useKeys((_i, k) => (k.escape || k.backspace || k.delete || k.leftArrow ? onBack() : undefined), active);
  return <Text dimColor>{message}</Text>;
}
