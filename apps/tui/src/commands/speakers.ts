import type { Command } from 'commander';
import { themeFilterOptions, themeQuery, type ThemeCliOptions } from './theme-options.js';
import { intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/**
 * `lede speakers`: who is quoted most (optionally on one theme, in a date range). Counts statements
 * by named or resolved speakers and linked organisations; `--all` adds descriptions.
 */
export function registerSpeakers(program: Command): void {
  storeOptions(
    themeFilterOptions(program
      .command('speakers')
      .description('top quoted speakers (named people and organisations), optionally per theme and date range')
      .option('--from <date>', 'first day (YYYY-MM-DD)')
      .option('--to <date>', 'last day (YYYY-MM-DD)')
      .option('--limit <n>', 'how many', intArg('limit'), 20)
      .option('--offset <n>', 'skip this many', intArg('offset'), 0)
      .option('--all', 'include unresolved descriptions ("analysts", "a spokesman") and unlinked organisations')),
  ).action(async (opts: StoreCliOptions & ThemeCliOptions & { from?: string; to?: string; limit: number; offset: number; all?: boolean }) => {
    process.exitCode = await withStore(opts, async (store) => {
      const rows = (await store.topSpeakers({ ...themeQuery(opts), from: opts.from, to: opts.to, limit: opts.limit + opts.offset, ...(opts.all && { all: true }) }))
        .slice(opts.offset)
        // Entity keys ("PERSON:tony blair") are internal; only a Wikidata id is worth showing.
        .map(({ entityId, ...r }) => ({ ...r, ...(entityId?.startsWith('wikidata:') && { entityId: entityId.slice(9) }) }));
      printRows(rows, [['speaker', (r) => r.name], ['quotes', (r) => r.quotes], ['articles', (r) => r.articles], ['wikidata', (r) => r.entityId]], opts);
    });
  });
}
