import type { Command } from 'commander';
import { intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/** `lede cooccur [ENTITY]`: which entities appear together (around one entity, or the whole graph). */
export function registerCooccur(program: Command): void {
  storeOptions(
    program
      .command('cooccur')
      .description('entity co-occurrence: pairs of entities appearing in the same articles')
      .argument('[entity]', 'only pairs with this entity (name or key)')
      .option('--min <n>', 'least number of shared articles', intArg('min'), 2)
      .option('--limit <n>', 'how many pairs', intArg('limit'), 30)
      .option('--offset <n>', 'skip this many', intArg('offset'), 0),
  ).action(async (entity: string | undefined, opts: StoreCliOptions & { min: number; limit: number; offset: number }) => {
    process.exitCode = await withStore(opts, async (store) => {
      const rows = (await store.cooccurrence({ ...(entity && { entity }), minArticles: opts.min, limit: opts.limit + opts.offset })).slice(opts.offset);
      printRows(rows, [['entity', (r) => r.a], ['with', (r) => r.b], ['articles', (r) => r.articles]], opts);
    });
  });
}
