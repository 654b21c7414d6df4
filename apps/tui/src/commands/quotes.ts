import type { Command } from 'commander';
import { themeFilterOptions, themeQuery, type ThemeCliOptions } from './theme-options.js';
import { formatOf, intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';
import { quoteFilterOptions, quoteFilterQuery, type QuoteFilterCliOptions } from './quote-options.js';
import { confidenceText, formName, groupStatements, statementText } from '../report/quote-display.js';

type Opts = StoreCliOptions & ThemeCliOptions & QuoteFilterCliOptions & { speaker?: string; outlet?: string; from?: string; to?: string; limit: number; offset: number };

/** `lede quotes`: stored quotes by speaker, theme, date, form and confidence, newest first; one row per statement. */
export function registerQuotes(program: Command): void {
  storeOptions(
    quoteFilterOptions(themeFilterOptions(program
      .command('quotes')
      .description('list stored quotes, filtered by speaker, theme and date (what a person said over time); indirect speech is shown as paraphrase, without quotation marks')
      .option('--speaker <name>', 'speaker name or entity key, e.g. "Tony Blair"')
      .option('--outlet <name>', 'only quotes in articles from this outlet (any case)')
      .option('--from <date>', 'first day (YYYY-MM-DD)')
      .option('--to <date>', 'last day (YYYY-MM-DD)')
      .option('--limit <n>', 'page size', intArg('limit'), 50)
      .option('--offset <n>', 'skip this many', intArg('offset'), 0))),
  ).action(async (opts: Opts) => {
    process.exitCode = await withStore(opts, async (store) => {
      const { speaker, outlet, from, to, limit, offset } = opts;
      const page = await store.quotes({ speaker, ...(outlet !== undefined && { source: outlet }), ...themeQuery(opts), ...quoteFilterQuery(opts), from, to, limit, offset });
      if (formatOf(opts) === 'json') return void process.stdout.write(JSON.stringify(page, null, 2) + '\n');
      const statements = groupStatements(page.items);
      printRows(statements, [
        ['date', (q) => q.publishedAt?.slice(0, 10)],
        ['speaker', (q) => q.speaker],
        ['form', (q) => formName(q.form)],
        ['conf', (q) => confidenceText(q.confidence)],
        ['article', (q) => q.articleId],
        ['quote', statementText],
      ], opts);
      const joined = statements.length < page.items.length ? ` (${statements.length} statements)` : '';
      if (formatOf(opts) === 'table') process.stdout.write(`${page.items.length} of ${page.total} quotes${joined}\n`);
    });
  });
}
