/**
 * One article: its text with quotes, speakers and entity mentions highlighted from core's spans,
 * a side panel of the other layers, and n/N to jump between quotes. Only visible lines render.
 */
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { Analysis } from '@lede/core';
import { openingWords } from '@lede/core/model';
import type { CorpusStore } from '@lede/store';
import { confidenceText, formName } from '../../report/quote-display.js';
import { formatTone, shortDate, truncate } from '../format.js';
import { useAsync } from '../hooks/use-async.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { highlightMap, searchHits, segmentsOf, type HighlightMap, type Range } from '../layout/highlights.js';
import { fitHints, type Hint } from '../layout/key-hints.js';
import { lineOf, wrapText, type Line } from '../layout/wrap.js';
import { accent, entityKind, markStyles, toneColor } from '../theme.js';

/** Search hits get a background, so they show inside a coloured quote or mention too. */
const hitBackground = 'yellow';
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
  /** The list's search query: its words are marked in the text and h/H step through them. */
  searchTerm?: string;
  /** Open the corpus view of an entity or a speaker (Enter on a mention or a quote). */
  onEntity?(name: string): void;
  onSpeaker?(name: string): void;
}

type Jump = 'quote' | 'hit' | 'mention';

function TextLine({ text, line, map, current, focus }: { text: string; line: Line; map: HighlightMap; current: number; focus: Range | undefined }) {
  if (line.end === line.start) return <Text> </Text>;
  return (
    <Text wrap="truncate">
      {segmentsOf(text, line.start, line.end, map, current, focus).map((s, i) => {
        const st = markStyles[s.kind];
        return (
          <Text key={i} color={st.color} bold={st.bold || s.hit} underline={st.underline || s.hit} backgroundColor={s.hit && !s.current ? hitBackground : undefined} inverse={s.current}>
            {s.text}
          </Text>
        );
      })}
    </Text>
  );
}

const legendItems = [['quote', 'quote'], ['speaker', 'speaker'], ['person', 'person'], ['org', 'org'], ['place', 'place'], ['other', 'other']] as const;
const LEGEND_WIDTH = legendItems.reduce((n, [label]) => n + label.length + 1, 0);
const articleHints: Hint[] = [
  ['n/N quote', 'n/N'], ['h/H hit', 'h/H'], ['e/E entity', 'e/E'], ['m/M mention', 'm/M'], ['Enter its view', 'Enter'], ['p panel', 'p'], 'Esc back',
];

/** The colour legend, when there is room beside the keys, and the keys fitted to the width. */
function Legend({ width }: { width: number }) {
  const withLegend = width - LEGEND_WIDTH - 2 >= 44;
  const hints = fitHints(articleHints, withLegend ? width - LEGEND_WIDTH - 2 : width);
  return (
    <Text wrap="truncate" dimColor>
      {withLegend
        ? legendItems.map(([label, kind]) => (
            <Text key={label} color={markStyles[kind].color} bold={markStyles[kind].bold} underline={markStyles[kind].underline}>
              {label}{' '}
            </Text>
          ))
        : null}
      {withLegend ? '· ' : ''}
      {hints}
    </Text>
  );
}

