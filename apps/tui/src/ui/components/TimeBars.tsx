import { Box, Text } from 'ink';
import { bar, cell, formatTone, toneGauge } from '../format.js';
import { toneAxis } from '../layout/time-axis.js';
import { toneColor } from '../theme.js';

export interface TimePoint {
  period: string;
  value: number;
}

/**
 * A small chart over time: one labelled row per period (the most recent that fit), a bar scaled to
 * the largest value, or for tone a gauge centred on zero (┼) with its -1 … +1 scale below, and the
 * value itself.
 */
export function TimeBars({ title, points, width, height, tone = false }: { title: string; points: readonly TimePoint[]; width: number; height: number; tone?: boolean }) {
  if (height < 2) return null;
  const axis = tone && height >= 3 ? 1 : 0;
  const shown = points.slice(-(height - 1 - axis));
  const max = Math.max(1, ...shown.map((p) => p.value));
  const barW = Math.max(4, width - 10 - 7);
  return (
    <Box flexDirection="column" height={Math.min(height, shown.length + 1 + axis)}>
      <Text bold wrap="truncate">{title}</Text>
      {shown.map((p) => (
        <Text key={p.period} wrap="truncate">
          <Text dimColor>{cell(p.period, 10)}</Text>
          {tone ? (
            <Text color={toneColor(p.value)}>{toneGauge(p.value, barW - 1)} {formatTone(p.value).padStart(5)}</Text>
          ) : (
            <Text color="cyan">{cell(bar(p.value, max, barW), barW)} {String(p.value).padStart(5)}</Text>
          )}
        </Text>
      ))}
      {axis ? <Text dimColor wrap="truncate">{' '.repeat(10)}{toneAxis(barW - 1)}</Text> : null}
    </Box>
  );
}
