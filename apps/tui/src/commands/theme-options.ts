import type { Command } from 'commander';

/** The theme filters every store query command takes; the store validates and combines them (AND). */
export interface ThemeCliOptions { theme?: string; primary?: string; minScore?: number }

/** Add --theme, --primary and --min-score to a store query command. */
export function themeFilterOptions(cmd: Command): Command {
  return cmd
    .option('--theme <theme>', 'theme label or IPTC id: articles with it as primary topic or at/above the 0.5 threshold')
    .option('--primary <topic>', 'only articles whose primary top-level topic is this (label or IPTC id)')
    .option('--min-score <s>', 'with --theme: only articles scoring at least this for it (0..1)', scoreArg);
}

/** The store query part of the options. */
export const themeQuery = (o: ThemeCliOptions): ThemeCliOptions => ({
  ...(o.theme !== undefined && { theme: o.theme }),
  ...(o.primary !== undefined && { primary: o.primary }),
  ...(o.minScore !== undefined && { minScore: o.minScore }),
});

function scoreArg(value: string): number {
  const n = Number(value);
  if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value.trim()) || !Number.isFinite(n)) {
    process.stderr.write(`lede: INVALID_OPTION (min-score): expected a number between 0 and 1, got "${value}"\n`);
    process.exit(2);
  }
  return n;
}
