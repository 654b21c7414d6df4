/**
 * The corpus list: one row per article (title, source, date, top themes, quotes, tone), sortable,
 * filterable, with incremental full-text search. Virtualised: only the rows on screen are rendered
 * and only the pages around them are fetched from the store.
 */
import { Box, Text } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, CorpusStore, ListQuery, SearchHit } from '@lede/store';
import { editLine, PromptLine } from '../components/TextInput.js';
import { cell, formatTone, shortDate } from '../format.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { usePagedRows } from '../hooks/use-paged-rows.js';
import { formatFilter, parseFilter, type ListFilter } from '../layout/filter.js';
import { fitHints } from '../layout/key-hints.js';
import { accent, toneColor } from '../theme.js';
import { defaultExportPath, exportArticles, exportHits, formatOf } from '../data/export.js';

type Sort = NonNullable<ListQuery['sort']>;
const sorts: Sort[] = ['date', 'title', 'quotes', 'tone', 'added'];

export interface ListViewProps {
  store: CorpusStore;
  width: number;
  height: number;
  active: boolean;
  filter: ListFilter;
  onFilterChange(f: ListFilter): void;
  /** Open an article; `searchTerm` is the search it was found by, marked in the article. */
  onOpen(articleId: string, searchTerm?: string): void;
  onTyping(typing: boolean): void;
  /** Bumps while inputs are still loading (>= 0), so the list refreshes as the corpus grows; -1 when complete. */
  version: number;
}

type Mode = 'browse' | 'search' | 'filter' | 'export';

/** The most search hits the list shows; at the cap the count reads "500+", not a false total. */
const SEARCH_LIMIT = 500;

/** What a set of hits answers: the query and the filter it was combined with. */
const searchKey = (q: string, f: ListFilter) => `${q}\u0000${formatFilter(f)}`;

interface Columns {
  title: number;
  source: number;
  date: number;
  themes: number;
  quotes: number;
  tone: number;
}

/** The widest title, source and themes cell among the rows on screen. */
interface Needs {
  title: number;
  source: number;
  themes: number;
}

/**
 * Column widths for the terminal width and what the rows on screen hold: source and themes get
 * what they need (within bounds) and the title the rest; a title column wider than any title
 * gives its spare room back to the themes. Narrow screens drop source, then themes.
 */
export function columnsFor(width: number, needs: Needs = { title: width, source: 14, themes: 24 }): Columns {
  const source = width >= 70 ? Math.max(6, Math.min(20, needs.source)) : 0;
  const fixed = 2 + 11 + 7 + 7 + (source && source + 1);
  if (width < 96) return { title: Math.max(10, width - fixed), source, date: 10, themes: 0, quotes: 6, tone: 6 };
  let themes = Math.max(8, Math.min(needs.themes, Math.floor((width - fixed) * 0.3)));
  let title = Math.max(10, width - fixed - themes - 1);
  const spare = title - Math.max(24, needs.title);
  if (spare > 0 && needs.themes > themes) {
    const more = Math.min(spare, needs.themes - themes);
    themes += more;
    title -= more;
  }
  return { title, source, date: 10, themes, quotes: 6, tone: 6 };
}

function Header({ c }: { c: Columns }) {
  return (
    <Text bold wrap="truncate">
      {'  '}
      {cell('Title', c.title)} {c.source ? cell('Source', c.source) + ' ' : ''}
      {cell('Date', c.date)} {c.themes ? cell('Themes', c.themes) + ' ' : ''}
      {cell('Quotes', c.quotes, true)} {cell('Tone', c.tone, true)}
    </Text>
  );
}

function Row({ a, c, selected }: { a: ArticleSummary | undefined; c: Columns; selected: boolean }) {
  const marker = selected ? '› ' : '  ';
  if (!a) return <Text dimColor>{marker}…</Text>;
  return (
    <Text wrap="truncate" inverse={selected}>
      <Text color={selected ? undefined : accent}>{marker}</Text>
      {cell(a.title || a.opening || a.id, c.title)} {c.source ? <Text dimColor={!selected}>{cell(a.source ?? '', c.source)} </Text> : null}
      {cell(shortDate(a.publishedAt), c.date)} {c.themes ? <Text color={selected ? undefined : 'magenta'}>{cell(a.topThemes.join(', '), c.themes)} </Text> : null}
      {cell(String(a.quoteCount), c.quotes, true)}{' '}
      <Text color={selected ? undefined : toneColor(a.tone)}>{cell(formatTone(a.tone), c.tone, true)}</Text>
    </Text>
  );
}

/** A search snippet with the store's [match] brackets shown as highlights. */
function Snippet({ text, width }: { text: string; width: number }) {
  const parts = text.replace(/\s+/g, ' ').split(/(\[[^\]]*\])/);
  let left = width;
  const out = [];
  for (let i = 0; i < parts.length && left > 0; i++) {
    const p = parts[i]!;
    const isMatch = p.startsWith('[') && p.endsWith(']');
    const shown = (isMatch ? p.slice(1, -1) : p).slice(0, left);
    left -= shown.length;
    out.push(isMatch ? <Text key={i} color="yellow" bold>{shown}</Text> : <Text key={i} dimColor>{shown}</Text>);
  }
  return <Text wrap="truncate">{'    '}{out}</Text>;
}

