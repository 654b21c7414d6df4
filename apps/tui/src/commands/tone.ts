import type { Command } from 'commander';
import { intArg, printRows, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/** `lede tone ENTITY`: average tone toward an entity per day, week or month. */
export function registerTone(program: Command): void {
  storeOptions(
    program
      .command('tone')
      .description('tone toward an entity over time (-1 negative … +1 positive)')
      .argument('<entity>', 'entity name or key')
      .option('--by <period>', 'day, week or month', 'month')
      .option('--offset <n>', 'skip this many periods', intArg('offset'), 0),
  ).action(async (entity: string, opts: StoreCliOptions & { by: 'day' | 'week' | 'month'; offset: number }) => {
    process.exitCode = await withStore(opts, async (store) => {
      const rows = (await store.entityTone(entity, { by: opts.by })).slice(opts.offset);
      printRows(rows, [['period', (r) => r.period], ['tone', (r) => r.tone], ['articles', (r) => r.articles]], opts);
    });
  });
}
