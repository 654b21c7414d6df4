/** `lede show ID`: one stored article's analysis, as the Markdown report (default) or JSON. */
import { LedeError } from '@lede/core/base';
import { Option, type Command } from 'commander';
import { withStore, type StoreCliOptions } from './store-cli.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description("print one stored article's analysis")
    .argument('<id>', 'article id')
    .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .action(async (id: string, opts: StoreCliOptions & { format: 'md' | 'json' }) => {
      process.exitCode = await withStore(opts, async (store) => {
        const a = await store.get(id);
        if (!a) throw new LedeError('NOT_FOUND', `no article with id "${id}"`, { field: 'id' });
        if (opts.format === 'json') process.stdout.write(JSON.stringify(a, null, 2) + '\n');
        else process.stdout.write((await import('../report/markdown.js')).renderMarkdown(a));
      });
    });
}