export function ListView(props: ListViewProps) {
  const { store, width, height, active, filter, onFilterChange, onOpen, onTyping, version } = props;
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const [sort, setSort, sortRef] = useLiveState<Sort>('date');
  const [order, setOrder, orderRef] = useLiveState<'asc' | 'desc'>('desc');
  const [mode, setModeState, modeRef] = useLiveState<Mode>('browse');
  const [query, setQuery, queryRef] = useLiveState('');
  const [filterDraft, setFilterDraft, draftRef] = useLiveState('');
  const [exportPath, setExportPath, exportRef] = useLiveState('');
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>();
  // Results with the query they answer, so Enter never opens a row of an older query.
  const [found, setFound, foundRef] = useLiveState<{ q: string; items: SearchHit[]; capped?: boolean } | null>(null);
  const hits = found?.items ?? null;
  const [searchError, setSearchError] = useState<string | undefined>();
  const [pos, setPos, posRef] = useLiveState({ cursor: 0, top: 0 });
  const { cursor, top } = pos;

  const setMode = (m: Mode) => {
    setModeState(m);
    onTyping(m !== 'browse');
  };

  const key = JSON.stringify({ sort, order, filter });
  const rows = usePagedRows<ArticleSummary>(
    (offset, limit) => store.list({ offset, limit, sort, order, ...filter }),
    key,
    version,
  );

  // Incremental search: query the index as the reader types (debounced), newest query wins.
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound(null);
      setSearchError(undefined);
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      // Search and filter combine (AND): the store applies the list's filter to the hits.
      store.search(q, { kind: 'articles', limit: SEARCH_LIMIT, ...filter }).then(
        (res) => {
          if (!live) return;
          const seen = new Set<string>();
          setFound({ q: searchKey(q, filter), items: res.filter((h) => !seen.has(h.articleId) && seen.add(h.articleId)), capped: res.length >= SEARCH_LIMIT });
          setSearchError(undefined);
        },
        (e: unknown) => live && setSearchError(e instanceof Error ? e.message : String(e)),
      );
    }, 80);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, filter, store, version, setFound]);

  useEffect(() => setPos({ cursor: 0, top: 0 }), [key, query, setPos]);

  const runExport = (path: string) => {
    setNotice({ text: `Exporting to ${path}…` });
    const q = queryRef.current.trim();
    const done = q && foundRef.current ? exportHits(foundRef.current.items, path) : exportArticles(store, { sort: sortRef.current, order: orderRef.current, ...filterRef.current }, path);
    done.then(
      (n) => setNotice({ text: `Exported ${n.toLocaleString('en')} row${n === 1 ? '' : 's'} (${formatOf(path).toUpperCase()}) to ${path}` }),
      (e: unknown) => setNotice({ text: `Export failed: ${e instanceof Error ? e.message : String(e)}`, error: true }),
    );
  };

  const chrome = 3 + (mode === 'browse' ? 0 : 1) + (notice ? 1 : 0); // status line + header + hint, the prompt and a notice
  const searching = hits !== null;
  const rowHeight = searching ? 2 : 1;
  const visible = Math.max(1, Math.floor((height - chrome) / rowHeight));
  const total = searching ? hits.length : (rows.total ?? 0);

  useEffect(() => {
    if (!searching) rows.ensure(top, top + visible);
  }, [top, visible, searching, rows]);

  const move = (to: (cursor: number) => number) =>
    setPos((p) => {
      const c = Math.max(0, Math.min(total - 1, to(p.cursor)));
      const t = c < p.top ? c : c >= p.top + visible ? c - visible + 1 : p.top;
      return { cursor: c, top: Math.max(0, t) };
    });

  useKeys(
    (input, k) => {
      const m = modeRef.current;
      if (m === 'export') {
        const r = editLine(exportRef.current, input, k);
        setExportPath(r.value);
        if (r.action === 'submit' && r.value.trim()) runExport(r.value.trim());
        if (r.action) setMode('browse');
        return;
      }
      if (m !== 'browse') {
        // The prompt has the keyboard: edit the query (searching as it changes) or the filter.
        const r = editLine(m === 'search' ? queryRef.current : draftRef.current, input, k);
        if (m === 'search') {
          if (r.action === 'cancel') setQuery('');
          else setQuery(r.value);
        } else if (r.action === 'submit') onFilterChange(parseFilter(r.value));
        else setFilterDraft(r.value);
        if (r.action) setMode('browse');
        return;
      }
      if (k.downArrow || input === 'j') return move((c) => c + 1);
      if (k.upArrow || input === 'k') return move((c) => c - 1);
      if (k.pageDown || input === ' ' || (k.ctrl && input === 'd')) return move((c) => c + visible);
      if (k.pageUp || input === 'b' || (k.ctrl && input === 'u')) return move((c) => c - visible);
      if (k.home || input === 'g') return move(() => 0);
      if (k.end || input === 'G') return move(() => total - 1);
      if (k.return || k.rightArrow) {
        const at = posRef.current.cursor;
        const q = queryRef.current.trim();
        if (q && foundRef.current?.q !== searchKey(q, filterRef.current)) return; // results for this query still on their way
        const id = q ? foundRef.current?.items[at]?.articleId : rows.rowAt(at)?.id;
        if (id) onOpen(id, q || undefined);
        return;
      }
      if (input === '/') return setMode('search');
      if (input === 'e') {
        setExportPath(defaultExportPath(queryRef.current.trim() ? 'search' : 'articles'));
        return setMode('export');
      }
      if (input === 'f') {
        setFilterDraft(formatFilter(filter));
        return setMode('filter');
      }
      if (input === 's' && !searching) {
        // Each sort starts in its natural order: A→Z for titles, biggest/newest first otherwise.
        const next = sorts[(sorts.indexOf(sortRef.current) + 1) % sorts.length]!;
        setOrder(next === 'title' ? 'asc' : 'desc');
        return setSort(next);
      }
      if (input === 'r' && !searching) return setOrder((o) => (o === 'asc' ? 'desc' : 'asc'));
      if (k.escape || k.backspace || k.delete) {
        if (searching || queryRef.current) return setQuery('');
        if (Object.keys(filter).length) return onFilterChange({});
      }
    },
    active,
  );

  const onScreen: ArticleSummary[] = [];
  if (!searching) for (let i = top; i < Math.min(total, top + visible); i++) { const a = rows.rowAt(i); if (a) onScreen.push(a); }
  const needs: Needs = {
    title: Math.max(5, ...onScreen.map((a) => (a.title || a.opening || a.id).length)),
    source: Math.max(6, ...onScreen.map((a) => (a.source ?? '').length)),
    themes: Math.max(6, ...onScreen.map((a) => a.topThemes.join(', ').length)),
  };
  const c = useMemo(() => columnsFor(width, needs), [width, needs.title, needs.source, needs.themes]);
  const filterText = formatFilter(filter);
  const first = total ? top + 1 : 0;
  const last = Math.min(total, top + visible);
  const status = searching
    ? `Search “${query.trim()}”: ${hits.length}${found?.capped ? '+' : ''} article${hits.length === 1 && !found?.capped ? '' : 's'}${found?.capped ? ' (the best; narrow with f)' : ''}`
    : `Articles ${first}–${last} of ${rows.total === null ? '…' : rows.total.toLocaleString('en')} · sort ${sort} ${order === 'desc' ? '↓' : '↑'}`;

  const lines = [];
  for (let i = top; i < Math.min(total, top + visible); i++) {
    if (searching) {
      const h = hits[i]!;
      const sel = i === cursor;
      lines.push(
        <Box key={h.articleId} flexDirection="column">
          <Text wrap="truncate" inverse={sel} bold>
            {sel ? '› ' : '  '}
            {cell(h.title || h.articleId, width - 2)}
          </Text>
          <Snippet text={h.snippet} width={width - 4} />
        </Box>,
      );
    } else {
      lines.push(<Row key={i} a={rows.rowAt(i)} c={c} selected={i === cursor} />);
    }
  }

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate">
        <Text color={accent} bold>{status}</Text>
        {filterText ? <Text color="yellow"> · filter {filterText}</Text> : null}
      </Text>
      {mode === 'search' ? <PromptLine label="/" value={query} placeholder="search titles, text and quotes (Enter: keep results, Esc: cancel)" /> : null}
      {mode === 'export' ? <PromptLine label="export to: " value={exportPath} placeholder="file.csv or file.jsonl" /> : null}
      {mode === 'filter' ? <PromptLine label="filter: " value={filterDraft} placeholder={width >= 100 ? 'theme:Economy score:0.7 entity:"Xi Jinping" speaker:Liu outlet:Reuters from:2024-01-01' : 'theme: entity: speaker: outlet: from:'} /> : null}
      {searching ? null : <Header c={c} />}
      <Box flexDirection="column" flexGrow={1}>
        {rows.error || searchError ? <Text color="red">{searchError ?? rows.error?.message}</Text> : null}
        {total === 0 && (searching || rows.total === 0) ? (
          <Text dimColor>{searching ? '  No article matches.' : filterText ? '  No article matches this filter (Esc clears it).' : version >= 0 ? '  Analysing the inputs…' : '  The corpus is empty.'}</Text>
        ) : null}
        {total === 0 && !searching && rows.total === null && !rows.error ? <Text dimColor>  Loading…</Text> : null}
        {lines}
      </Box>
      {notice ? (
        <Text wrap="truncate" color={notice.error ? 'red' : 'green'}>
          {notice.text}
        </Text>
      ) : null}
      <Text dimColor wrap="truncate">
        {fitHints([['↑↓ move', '↑↓'], ['Enter open', 'Enter'], ['/ search', '/'], ['f filter', 'f'], ['s sort', 's'], ['r reverse', 'r'], ['e export', 'e'], ['Esc clear', 'Esc'], '? help'], width)}
      </Text>
    </Box>
  );
}
