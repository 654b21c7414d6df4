/**
 * All quotes grouped by speaker: speakers (most quoted first) on the left, the selected speaker's
 * statements with role, article, date, form and confidence on the right (fragments of one
 * statement as one; paraphrase without quotation marks). Enter on a quote opens its article at
 * the quote. `a` toggles unresolved descriptions ("analysts") in the speaker list.
 */
import { Box, Text } from 'ink';
import { useEffect, useMemo } from 'react';
import type { CorpusStore } from '@lede/store';
import { Pane, windowStart } from '../components/Pane.js';
import { cell, shortDate, truncate } from '../format.js';
import { useAsync } from '../hooks/use-async.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { useRowSearch } from '../hooks/use-row-search.js';
import { editLine, PromptLine } from '../components/TextInput.js';
import { defaultExportPath, exportQuotes, formatOf } from '../data/export.js';
import { wrapText } from '../layout/wrap.js';
import { markStyles } from '../theme.js';
import { confidenceText, formName, groupStatements, statementText } from '../../report/quote-display.js';
import { fitHints } from '../layout/key-hints.js';

export interface QuotesViewProps {
  store: CorpusStore;
  width: number;
  height: number;
  active: boolean;
  onOpen(articleId: string, quoteId: string): void;
  version: number;
  onTyping?(typing: boolean): void;
  /** Select this speaker (a jump from the article view); Esc then goes back there. */
  select?: { name: string; nonce: number };
  onBack?(): void;
}

const quoteLines = 2;
const empty: never[] = [];