function Body({ analysis, quoteId, width, height, active, onBack, searchTerm, onEntity, onSpeaker }: { analysis: Analysis } & Omit<ArticleViewProps, 'store' | 'articleId'>) {
  const text = analysis.article.text;
  const [panelOn, setPanelOn] = useState(width >= 90);
  const panelWidth = panelOn ? (width >= 90 ? Math.min(44, Math.floor(width * 0.36)) : width) : 0;
  const textWidth = Math.max(0, width - panelWidth - (panelOn && panelWidth < width ? 1 : 0));
  const hits = useMemo(() => searchHits(text, searchTerm), [text, searchTerm]);
  const map = useMemo(() => highlightMap(analysis, hits), [analysis, hits]);
  // Entities in the side panel's order; e/E selects one, m/M steps through its mentions.
  const entities = useMemo(() => [...analysis.entities].sort((x, y) => y.salience - x.salience || y.count - x.count), [analysis]);
  // One column of gutter before the panel's border.
  const lines = useMemo(() => wrapText(text, analysis.article.paragraphs, panelOn ? textWidth - 1 : textWidth), [text, analysis, textWidth, panelOn]);
  const quotes = analysis.quotes;
  const [current, setCurrent, currentRef] = useLiveState(() => Math.max(-1, quotes.findIndex((q) => q.id === quoteId)));
  const [jumped, setJumped, jumpedRef] = useLiveState<Jump>('quote');
  const [hitIdx, setHitIdx] = useLiveState(-1);
  const [entityIdx, setEntityIdx, entityRef] = useLiveState(-1);
  const [mentionIdx, setMentionIdx] = useLiveState(-1);
  const entity = entities[entityIdx];
  const mentions = useMemo(() => [...(entity?.mentions ?? [])].sort((x, y) => x.start - y.start), [entity]);
  const focus: Range | undefined = jumped === 'hit' ? hits[hitIdx] : jumped === 'mention' ? mentions[mentionIdx] : undefined;
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

  // Keep the span jumped to (search hit, mention) in view the same way.
  useEffect(() => {
    if (focus) scrollTo(lineOf(lines, focus.start) - Math.floor(bodyHeight / 3));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus?.start, lines, bodyHeight]);

  const step = (c: number, n: number, dir: 1 | -1) => (c < 0 ? (dir === 1 ? 0 : n - 1) : (c + dir + n) % n);
  const jump = (dir: 1 | -1) => {
    if (!quotes.length) return;
    setJumped('quote');
    setCurrent((c) => step(c, quotes.length, dir));
  };
  const jumpHit = (dir: 1 | -1) => {
    if (!hits.length) return;
    setJumped('hit');
    setCurrent(-1);
    setHitIdx((c) => step(c, hits.length, dir));
  };
  const selectEntity = (dir: 1 | -1) => {
    if (!entities.length) return;
    setJumped('mention');
    setCurrent(-1);
    setEntityIdx((c) => step(c, entities.length, dir));
    setMentionIdx(0);
  };
  const jumpMention = (dir: 1 | -1) => {
    if (entityRef.current < 0) return selectEntity(dir);
    setJumped('mention');
    setCurrent(-1);
    setMentionIdx((c) => step(c, Math.max(1, entities[entityRef.current]!.mentions.length), dir));
  };
  const openView = () => {
    if (jumpedRef.current === 'mention' && entities[entityRef.current]) return onEntity?.(entities[entityRef.current]!.name);
    const speaker = quotes[currentRef.current]?.speaker?.name;
    if (speaker) onSpeaker?.(speaker);
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
      if (input === 'h') return jumpHit(1);
      if (input === 'H') return jumpHit(-1);
      if (input === 'e') return selectEntity(1);
      if (input === 'E') return selectEntity(-1);
      if (input === 'm') return jumpMention(1);
      if (input === 'M') return jumpMention(-1);
      if (k.return) return openView();
      if (input === 'p') return setPanelOn((v) => !v);
    },
    active,
  );

  const a = analysis.article;
  const meta = [a.source, shortDate(a.publishedAt), a.byline, a.url].filter(Boolean).join(' · ');
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
              <TextLine key={scroll + i} text={text} line={l} map={map} current={current} focus={focus} />
            ))}
          </Box>
        )}
        {panelOn ? <ArticlePanel analysis={analysis} width={panelWidth} height={bodyHeight} /> : null}
      </Box>
      <Text wrap="truncate">
        {jumped === 'hit' && hits[hitIdx] ? (
          <>
            <Text color={accent}>Hit {hitIdx + 1}/{hits.length} </Text>
            <Text dimColor>of “{truncate(searchTerm ?? '', 30)}” · h/H next/previous</Text>
          </>
        ) : jumped === 'mention' && entity ? (
          <>
            <Text color={accent}>Mention {Math.min(mentionIdx + 1, mentions.length)}/{mentions.length} </Text>
            <Text color={markStyles[entityKind(entity.type)].color} bold>{entity.name}</Text>
            <Text dimColor> ({entity.type}) · m/M mentions · e/E entity · Enter: {entity.name} across the corpus</Text>
          </>
        ) : q ? (
          <>
            <Text color={accent}>Quote {current + 1}/{quotes.length} </Text>
            <Text color={markStyles.speaker.color} bold>
              {q.speaker?.name ?? 'unattributed'}
            </Text>
            {q.speaker?.role ? <Text dimColor> ({q.speaker.role})</Text> : null}
            <Text dimColor> · {formName(q.form)}{q.confidence !== undefined ? ` · confidence ${confidenceText(q.confidence)}` : ''} · {truncate(q.text, Math.max(0, width - 56))}</Text>
          </>
        ) : (
          <Text dimColor>
            {quotes.length ? `${quotes.length} quote${quotes.length === 1 ? '' : 's'}: press n to jump to the first` : 'No quotes found in this article.'}
            {hits.length ? ` · ${hits.length} search hit${hits.length === 1 ? '' : 's'}: h` : ''}
          </Text>
        )}
      </Text>
      <Legend width={width} />
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
