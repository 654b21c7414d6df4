import type { Command } from 'commander';
import { storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/** `lede stats`: what the store holds. */
export function registerStats(program: Command): void {
  storeOptions(program.command('stats').description('counts of stored articles, quotes, entities and duplicates')).action(async (opts: StoreCliOptions) => {
    process.exitCode = await withStore(opts, async (store) => {
      const s = await store.stats();
      if (opts.json) process.stdout.write(JSON.stringify({ db: store.location, ...s }, null, 2) + '\n');
      else process.stdout.write(`store       ${store.location}\narticles    ${s.articles}\nduplicates  ${s.duplicates}\nquotes      ${s.quotes}\nentities    ${s.entities}\n`);
    });
  });
}
