import type { Command } from 'commander';
import { intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/** `lede search QUERY`: ranked full-text search over articles and quotes, with snippets. */
export function registerSearch(program: Command): void {
  storeOptions(
    program
      .command('search')
      .description('full-text search over stored articles and quotes ("phrases", OR, prefix*)')
      .argument('<query...>', 'words to find')
      .option('--kind <kind>', 'articles, quotes or all', 'all')
      .option('--limit <n>', 'how many hits', intArg('limit'), 20)
      .option('--offset <n>', 'skip this many', intArg('offset'), 0),
  ).action(async (words: string[], opts: StoreCliOptions & { kind: 'articles' | 'quotes' | 'all'; limit: number; offset: number }) => {
    process.exitCode = await withStore(opts, async (store) => {
      const hits = (await store.search(words.join(' '), { kind: opts.kind, limit: opts.limit + opts.offset })).slice(opts.offset);
      printRows(hits, [['kind', (h) => h.kind], ['article', (h) => h.articleId], ['speaker', (h) => h.speaker], ['snippet', (h) => h.snippet]], opts);
    });
  });
}
