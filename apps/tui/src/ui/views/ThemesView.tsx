/**
 * The theme timeline: one sparkline per theme over days, weeks or months, and bars per period for
 * the selected theme. Enter lists the articles on that theme.
 */
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { CorpusStore } from '@lede/store';
import { windowStart } from '../components/Pane.js';
import { bar, cell, sparkline } from '../format.js';
import { useAsync } from '../hooks/use-async.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { useRowSearch } from '../hooks/use-row-search.js';
import { PromptLine } from '../components/TextInput.js';
import { accent } from '../theme.js';
import { fitHints } from '../layout/key-hints.js';
import { periodAxis } from '../layout/time-axis.js';

const grains = ['month', 'week', 'day'] as const;

export interface ThemesViewProps {
  store: CorpusStore;
  width: number;
  height: number;
  active: boolean;
  onFilter(theme: string): void;
  version: number;
  onTyping?(typing: boolean): void;
}

interface ThemeSeries {
  theme: string;
  total: number;
  counts: number[];
}

/** Pivot (period, theme, articles) rows into one aligned series per theme, biggest first. */
export function pivotTimeline(rows: ReadonlyArray<{ period: string; theme: string; articles: number }>): { periods: string[]; series: ThemeSeries[] } {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const at = new Map(periods.map((p, i) => [p, i]));
  const byTheme = new Map<string, ThemeSeries>();
  for (const r of rows) {
    let s = byTheme.get(r.theme);
    if (!s) byTheme.set(r.theme, (s = { theme: r.theme, total: 0, counts: new Array<number>(periods.length).fill(0) }));
    s.counts[at.get(r.period)!]! += r.articles;
    s.total += r.articles;
  }
  return { periods, series: [...byTheme.values()].sort((a, b) => b.total - a.total || a.theme.localeCompare(b.theme)) };
}

export function ThemesView({ store, width, height, active, onFilter, version, onTyping }: ThemesViewProps) {
  const [grain, setGrain] = useState(0);
  const timeline = useAsync(() => store.themeTimeline({ by: grains[grain] }), [store, grain, version]);
  const { periods, series: allSeries } = useMemo(() => pivotTimeline(timeline.data ?? []), [timeline.data]);
  // The facet: how many articles have each theme as their primary topic (all time, not per period).
  const facet = useAsync(() => store.themeCounts({ limit: 10_000 }), [store, version]);
  const primaryOf = useMemo(() => new Map((facet.data ?? []).map((c) => [c.label, c.primary])), [facet.data]);
  const search = useRowSearch(allSeries, (s) => s.theme, onTyping);
  const series = search.rows;
  const [cursor, setCursor, cursorRef] = useLiveState(0);
  const selected = series[Math.min(cursor, series.length - 1)];

  const barsH = Math.max(3, Math.floor((height - 3) * 0.4));
  const listH = Math.max(1, height - 4 - barsH); // one row under the list: the time axis
  const labelW = Math.min(28, Math.floor(width * 0.3));
  const sparkW = Math.max(4, width - labelW - 12);
  const shown = periods.slice(-sparkW);
  const globalMax = Math.max(0, ...series.flatMap((s) => s.counts.slice(-sparkW)));

  useKeys(
    (input, k) => {
      if (search.key(input, k)) return setCursor(0);
      const move = (d: number) => setCursor((c) => Math.max(0, Math.min(series.length - 1, c + d)));
      if (k.downArrow || input === 'j') return move(1);
      if (k.upArrow || input === 'k') return move(-1);
      if (k.pageDown) return move(listH);
      if (k.pageUp) return move(-listH);
      if (input === 'b') return setGrain((grain + 1) % grains.length);
      const sel = series[cursorRef.current];
      if (k.return && sel) return onFilter(sel.theme);
    },
    active,
  );

  if (timeline.error) return <Text color="red">Could not load the theme timeline: {timeline.error.message}</Text>;
  const start = windowStart(cursor, listH, series.length);
  const recent = selected ? selected.counts.map((n, i) => ({ period: periods[i]!, n })).slice(-(barsH - 1)) : [];
  const maxRecent = Math.max(1, ...recent.map((r) => r.n));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={accent} wrap="truncate">
        Themes by {grains[grain]} ({series.length}){search.query ? ` matching “${search.query}”` : ''}{shown.length ? ` · ${shown[0]} → ${shown[shown.length - 1]}` : ''}
      </Text>
      <Box flexDirection="column" height={listH}>
        {!series.length ? <Text dimColor>{timeline.loading ? 'Loading…' : 'No dated articles with themes yet.'}</Text> : null}
        {series.slice(start, start + listH).map((s, i) => {
          const sel = start + i === cursor;
          return (
            <Text key={s.theme} wrap="truncate" inverse={sel}>
              {sel ? '› ' : '  '}
              {cell(s.theme, labelW)} {String(s.total).padStart(6)} <Text color={sel ? undefined : 'magenta'}>{sparkline(s.counts.slice(-sparkW), globalMax)}</Text>
            </Text>
          );
        })}
      </Box>
      <Text dimColor wrap="truncate">
        {' '.repeat(2 + labelW + 1 + 6 + 1)}
        {periodAxis(shown)}
      </Text>
      <Box flexDirection="column" height={barsH}>
        <Text bold wrap="truncate">
          {selected ? `${selected.theme}: articles per ${grains[grain]}${primaryOf.has(selected.theme) ? ` · ${primaryOf.get(selected.theme)} with it as primary topic` : ''}` : ''}
        </Text>
        {recent.map((r) => (
          <Text key={r.period} wrap="truncate">
            {cell(r.period, 10)} <Text color="magenta">{bar(r.n, maxRecent, width - 20)}</Text> {r.n}
          </Text>
        ))}
      </Box>
      {search.typing ? (
        <PromptLine label="/" value={search.query} placeholder="find a theme (Enter: keep, Esc: cancel)" />
      ) : (
        <Text dimColor wrap="truncate">
          {fitHints([['↑↓ move', '↑↓'], ['Enter articles on this theme', 'Enter articles'], ['/ find', '/'], ['b day/week/month', 'b period'], '? help'], width)}
        </Text>
      )}
    </Box>
  );
}
