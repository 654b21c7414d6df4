import type { Command } from 'commander';
import { printError, storeOptions, withStore, type StoreCliOptions } from './store-cli.js';

/**
 * `lede entity NAME`: one corpus entity and why its names were merged: the names folded into it
 * (with the articles that used only that name) and the surname evidence (articles naming the
 * person in full, then by surname alone).
 */
export function registerEntity(program: Command): void {
  storeOptions(
    program
      .command('entity')
      .description('one corpus entity: its names, the articles behind each merge, and its top articles')
      .argument('<name>', 'entity name (any of its names) or key'),
  ).action(async (name: string, opts: StoreCliOptions) => {
    process.exitCode = await withStore(opts, async (store) => {
      const e = await store.entity(name);
      if (!e) {
        printError(new Error(`no entity named "${name}"`));
        process.exitCode = 1;
        return;
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(e, null, 2) + '\n');
        return;
      }
      const list = (ids: string[]) => (ids.length > 8 ? `${ids.slice(0, 8).join(', ')} … (+${ids.length - 8})` : ids.join(', '));
      const out = [`${e.name}  ${e.type}  ${e.key}`, `${e.articles} articles, ${e.mentions} mentions`];
      if (e.mergedNames.length) {
        out.push('', 'merged names (articles that used only that name):');
        for (const m of e.mergedNames) out.push(`  ${m.name} (${m.articles.length}): ${list(m.articles)}`);
      }
      if (e.surnames.length) {
        out.push('', 'evidence (articles naming them in full, then by surname alone):');
        for (const s of e.surnames) out.push(`  "${s.surname}" (${s.articles.length}): ${list(s.articles)}`);
      }
      if (e.topArticles.length) {
        out.push('', 'top articles:');
        for (const a of e.topArticles) out.push(`  ${a.id}${a.title ? `  ${a.title}` : ''}`);
      }
      process.stdout.write(out.join('\n') + '\n');
    });
  });
}