export function QuotesView({ store, width, height, active, onOpen, version, onTyping, select, onBack }: QuotesViewProps) {
  const [all, setAll] = useLiveState(false);
  const speakers = useAsync(() => store.topSpeakers({ limit: 1000, ...(all && { all: true }) }), [store, version, all]);
  const [sCursor, setSCursor] = useLiveState(0);
  const [qCursor, setQCursor, qRef] = useLiveState(0);
  const [focus, setFocus, focusRef] = useLiveState<'speakers' | 'quotes'>('speakers');
  // A jump to a speaker outside the loaded rows (a description such as "a spokesman", or past the
  // top 1000) adds that speaker, counted from their quotes, so the jump never lands on someone else.
  const jumped = useAsync(async () => {
    const top = speakers.data;
    if (!select || !top || top.some((s) => s.name === select.name)) return undefined;
    const page = await store.quotes({ speaker: select.name, limit: 500 });
    return page.total ? { name: select.name, quotes: page.total, articles: new Set(page.items.map((q) => q.articleId)).size } : undefined;
  }, [store, select?.nonce, speakers.data]);
  const rowsAll = useMemo(() => (jumped.data ? [jumped.data, ...(speakers.data ?? empty)] : (speakers.data ?? empty)), [jumped.data, speakers.data]);
  const search = useRowSearch(rowsAll, (s) => s.name, onTyping);
  const [exporting, setExporting, exportingRef] = useLiveState<string | null>(null);
  const [notice, setNotice] = useLiveState<{ text: string; error?: boolean } | null>(null);
  const list = search.rows;
  // A jump from the article: the cursor on that speaker, the search cleared.
  useEffect(() => {
    if (select) search.clear();
  }, [select?.nonce]);
  useEffect(() => {
    if (!select) return;
    const at = list.findIndex((s) => s.name === select.name);
    if (at >= 0) {
      setSCursor(at);
      setQCursor(0);
      setFocus('speakers');
    }
  }, [select?.nonce, list]);
  const speaker = list[Math.min(sCursor, list.length - 1)];
  const quotes = useAsync(
    () => (speaker ? store.quotes({ speaker: speaker.name, limit: 500 }) : Promise.resolve({ items: [], total: 0 })),
    [store, speaker?.name, version],
  );
  // Never show one speaker's quotes under another's name while the next query runs.
  const items = quotes.loading ? [] : groupStatements(quotes.data?.items ?? []);

  const leftW = Math.min(34, Math.floor(width * 0.34));
  const rightW = width - leftW - 1;
  const rowsH = height - 2;
  const perQuote = quoteLines + 1;
  const qVisible = Math.max(1, Math.floor(rowsH / perQuote));

  useKeys(
    (input, k) => {
      if (exportingRef.current !== null) {
        const r = editLine(exportingRef.current, input, k);
        setExporting(r.action ? null : r.value);
        onTyping?.(!r.action);
        if (r.action === 'submit' && r.value.trim() && speaker) {
          const path = r.value.trim();
          exportQuotes(store, { speaker: speaker.name }, path).then(
            (n) => setNotice({ text: `Exported ${n} quote${n === 1 ? '' : 's'} by ${speaker.name} (${formatOf(path).toUpperCase()}) to ${path}` }),
            (e: unknown) => setNotice({ text: `Export failed: ${e instanceof Error ? e.message : String(e)}`, error: true }),
          );
        }
        return;
      }
      if (input === 'e' && speaker && !search.typing) {
        onTyping?.(true);
        return setExporting(defaultExportPath('quotes'));
      }
      if (focusRef.current === 'speakers' && search.key(input, k)) return (setSCursor(0), setQCursor(0));
      if (input === 'a' && !search.typing) return (setAll((v) => !v), setSCursor(0), setQCursor(0));
      const down = k.downArrow || input === 'j';
      const up = k.upArrow || input === 'k';
      if (k.leftArrow || input === 'h') return setFocus('speakers');
      if (k.rightArrow || input === 'l' || k.tab) return setFocus((f) => (f === 'speakers' ? 'quotes' : 'speakers'));
      if (focusRef.current === 'speakers') {
        const move = (d: number) => {
          setSCursor((c) => Math.max(0, Math.min(list.length - 1, c + d)));
          setQCursor(0);
        };
        if (down) return move(1);
        if (up) return move(-1);
        if (k.pageDown) return move(rowsH);
        if (k.pageUp) return move(-rowsH);
        if (k.return && items.length) return setFocus('quotes');
        if ((k.escape || k.backspace || k.delete) && onBack) return onBack();
      } else {
        const move = (d: number) => setQCursor((c) => Math.max(0, Math.min(items.length - 1, c + d)));
        if (down) return move(1);
        if (up) return move(-1);
        if (k.pageDown) return move(qVisible);
        if (k.pageUp) return move(-qVisible);
        if (k.escape || k.backspace || k.delete) return setFocus('speakers');
        const q = items[qRef.current];
        if (k.return && q) return onOpen(q.articleId, q.quoteId);
      }
    },
    active,
  );

  if (speakers.error) return <Text color="red">Could not load speakers: {speakers.error.message}</Text>;
  const sStart = windowStart(sCursor, rowsH, list.length);
  const qStart = windowStart(qCursor, qVisible, items.length);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="row" height={height - 1}>
        <Pane title={`Speakers (${list.length})${all ? ' · all' : ''}${search.query ? ` “${search.query}”` : ''}`} width={leftW} height={height - 1} focused={focus === 'speakers'}>
          {!list.length ? <Text dimColor>{speakers.loading ? 'Loading…' : 'No attributed quotes yet.'}</Text> : null}
          {list.slice(sStart, sStart + rowsH).map((s, i) => {
            const sel = sStart + i === sCursor;
            const count = `${s.quotes}q ${s.articles}a`;
            return (
              <Text key={s.name} wrap="truncate" inverse={sel && focus === 'speakers'} bold={sel}>
                {sel ? '› ' : '  '}
                <Text color={markStyles.speaker.color}>{cell(s.name, leftW - count.length - 3)}</Text> {count}
              </Text>
            );
          })}
        </Pane>
        <Pane title={speaker ? `Quotes by ${speaker.name} (${quotes.loading ? '…' : statementCount(items.length, quotes.data)})` : 'Quotes'} width={rightW} height={height - 1} focused={focus === 'quotes'}>
          {quotes.loading && speaker ? <Text dimColor>Loading…</Text> : null}
          {items.slice(qStart, qStart + qVisible).map((q, i) => {
            const sel = qStart + i === qCursor && focus === 'quotes';
            const flat = statementText(q);
            const wrapped = wrapText(flat, [], rightW - 2).slice(0, quoteLines);
            const shown = wrapped.map((l, j) => {
              const t = flat.slice(l.start, l.end);
              return j === quoteLines - 1 && l.end < flat.length ? truncate(t + ' …', rightW - 2) : t;
            });
            const conf = confidenceText(q.confidence);
            // Form and confidence first: they say how to read the line, and survive truncation.
            const meta = [formName(q.form), conf && `conf ${conf}`, q.role, q.articleTitle ?? q.articleId, shortDate(q.publishedAt)].filter(Boolean).join(' · ');
            return (
              <Box key={q.quoteId} flexDirection="column" height={perQuote}>
                {shown.map((t, j) => (
                  <Text key={j} wrap="truncate" color={markStyles.quote.color} inverse={sel}>
                    {j === 0 ? (sel ? '› ' : '  ') : '  '}
                    {t}
                  </Text>
                ))}
                <Text wrap="truncate" dimColor>
                  {'    — '}
                  {meta}
                </Text>
              </Box>
            );
          })}
        </Pane>
      </Box>
      {exporting !== null ? (
        <PromptLine label={`export ${speaker?.name ?? ''}'s quotes to: `} value={exporting} placeholder="file.csv or file.jsonl" />
      ) : search.typing ? (
        <PromptLine label="/" value={search.query} placeholder="find a speaker by name (Enter: keep, Esc: cancel)" />
      ) : notice ? (
        <Text wrap="truncate" color={notice.error ? 'red' : 'green'}>
          {notice.text}
        </Text>
      ) : (
        <Text dimColor wrap="truncate">
          {fitHints([
            ['↑↓ move', '↑↓'], ['Enter open at the quote', 'Enter open'], ['/ find', '/'], ...(onBack ? [['Esc back to the article', 'Esc back'] as const] : []),
            ['←→ pane', '←→'], ['e export', 'e'], [`a ${all ? 'named only' : 'all speakers'}`, 'a'], '? help',
          ], width)}
        </Text>
      )}
    </Box>
  );
}

/** Statements shown, or the quote total when the page holds only part of them. */
function statementCount(shown: number, page: { items: unknown[]; total: number } | undefined): number {
  return page && page.total > page.items.length ? page.total : shown;
}
