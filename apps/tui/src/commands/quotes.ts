import type { Command } from 'commander';
import { themeFilterOptions, themeQuery, type ThemeCliOptions } from './theme-options.js';
import { formatOf, intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

type Opts = StoreCliOptions & ThemeCliOptions & { speaker?: string; from?: string; to?: string; limit: number; offset: number };

/** `lede quotes`: stored quotes by speaker, theme and date, newest first. */
export function registerQuotes(program: Command): void {
  storeOptions(
    themeFilterOptions(program
      .command('quotes')
      .description('list stored quotes, filtered by speaker, theme and date (what a person said over time)')
      .option('--speaker <name>', 'speaker name or entity key, e.g. "Tony Blair"')
      .option('--from <date>', 'first day (YYYY-MM-DD)')
      .option('--to <date>', 'last day (YYYY-MM-DD)')
      .option('--limit <n>', 'page size', intArg('limit'), 50)
      .option('--offset <n>', 'skip this many', intArg('offset'), 0)),
  ).action(async (opts: Opts) => {
    process.exitCode = await withStore(opts, async (store) => {
      const { speaker, from, to, limit, offset } = opts;
      const page = await store.quotes({ speaker, ...themeQuery(opts), from, to, limit, offset });
      if (formatOf(opts) === 'json') return void process.stdout.write(JSON.stringify(page, null, 2) + '\n');
      printRows(page.items, [['date', (q) => q.publishedAt?.slice(0, 10)], ['speaker', (q) => q.speaker], ['article', (q) => q.articleId], ['quote', (q) => (formatOf(opts) === 'table' ? `“${q.text}”` : q.text)]], opts);
      if (formatOf(opts) === 'table') process.stdout.write(`${page.items.length} of ${page.total} quotes\n`);
    });
  });
}
