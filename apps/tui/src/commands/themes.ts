import type { Command } from 'commander';
import { intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

type Opts = StoreCliOptions & { theme?: string; by: 'day' | 'week' | 'month'; counts?: boolean; from?: string; to?: string; offset: number };

/** `lede themes`: a theme's coverage over time, or with --counts the theme facet (tagged and primary articles). */
export function registerThemes(program: Command): void {
  storeOptions(
    program
      .command('themes')
      .alias('timeline')
      .description('theme timeline: articles per theme per day, week (named by its Monday) or month; --counts: articles per theme and as primary topic')
      .option('--theme <theme>', 'one theme (label or IPTC id); default all')
      .option('--by <period>', 'day, week or month', 'month')
      .option('--counts', 'the theme facet: per theme, tagged articles and articles with it as primary topic')
      .option('--from <date>', 'with --counts: first day (YYYY-MM-DD)')
      .option('--to <date>', 'with --counts: last day (YYYY-MM-DD)')
      .option('--offset <n>', 'skip this many rows', intArg('offset'), 0),
  ).action(async (opts: Opts) => {
    process.exitCode = await withStore(opts, async (store) => {
      if (opts.counts) {
        const rows = (await store.themeCounts({ from: opts.from, to: opts.to, limit: 10_000 })).slice(opts.offset);
        printRows(rows, [['theme', (r) => r.label], ['id', (r) => r.themeId], ['articles', (r) => r.articles], ['primary', (r) => r.primary]], opts);
        return;
      }
      const rows = (await store.themeTimeline({ theme: opts.theme, by: opts.by })).slice(opts.offset);
      const max = Math.max(1, ...rows.map((r) => r.articles));
      printRows(rows, [['period', (r) => r.period], ['theme', (r) => r.theme], ['articles', (r) => r.articles], ['', (r) => '█'.repeat(Math.ceil((r.articles / max) * 30))]], opts);
    });
  });
}
