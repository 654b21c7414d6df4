/**
 * Entities across the corpus (filterable by type) with, for the selected one, the entities it
 * co-occurs with and its tone over time. Enter lists the articles that mention it.
 */
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { EntityType } from '@lede/core';
import type { CorpusStore } from '@lede/store';
import { Pane, windowStart } from '../components/Pane.js';
import { bar, cell, formatTone, sparkline } from '../format.js';
import { useAsync } from '../hooks/use-async.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { entityKind, markStyles, toneColor } from '../theme.js';

const types: Array<EntityType | undefined> = [undefined, 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT'];

export interface EntitiesViewProps {
  store: CorpusStore;
  width: number;
  height: number;
  active: boolean;
  onFilter(entity: string): void;
  version: number;
}

export function EntitiesView({ store, width, height, active, onFilter, version }: EntitiesViewProps) {
  const [typeIdx, setTypeIdx] = useState(0);
  const type = types[typeIdx];
  const entities = useAsync(() => store.topEntities({ limit: 1000, ...(type && { type }) }), [store, type, version]);
  const [cursor, setCursor, cursorRef] = useLiveState(0);
  const list = entities.data ?? [];
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

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="row" height={height - 1}>
        <Pane title={`Entities (${list.length}) · type ${type ?? 'all'}`} width={leftW} height={height - 1} focused>
          {!list.length ? <Text dimColor>{entities.loading ? 'Loading…' : 'No entities found.'}</Text> : null}
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
        <Pane title={selected ? `With ${selected.name}` : 'Co-occurring entities'} width={rightW} height={height - 1} focused={false}>
          {selected ? (
            <Text wrap="truncate">
              <Text dimColor>tone by month </Text>
              <Text color={toneColor(avgTone)}>{formatTone(avgTone)} </Text>
              <Text>{sparkline(toneRows.slice(-(rightW - 22)).map((r) => r.tone + 1), 2)}</Text>
            </Text>
          ) : null}
          {selected && !partners.length && !co.loading ? <Text dimColor>No co-occurring entities.</Text> : null}
          {partners.slice(0, rowsH - 1).map((p) => (
            <Text key={p.name} wrap="truncate">
              {cell(p.name, nameW)} <Text color="cyan">{bar(p.articles, maxCo, rightW - nameW - 8)}</Text> {p.articles}
            </Text>
          ))}
        </Pane>
      </Box>
      <Text dimColor wrap="truncate">
        ↑↓ move · t type · Enter articles mentioning it · ? help
      </Text>
    </Box>
  );
}
