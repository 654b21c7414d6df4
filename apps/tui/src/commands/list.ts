import type { Command } from 'commander';
import { themeFilterOptions, themeQuery, type ThemeCliOptions } from './theme-options.js';
import { formatOf, intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

type Opts = StoreCliOptions & ThemeCliOptions & {
  entity?: string; speaker?: string; outlet?: string; from?: string; to?: string;
  sort?: 'date' | 'title' | 'quotes' | 'tone' | 'added'; order?: 'asc' | 'desc'; limit: number; offset: number;
};

/** `lede list`: stored articles with their top themes, quote count and tone; filters and paging. */
export function registerList(program: Command): void {
  storeOptions(
    themeFilterOptions(program
      .command('list')
      .description('list stored articles (filter by theme, entity, speaker, date; sort; page)')
      .option('--entity <name>', 'articles mentioning this entity')
      .option('--speaker <name>', 'articles quoting this speaker')
      .option('--outlet <name>', 'articles from this outlet (the source, e.g. Reuters; any case)')
      .option('--from <date>', 'first day (YYYY-MM-DD)')
      .option('--to <date>', 'last day (YYYY-MM-DD)')
      .option('--sort <key>', 'date, title, quotes, tone or added', 'added')
      .option('--order <order>', 'asc or desc')
      .option('--limit <n>', 'page size', intArg('limit'), 50)
      .option('--offset <n>', 'skip this many', intArg('offset'), 0)),
  ).action(async (opts: Opts) => {
    process.exitCode = await withStore(opts, async (store) => {
      const { entity, speaker, outlet, from, to, sort, order, limit, offset } = opts;
      const page = await store.list({ ...themeQuery(opts), entity, speaker, ...(outlet !== undefined && { source: outlet }), from, to, sort, order, limit, offset });
      if (formatOf(opts) === 'json') return void process.stdout.write(JSON.stringify(page, null, 2) + '\n');
      printRows(page.items, [
        ['id', (a) => a.id], ['date', (a) => a.publishedAt?.slice(0, 10)], ['quotes', (a) => a.quoteCount], ['tone', (a) => a.tone],
        ['themes', (a) => a.topThemes.join(', ')], ['title', (a) => (a.duplicateOf ? `${a.title ?? a.opening ?? ''} (copy of ${a.duplicateOf})` : (a.title ?? a.opening))],
      ], opts);
      if (formatOf(opts) === 'table') process.stdout.write(`${page.items.length} of ${page.total} articles\n`);
    });
  });
}
