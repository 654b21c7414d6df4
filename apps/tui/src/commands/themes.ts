import type { Command } from 'commander';
import { printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/** `lede themes`: a theme's coverage over time (articles per day, week or month). */
export function registerThemes(program: Command): void {
  storeOptions(
    program
      .command('themes')
      .alias('timeline')
      .description('theme timeline: articles per theme per day, week (named by its Monday) or month')
      .option('--theme <theme>', 'one theme (label or IPTC id); default all')
      .option('--by <period>', 'day, week or month', 'month'),
  ).action(async (opts: StoreCliOptions & { theme?: string; by: 'day' | 'week' | 'month' }) => {
    process.exitCode = await withStore(opts, async (store) => {
      const rows = await store.themeTimeline({ theme: opts.theme, by: opts.by });
      const max = Math.max(1, ...rows.map((r) => r.articles));
      printRows(rows, [['period', (r) => r.period], ['theme', (r) => r.theme], ['articles', (r) => r.articles], ['', (r) => '█'.repeat(Math.ceil((r.articles / max) * 30))]], opts.json);
    });
  });
}
