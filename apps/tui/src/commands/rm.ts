/** `lede rm ID...`: remove stored articles and everything derived from them. Exit 1 when an id was not stored. */
import type { Command } from 'commander';
import { withStore, type StoreCliOptions } from './store-cli.js';

export function registerRm(program: Command): void {
  program
    .command('rm')
    .description('remove articles (and their quotes, entities, themes and counts) from the corpus store')
    .argument('<ids...>', 'article ids')
    .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)')
    .option('--json', 'print {removed, missing} as JSON')
    .action(async (ids: string[], opts: StoreCliOptions) => {
      let missing: string[] = [];
      const code = await withStore({ ...opts, write: true }, async (store) => {
        const removed = await store.remove(ids);
        missing = ids.filter((id) => !removed.includes(id));
        if (opts.json) process.stdout.write(JSON.stringify({ removed, missing }, null, 2) + '\n');
        else {
          process.stdout.write(`removed ${removed.length}\n`);
          for (const id of missing) process.stderr.write(`lede: NOT_FOUND (id): no article with id "${id}"\n`);
        }
      });
      process.exitCode = code || (missing.length ? 1 : 0);
    });
}
