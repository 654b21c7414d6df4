/**
 * Entities across the corpus (filterable by type) with, for the selected one, the entities it
 * co-occurs with and its tone over time. Enter lists the articles that mention it.
 */
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { EntityType } from '@lede/core';
import type { CorpusStore } from '@lede/store';
import { Pane, windowStart } from '../components/Pane.js';
import { bar, cell, formatTone } from '../format.js';
import { useAsync } from '../hooks/use-async.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { useRowSearch } from '../hooks/use-row-search.js';
import { PromptLine } from '../components/TextInput.js';
import { TimeBars } from '../components/TimeBars.js';
import { entityKind, markStyles } from '../theme.js';
import { fitHints } from '../layout/key-hints.js';

const empty: never[] = [];
const types: Array<EntityType | undefined> = [undefined, 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT'];

export interface EntitiesViewProps {
  store: CorpusStore;
  width: number;
  height: number;
  active: boolean;
  onFilter(entity: string): void;
  version: number;
  onTyping?(typing: boolean): void;
  /** Select this entity (a jump from the article view); Esc then goes back there. */
  select?: { name: string; nonce: number };
  onBack?(): void;
}

export function EntitiesView({ store, width, height, active, onFilter, version, onTyping, select, onBack }: EntitiesViewProps) {
  const [typeIdx, setTypeIdx] = useState(0);
  const type = types[typeIdx];
  const entities = useAsync(() => store.topEntities({ limit: 1000, ...(type && { type }) }), [store, type, version]);
  // A jump names the entity as the article did ("Xi", an alias): the store resolves it to the corpus
  // entity, which joins the rows when it is not among the top ones loaded.
  const target = useAsync(() => (select ? store.entity(select.name) : Promise.resolve(undefined)), [store, select?.nonce]);
  const targetName = target.data?.name ?? select?.name;
  const rowsAll = useMemo(() => {
    const top = entities.data ?? empty;
    const t = target.data;
    if (!t || type || top.some((e) => e.name === t.name)) return top;
    return [{ name: t.name, type: t.type as EntityType, mentions: t.mentions, articles: t.articles }, ...top];
  }, [entities.data, target.data, type]);
  const [cursor, setCursor, cursorRef] = useLiveState(0);
  const search = useRowSearch(rowsAll, (e) => e.name, onTyping);
  // Only the top 1000 are loaded: a name found among none of them is asked of the store (any of
  // the entity's names, exactly), so `/` finds every entity of a large corpus by its name.
  const asked = search.query.trim();
  const lookup = useAsync(
    () => (asked && !search.rows.length ? store.entity(asked) : Promise.resolve(undefined)),
    [store, asked, search.rows.length === 0, version],
  );
  const found = lookup.data && !lookup.loading && (!type || lookup.data.type === type) ? lookup.data : undefined;
  const list = useMemo(
    () => (search.rows.length || !found ? search.rows : [{ name: found.name, type: found.type as EntityType, mentions: found.mentions, articles: found.articles }]),
    [search.rows, found],
  );
  // A jump from the article: all types, the cursor on that entity once the rows are in.
  useEffect(() => {
    if (!select) return;
    setTypeIdx(0);
    search.clear();
  }, [select?.nonce]);
  useEffect(() => {
    if (!select || type || target.loading) return;
    const at = list.findIndex((e) => e.name === targetName);
    if (at >= 0) setCursor(at);
  }, [select?.nonce, list, type, targetName, target.loading]);
  const selected = list[Math.min(cursor, list.length - 1)];
  const co = useAsync(
    () => (selected ? store.cooccurrence({ entity: selected.name, limit: 50 }) : Promise.resolve([])),
    [store, selected?.name, version],
  );
  const tone = useAsync(
    () => (selected ? store.entityTone(selected.name, { by: 'month' }) : Promise.resolve([])),
    [store, selected?.name, version],
  );

  const rowsH = height - 2;
  const leftW = Math.min(44, Math.floor(width * 0.45));
  const rightW = width - leftW - 1;

  useKeys(
    (input, k) => {
      if (search.key(input, k)) return setCursor(0);
      if ((k.escape || k.backspace || k.delete) && onBack) return onBack();
      const move = (d: number) => setCursor((c) => Math.max(0, Math.min(list.length - 1, c + d)));
      if (k.downArrow || input === 'j') return move(1);
      if (k.upArrow || input === 'k') return move(-1);
      if (k.pageDown) return move(rowsH);
      if (k.pageUp) return move(-rowsH);
      if (input === 't') {
        setCursor(0);
        return setTypeIdx((typeIdx + 1) % types.length);
      }
      const sel = list[cursorRef.current];
      if (k.return && sel) return onFilter(sel.name);
    },
    active,
  );

  if (entities.error) return <Text color="red">Could not load entities: {entities.error.message}</Text>;
  const start = windowStart(cursor, rowsH, list.length);
  // The other end of each co-occurring pair is the partner of the selected entity.
  const partners = (co.loading ? [] : (co.data ?? [])).map((p) => ({ name: p.a === selected?.name ? p.b : p.a, articles: p.articles }));
  const maxCo = Math.max(1, ...partners.map((p) => p.articles));
  const toneRows = tone.loading ? [] : (tone.data ?? []);
  const avgTone = toneRows.length ? toneRows.reduce((s, r) => s + r.tone * r.articles, 0) / Math.max(1, toneRows.reduce((s, r) => s + r.articles, 0)) : null;
  const nameW = Math.min(24, Math.floor(rightW / 2));

  const chartH = selected && toneRows.length ? Math.min(toneRows.length + 1, Math.max(2, Math.floor((rowsH - 2) / 4))) : 0;
  const toneH = chartH ? chartH + 1 : 0; // the tone chart's -1 … +1 scale takes a row
  const coH = Math.max(0, rowsH - chartH - toneH);
  const title = `Entities (${list.length})${search.query ? ` matching “${search.query}”` : ''} · type ${type ?? 'all'}`;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="row" height={height - 1}>
        <Pane title={title} width={leftW} height={height - 1} focused>
          {!list.length ? <Text dimColor>{entities.loading ? 'Loading…' : search.query ? 'No entity matches.' : 'No entities found.'}</Text> : null}
          {list.slice(start, start + rowsH).map((e, i) => {
            const sel = start + i === cursor;
            const right = `${e.type.padEnd(7)} ${String(e.mentions).padStart(5)}m ${String(e.articles).padStart(4)}a`;
            return (
              <Text key={`${e.type}:${e.name}`} wrap="truncate" inverse={sel}>
                {sel ? '› ' : '  '}
                <Text color={sel ? undefined : markStyles[entityKind(e.type)].color}>{cell(e.name, leftW - right.length - 3)}</Text> <Text dimColor={!sel}>{right}</Text>
              </Text>
            );
          })}
        </Pane>
        <Pane title={selected ? `${selected.name}` : 'Co-occurring entities'} width={rightW} height={height - 1} focused={false}>
          {chartH ? <TimeBars title={`Tone by month (mean ${formatTone(avgTone)})`} points={toneRows.map((r) => ({ period: r.period, value: r.tone }))} width={rightW} height={toneH} tone /> : null}
          {chartH ? <TimeBars title="Coverage: articles per month" points={toneRows.map((r) => ({ period: r.period, value: r.articles }))} width={rightW} height={chartH} /> : null}
          {selected && coH > 1 ? <Text bold>With {selected.name}</Text> : null}
          {selected && !partners.length && !co.loading ? <Text dimColor>No co-occurring entities.</Text> : null}
          {partners.slice(0, Math.max(0, coH - 1)).map((p) => (
            <Text key={p.name} wrap="truncate">
              {cell(p.name, nameW)} <Text color="cyan">{bar(p.articles, maxCo, rightW - nameW - 8)}</Text> {p.articles}
            </Text>
          ))}
        </Pane>
      </Box>
      {search.typing ? (
        <PromptLine label="/" value={search.query} placeholder="find an entity by name (Enter: keep, Esc: cancel)" />
      ) : (
        <Text dimColor wrap="truncate">
          {fitHints([['↑↓ move', '↑↓'], ['Enter articles', 'Enter'], ...(onBack ? [['Esc back to the article', 'Esc back'] as const] : []), ['/ find', '/'], ['t type', 't'], '? help'], width)}
        </Text>
      )}
    </Box>
  );
}
