import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { accent } from '../theme.js';

/** A titled column; the focused one has an accent title so the reader sees where keys go. */
export function Pane({ title, width, height, focused, children }: { title: string; width: number; height: number; focused: boolean; children: ReactNode }) {
  return (
    <Box flexDirection="column" width={width} height={height} marginRight={1}>
      <Text bold color={focused ? accent : undefined} wrap="truncate">
        {focused ? '▸ ' : '  '}
        {title}
      </Text>
      {children}
    </Box>
  );
}

/** First visible index so that `cursor` stays inside a window of `visible` items. */
export function windowStart(cursor: number, visible: number, total: number): number {
  if (total <= visible) return 0;
  return Math.max(0, Math.min(total - visible, cursor - Math.floor(visible / 2)));
}
